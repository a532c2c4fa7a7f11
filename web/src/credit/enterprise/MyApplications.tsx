import { Button, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { formatDateTime } from '../../shared/format';
import { myRecordPage } from '../api';
import { ReviewDeadline } from '../ReviewDeadline';
import { ApplicationStatusTag } from '../tags';
import type { ApplicationRow } from '../types';

/** The enterprise's repair applications, newest first: status, review deadline, decision and its reasons. */
export function MyApplications({ applications, loading }: { applications: readonly ApplicationRow[]; loading: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const columns = useMemo<TableColumnsType<ApplicationRow>>(
    () => [
      { key: 'decisionNo', title: t('field.decisionNo'), render: (_, a) => a.penalty.decisionNo },
      { key: 'submittedAt', title: t('credit.submittedAt'), render: (_, a) => formatDateTime(a.submittedAt) },
      { key: 'status', title: t('field.status'), render: (_, a) => <ApplicationStatusTag status={a.status} /> },
      { key: 'due', title: t('credit.review.deadline'), render: (_, a) => <ReviewDeadline application={a} /> },
      {
        key: 'decision',
        title: t('credit.decision.reason'),
        render: (_, a) =>
          a.decidedAt ? (
            <Typography.Text ellipsis={{ tooltip: a.reason }} style={{ maxWidth: 240 }}>
              {formatDateTime(a.decidedAt)} {a.reason ?? ''}
            </Typography.Text>
          ) : (
            t('common.none')
          ),
      },
      {
        key: 'actions',
        title: t('common.actions'),
        render: (_, a) => (
          <Button size="small" onClick={() => navigate(myRecordPage(a.penaltyId))} data-testid="application-open">
            {t('credit.track')}
          </Button>
        ),
      },
    ],
    [t, navigate],
  );
  return (
    <DataTable<ApplicationRow>
      size="small"
      data-testid="my-applications"
      columns={columns}
      dataSource={[...applications]}
      loading={loading}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('credit.my.noApplications') }}
      rowData={(a) => ({ testid: 'application-row', status: a.status, id: a.id })}
    />
  );
}
