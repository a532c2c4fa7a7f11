import { Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { isMessageKey, useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { SectionTable } from './SectionTable';
import type { ComplaintRow } from './types';

/**
 * 投诉: complaints about visits (categories named from the dictionary) and, for the hotline staff, 12345 tickets
 * (their category is the hotline's own text).
 */
export function ComplaintsSection({ rows }: { rows: readonly ComplaintRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<ComplaintRow>>(() => {
    const none = t('common.none');
    const category = (r: ComplaintRow) => {
      if (!r.category) return none;
      const key = `complaint.category.${r.category}`;
      return isMessageKey(key) ? t(key) : r.category;
    };
    return [
      { key: 'at', title: t('field.receivedAt'), render: (_, r) => formatDateTime(r.at) },
      {
        key: 'source',
        title: t('field.source'),
        render: (_, r) => <Tag color={r.source === 'hotline' ? 'purple' : 'blue'}>{t(`file.complaintSource.${r.source}`)}</Tag>,
      },
      {
        key: 'reference',
        title: t('file.reference'),
        render: (_, r) => (r.source === 'hotline' ? r.ticketNo : (r.department ?? none)),
      },
      { key: 'category', title: t('field.category'), render: (_, r) => category(r) },
      {
        key: 'content',
        title: t('field.content'),
        render: (_, r) => (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.content }} style={{ margin: 0, maxWidth: 360 }}>
            {r.content}
          </Typography.Paragraph>
        ),
      },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-complaints" />;
}
