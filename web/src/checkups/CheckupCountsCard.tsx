import { Card, Typography } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { KpiCards } from '../figures/KpiCards';
import { useT } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { COUNTS_PATH } from './api';
import { checkupKpis } from './kpis';
import type { CheckupCounts } from './types';

/**
 * E2 on the supervision dashboard: the check-ups as five numbers — firms served, problems found, fixed on the
 * spot, closed, open — and nothing else (no list, no drill-down): the roles that enforce see counts only.
 */
export function CheckupCountsCard({ departmentId }: { departmentId?: string }) {
  const t = useT();
  const q = useApiQuery<CheckupCounts>(COUNTS_PATH, { departmentId });
  const c = q.data;
  return (
    <Card title={t('checkups.counts.title')} style={{ marginBottom: 16 }} data-testid="checkup-counts">
      <Typography.Paragraph type="secondary">{t('checkups.counts.note')}</Typography.Paragraph>
      <QueryErrorAlert error={q.error} onRetry={q.reload} />
      {c && <KpiCards kpis={checkupKpis(c, t, 'checkup-')} />}
    </Card>
  );
}
