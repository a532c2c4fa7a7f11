import { Input } from 'antd';
import { Field, type FieldProps } from './Field';

interface Props extends Omit<FieldProps, 'children'> {
  maxLength: number;
  /** data-testid of the input. */
  testId: string;
}

/** A labelled one-line text field of at most `maxLength` characters. */
export function TextField({ maxLength, testId, ...field }: Props) {
  return (
    <Field {...field}>
      <Input maxLength={maxLength} data-testid={testId} />
    </Field>
  );
}
