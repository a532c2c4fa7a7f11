import { Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { SectionTable } from './SectionTable';
import type { SupervisionRow } from './types';

const STATUS_COLOR: Record<SupervisionRow['status'], string> = { open: 'orange', answered: 'blue', returned: 'red', closed: 'green' };

/** 督办: the supervision cases about the enterprise in the caller's scope, each linked to its page. */
export function SupervisionSection({ rows }: { rows: readonly SupervisionRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<SupervisionRow>>(() => {
    const none = t('common.none');
    return [
      { key: 'caseNo', title: t('case.caseNo'), render: (_, r) => <Link to={`/supervision/cases/${r.id}`}>{r.caseNo}</Link> },
      { key: 'title', title: t('case.title'), render: (_, r) => r.title },
      { key: 'source', title: t('case.source'), render: (_, r) => t(`case.source.${r.source}`) },
      { key: 'department', title: t('case.department'), render: (_, r) => r.department.name ?? none },
      { key: 'openedAt', title: t('case.openedAt'), render: (_, r) => formatDateTime(r.openedAt) },
      { key: 'dueDay', title: t('case.dueDay'), render: (_, r) => r.dueDay },
      {
        key: 'status',
        title: t('field.status'),
        render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`case.status.${r.status}`)}</Tag>,
      },
      {
        key: 'closedAt',
        title: t('case.closedAt'),
        render: (_, r) =>
          r.closedAt
            ? `${formatDateTime(r.closedAt)}${r.closedOnTime === false ? ` · ${t('case.closedLate')}` : ''}`
            : none,
      },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-supervision" />;
}
