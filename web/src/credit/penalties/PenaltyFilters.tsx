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
      <Select
        allowClear
        placeholder={t('credit.filter.status')}
        options={enumOptions(PENALTY_STATUSES, (s) => t(`credit.state.${s}`))}
        value={value.status}
        onChange={(status?: PenaltyStatus) => set({ status })}
        style={{ width: 160 }}
        data-testid="penalty-filter-status"
      />
      <Select
        allowClear
        placeholder={t('credit.filter.severity')}
        options={enumOptions(SEVERITIES, (s) => t(`value.${s}`))}
        value={value.severity}
        onChange={(severity?: Severity) => set({ severity })}
        style={{ width: 140 }}
        data-testid="penalty-filter-severity"
      />
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
