import { Flex, Input, Select, Switch, Typography } from 'antd';
import { useT } from '../../i18n';
import { useDepartmentOptions } from '../../reference/hooks';
import { enumOptions } from '../../shared/enumOptions';
import { PENALTY_STATUSES, SEVERITIES, type PenaltyStatus, type Severity } from '../types';

export interface PenaltyFilter {
  uscc?: string;
  departmentId?: string;
  status?: PenaltyStatus;
  severity?: Severity;
  repairable?: boolean;
}

/** The filters of GET /api/credit/penalties. */
export function PenaltyFilters({ value, onChange }: { value: PenaltyFilter; onChange: (f: PenaltyFilter) => void }) {
  const t = useT();
  const departments = useDepartmentOptions();
  const set = (patch: PenaltyFilter) => onChange({ ...value, ...patch });
  // The choices among enumerated values: each one's placeholder and test id are named after its field.
  const choices = [
    { field: 'status', options: enumOptions(PENALTY_STATUSES, (s) => t(`credit.state.${s}`)), width: 160 },
    { field: 'severity', options: enumOptions(SEVERITIES, (s) => t(`value.${s}`)), width: 140 },
  ] as const;
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('enterprise.uscc')}
        defaultValue={value.uscc}
        onSearch={(uscc) => set({ uscc: uscc.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="penalty-filter-uscc"
      />
      <Select
        allowClear
        placeholder={t('credit.filter.department')}
        options={departments.options}
        loading={departments.loading}
        value={value.departmentId}
        onChange={(departmentId?: string) => set({ departmentId })}
        style={{ width: 220 }}
        data-testid="penalty-filter-department"
      />
      {choices.map(({ field, options, width }) => (
        <Select<string>
          key={field}
          allowClear
          placeholder={t(`credit.filter.${field}`)}
          options={options}
          value={value[field]}
          onChange={(choice?: string) => set({ [field]: choice })}
          style={{ width }}
          data-testid={`penalty-filter-${field}`}
        />
      ))}
      <Flex align="center" gap={6}>
        <Switch
          size="small"
          checked={value.repairable ?? false}
          onChange={(on) => set({ repairable: on || undefined })}
          data-testid="penalty-filter-repairable"
        />
        <Typography.Text>{t('credit.filter.repairable')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
