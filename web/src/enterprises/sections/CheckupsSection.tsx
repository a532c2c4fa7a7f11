import { FilePdfOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { StatusTag } from '../../checkups/labels';
import { formatDate, formatDateTime } from '../../shared/format';
import { SectionTable } from './SectionTable';
import type { CheckupRow } from './types';

/** 环保体检: the enterprise's check-ups — channel, expert, liaison, visit, status, problems (open), the report. */
export function CheckupsSection({ rows }: { rows: readonly CheckupRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<CheckupRow>>(() => {
    const none = t('common.none');
    return [
      { key: 'appliedAt', title: t('field.appliedAt'), render: (_, r) => formatDateTime(r.appliedAt) },
      { key: 'channel', title: t('checkups.channel'), render: (_, r) => t(`checkups.channel.${r.channel}`) },
      { key: 'expert', title: t('checkups.expert'), render: (_, r) => r.expert ?? none },
      { key: 'liaison', title: t('checkups.liaison'), render: (_, r) => r.liaison ?? none },
      { key: 'visitDate', title: t('field.visitDate'), render: (_, r) => (r.visitDate ? formatDate(r.visitDate) : none) },
      { key: 'status', title: t('checkups.status'), render: (_, r) => <StatusTag status={r.status} /> },
      {
        key: 'problems',
        title: t('field.problemCount'),
        render: (_, r) => (r.open ? t('file.problemsOpen', { n: r.problemCount, open: r.open }) : String(r.problemCount)),
      },
      {
        key: 'report',
        title: t('checkups.report'),
        render: (_, r) =>
          r.reportUrl ? (
            <Button size="small" icon={<FilePdfOutlined />} href={r.reportUrl} target="_blank" data-testid="file-checkup-report">
              {t('checkups.open')}
            </Button>
          ) : (
            none
          ),
      },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-checkups" />;
}
