import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { ApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { ListTable } from '../shared/ListTable';
import type { RevisitRow } from './types';

/** The revisits of a work list or of the supervisor's follow-up, with an actions column given by the page. */
export function RevisitTable({ list, actions }: { list: ApiQuery<{ items: RevisitRow[] }>; actions: (r: RevisitRow) => ReactNode }) {
  const t = useT();
  const columns: ColumnsType<RevisitRow> = [
    { key: 'enterprise', title: t('revisits.enterprise'), render: (_, r) => `${r.enterpriseName}` },
    { key: 'subject', title: t('revisits.subjectType'), render: (_, r) => t(`revisits.subject.${r.subjectType}`) },
    { key: 'work', title: t('revisits.workTeam'), render: (_, r) => `${r.workDepartment} ${r.workTeam}` },
    { key: 'assigned', title: t('revisits.assignedTeam'), dataIndex: 'assignedTeam' },
    {
      key: 'status',
      title: t('revisits.status'),
      render: (_, r) => <Tag color={r.status === 'done' ? 'green' : 'orange'}>{t(`revisits.status.${r.status}`)}</Tag>,
    },
    { key: 'channel', title: t('revisits.channel'), render: (_, r) => (r.channel ? t(`revisits.channel.${r.channel as 'phone'}`) : '—') },
    { key: 'satisfied', title: t('revisits.satisfied'), render: (_, r) => (r.satisfied === null ? '—' : t(r.satisfied ? 'revisits.satisfied.yes' : 'revisits.satisfied.no')) },
    { key: 'problems', title: t('revisits.problems'), render: (_, r) => `${r.problems} / ${t('revisits.followedUp')} ${r.followedUp}` },
    { key: 'at', title: t('field.createdAt'), render: (_, r) => formatDateTime(r.revisitedAt) },
    { key: 'actions', title: t('common.actions'), render: (_, r) => actions(r) },
  ];
  return (
    <ListTable<RevisitRow>
      list={list}
      size="small"
      data-testid="revisit-list"
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={columns}
    />
  );
}
