import { Alert, Card, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../auth/SessionProvider';
import type { Page } from '../../enterprises/types';
import { KpiCards, type Kpi } from '../../figures/KpiCards';
import { useT } from '../../i18n';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { APPLICATIONS_PATH, GUIDE_PAGE, PENALTIES_PATH } from '../api';
import type { ApplicationRow, Penalty, RepairState } from '../types';
import { MyApplications } from './MyApplications';
import { MyPenaltyTable, type MyRecord } from './MyPenaltyTable';

const ALL = { page: 1, pageSize: 200 };
const SHOWN: readonly RepairState[] = ['automatic', 'apply-now', 'apply-later', 'never-early', 'in-review', 'awaiting-proof'];

/** 我的信用 (enterprise): its penalty records, how each is repaired, and its repair applications. */
export default function MyCreditPage() {
  const t = useT();
  const me = useMe();
  const penalties = useApiQuery<Page<Penalty>>(PENALTIES_PATH, ALL);
  const applications = useApiQuery<Page<ApplicationRow>>(APPLICATIONS_PATH, ALL);

  // Each record's state as the server judged it (its open application included).
  const records = useMemo<MyRecord[]>(
    () => (penalties.data?.items ?? []).map((p) => ({ penalty: p, state: p.state })),
    [penalties.data],
  );

  const count = (...states: RepairState[]) => records.filter((r) => states.includes(r.state)).length;
  const kpis: Kpi[] = [
    { key: 'shown', title: t('credit.my.shown'), value: count(...SHOWN) },
    { key: 'apply-now', title: t('credit.my.applyNow'), value: count('apply-now') },
    { key: 'open', title: t('credit.my.open'), value: count('in-review', 'awaiting-proof') },
    { key: 'automatic', title: t('credit.my.automatic'), value: count('automatic') },
    { key: 'repaired', title: t('credit.my.repaired'), value: count('repaired') },
  ];

  return (
    <>
      <Card title={t('menu.myCredit')} style={{ marginBottom: 16 }} extra={me.enterprise?.name}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('credit.my.intro')}
          description={
            <Link to={GUIDE_PAGE} data-testid="my-credit-guide">
              {t('credit.guide.open')}
            </Link>
          }
        />
        <KpiCards kpis={kpis} />
        <QueryErrorAlert error={penalties.error} onRetry={penalties.reload} />
        <MyPenaltyTable records={records} loading={penalties.loading} />
      </Card>
      <Card title={t('credit.my.applications')}>
        <QueryErrorAlert error={applications.error} onRetry={applications.reload} />
        <MyApplications applications={applications.data?.items ?? []} loading={applications.loading} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('credit.my.platforms')}
        </Typography.Text>
      </Card>
    </>
  );
}
