import { Button, Space, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { formatDateTime } from '../../shared/format';
import { reviewPage } from '../api';
import { ReviewDeadline } from '../ReviewDeadline';
import { ApplicationStatusTag, SeverityTag } from '../tags';
import type { ApplicationRow } from '../types';
import { TwoLines } from '../../shared/TwoLines';

function ProofSummary({ a }: { a: ApplicationRow }) {
  const t = useT();
  const gathered = a.proofs.filter((p) => p.status === 'gathered').length;
  const uploaded = a.proofs.filter((p) => p.status === 'uploaded').length;
  return (
    <Space size={2} wrap>
      {gathered > 0 && <Tag color="green">{t('credit.queue.gathered', { n: gathered })}</Tag>}
      {uploaded > 0 && <Tag color="blue">{t('credit.queue.uploaded', { n: uploaded })}</Tag>}
      {a.missing.length > 0 && <Tag color="orange">{t('credit.queue.missing', { n: a.missing.length })}</Tag>}
      {a.proofs.length === 0 && <Typography.Text type="secondary">{t('credit.queue.noProofs')}</Typography.Text>}
    </Space>
  );
}

interface Props {
  rows: readonly ApplicationRow[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

/** 修复审核 queue: oldest accepted first, with the review deadline and overdue marks. */
export function ReviewTable({ rows, loading, pagination }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const columns = useMemo<TableColumnsType<ApplicationRow>>(
    () => [
      {
        key: 'enterprise',
        title: t('enterprise.name'),
        render: (_, a) => <TwoLines main={a.penalty.enterpriseName} sub={a.penalty.uscc} />,
      },
      { key: 'decisionNo', title: t('field.decisionNo'), render: (_, a) => a.penalty.decisionNo },
      { key: 'department', title: t('field.authority'), render: (_, a) => a.penalty.departmentName },
      { key: 'severity', title: t('field.severity'), render: (_, a) => <SeverityTag severity={a.penalty.severity} /> },
      {
        key: 'origin',
        title: t('credit.queue.origin'),
        render: (_, a) => t(a.origin === 'invitation' ? 'credit.origin.invitation' : 'credit.origin.enterprise'),
      },
      { key: 'submittedAt', title: t('credit.submittedAt'), render: (_, a) => formatDateTime(a.submittedAt) },
      { key: 'proofs', title: t('credit.queue.proofs'), render: (_, a) => <ProofSummary a={a} /> },
      { key: 'due', title: t('credit.review.deadline'), render: (_, a) => <ReviewDeadline application={a} /> },
      { key: 'status', title: t('field.status'), render: (_, a) => <ApplicationStatusTag status={a.status} /> },
      {
        key: 'actions',
        title: t('common.actions'),
        fixed: 'end',
        render: (_, a) => (
          <Button
            size="small"
            type={a.status === 'pending' ? 'primary' : 'default'}
            onClick={() => navigate(reviewPage(a.id))}
            data-testid="review-open"
          >
            {a.status === 'pending' ? t('credit.queue.review') : t('credit.details')}
          </Button>
        ),
      },
    ],
    [t, navigate],
  );
  return (
    <DataTable<ApplicationRow>
      data-testid="review-table"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: t('credit.queue.empty') }}
      onRow={(a) =>
        ({
          'data-testid': 'review-row',
          'data-id': a.id,
          'data-decision-no': a.penalty.decisionNo,
          'data-status': a.status,
          'data-overdue': String(a.overdue),
          style: a.overdue ? { background: '#fff1f0' } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
