import { DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../i18n';
import { useDepartmentOptions } from '../reference/hooks';

export type DayRange = [Dayjs | null, Dayjs | null] | null;

/** A picked day range as the API's [from, to): the first day's start to the day after the last. */
export function rangeQuery(range: DayRange): { from?: string; to?: string } {
  return {
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.add(1, 'day').startOf('day').toISOString(),
  };
}

export function RangeFilter({
  value,
  onChange,
  testId,
}: {
  value: DayRange;
  onChange: (range: DayRange) => void;
  testId: string;
}) {
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      value={value}
      onChange={onChange}
      data-testid={testId}
    />
  );
}

/** A department by name (searchable); empty = every department. */
export function DepartmentSelect({
  value,
  onChange,
  testId,
  allowClear = true,
  placeholder,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  testId: string;
  allowClear?: boolean;
  placeholder?: string;
}) {
  const t = useT();
  const { options, loading } = useDepartmentOptions();
  return (
    <Select
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 200 }}
      placeholder={placeholder ?? t('officer.departmentPlaceholder')}
      loading={loading}
      options={options}
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      data-testid={testId}
    />
  );
}

/** An optional choice among enumerated values, labelled through the dictionary. */
export function EnumSelect<V extends string>({
  values,
  label,
  value,
  onChange,
  placeholder,
  testId,
  minWidth = 140,
}: {
  values: readonly V[];
  label: (v: V) => string;
  value: V | undefined;
  onChange: (v: V | undefined) => void;
  placeholder: string;
  testId: string;
  minWidth?: number;
}) {
  return (
    <Select<V>
      allowClear
      style={{ minWidth }}
      placeholder={placeholder}
      value={value}
      onChange={(v) => onChange(v)}
      options={values.map((v) => ({ value: v, label: label(v) }))}
      data-testid={testId}
    />
  );
}
