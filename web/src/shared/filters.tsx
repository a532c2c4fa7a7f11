import { DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../i18n';
import { useDepartmentOptions, type Option } from '../reference/hooks';
import { enumOptions } from './enumOptions';

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

/** A searchable choice among options by their labels; empty (or cleared) = no filter. */
export function SearchSelect({
  source,
  value,
  onChange,
  placeholder,
  label,
  testId,
  allowClear = true,
  minWidth = 200,
}: {
  /** The options and whether they are still loading (the reference hooks' answer). */
  source: { options: Option[]; loading: boolean };
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder: string;
  /** The accessible name, where no form label gives one. */
  label?: string;
  testId: string;
  allowClear?: boolean;
  minWidth?: number;
}) {
  return (
    <Select
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth }}
      placeholder={placeholder}
      aria-label={label}
      loading={source.loading}
      options={source.options}
      value={value || undefined}
      onChange={(v?: string) => onChange?.(v)}
      data-testid={testId}
    />
  );
}

/** A department by name (searchable); empty = every department. */
export function DepartmentSelect({
  placeholder,
  ...select
}: Omit<Parameters<typeof SearchSelect>[0], 'source' | 'placeholder'> & { placeholder?: string }) {
  const t = useT();
  const source = useDepartmentOptions();
  return (
    <SearchSelect
      {...select}
      source={source}
      placeholder={placeholder ?? t('officer.departmentPlaceholder')}
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
      options={enumOptions(values, label)}
      data-testid={testId}
    />
  );
}
