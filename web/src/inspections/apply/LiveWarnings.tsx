import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useT, type Translate } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { shortCode } from '../api';
import { useDepartmentNames } from '../useDepartmentNames';
import type { AppliedRuleSet, LiveWarning } from './useLiveWarnings';

interface Props {
  warnings: LiveWarning[];
  loading: boolean;
  checked: boolean;
  /** The rule set the server's answer applied; null until it answered. */
  ruleSet?: AppliedRuleSet | null;
}

function describe(w: LiveWarning, t: Translate, names: (ids: readonly string[]) => string[]): string {
  if (w.kind === 'frequency') return t('apply.live.frequency', { days: w.days, count: w.count });
  const vars = {
    code: shortCode(w.inspection.code),
    start: formatDateTime(w.inspection.window.start),
    departments: names(w.inspection.departmentIds).join(t('common.listSeparator')),
    days: w.days,
  };
  return t(`apply.live.${w.kind}`, vars);
}

const TYPE = {
  'planned-refused': 'error',
  'over-frequency': 'warning',
  joint: 'info',
  frequency: 'warning',
} as const;

/** 频次与联查提示: shown while the form is filled in, before anything is submitted. */
export function LiveWarnings({ warnings, loading, checked, ruleSet }: Props) {
  const t = useT();
  const names = useDepartmentNames();
  return (
    <Card size="small" title={t('apply.live.title')} data-testid="apply-live" style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        {loading && <Spin size="small" />}
        {!loading && !checked && <Typography.Text type="secondary">{t('apply.live.idle')}</Typography.Text>}
        {checked && !warnings.length && (
          <Alert type="success" showIcon title={t('apply.live.clear')} data-testid="apply-live-clear" />
        )}
        {warnings.map((w, index) => (
          <Alert
            key={index}
            type={TYPE[w.kind]}
            showIcon
            title={describe(w, t, names)}
            data-testid="apply-live-warning"
            data-kind={w.kind}
          />
        ))}
        {checked && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('apply.live.scope')}
          </Typography.Text>
        )}
        {checked && ruleSet && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={ruleSet.source} data-testid="apply-live-rule-set">
            {t('apply.live.ruleSet', { name: ruleSet.name, version: ruleSet.version, from: ruleSet.effectiveFrom })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
