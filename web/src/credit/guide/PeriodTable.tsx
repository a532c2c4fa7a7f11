import { Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../../i18n';
import { className } from '../labels';
import type { GuideClass } from '../types';

/** The publicity classes of one rule set: minimum and maximum period, and whether repair is automatic. */
export function PeriodTable({ classes, testId }: { classes: readonly GuideClass[]; testId: string }) {
  const t = useT();
  const none = t('common.none');
  const columns: TableColumnsType<GuideClass> = [
    { key: 'name', title: t('credit.guide.class'), render: (_, c) => className(t, c.name) },
    {
      key: 'minimum',
      title: t('credit.guide.minimum'),
      render: (_, c) => (c.published ? (c.minimum ?? none) : t('credit.guide.notPublished')),
    },
    { key: 'maximum', title: t('credit.guide.maximum'), render: (_, c) => (c.published ? (c.maximum ?? none) : none) },
    {
      key: 'how',
      title: t('credit.guide.how'),
      render: (_, c) =>
        !c.published ? none : c.automatic ? <Tag color="cyan">{t('credit.path.automatic')}</Tag> : <Tag color="blue">{t('credit.path.application')}</Tag>,
    },
  ];
  return (
    <Table<GuideClass>
      rowKey="name"
      size="small"
      columns={columns}
      dataSource={[...classes]}
      pagination={false}
      data-testid={testId}
      onRow={(c) => ({ 'data-class': c.name }) as HTMLAttributes<HTMLElement>}
    />
  );
}
