import { Segmented } from 'antd';
import { enumOptions } from './enumOptions';

/** A choice of one among enumerated values as segmented buttons, labelled through the dictionary. */
export function EnumSegmented<V extends string>({
  values,
  label,
  value,
  onChange,
  testId,
}: {
  values: readonly V[];
  label: (v: V) => string;
  value: V;
  onChange: (v: V) => void;
  testId: string;
}) {
  return (
    <Segmented<V>
      value={value}
      onChange={onChange}
      data-testid={testId}
      options={enumOptions(values, label)}
    />
  );
}
