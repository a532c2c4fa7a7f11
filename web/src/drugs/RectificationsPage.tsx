import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { FormModal } from '../shared/FormModal';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { createRectifications, RECTIFICATIONS_PATH, rectificationPage } from './api';
import type { Rectification } from './types';

export function RectificationStatus({ r }: { r: Pick<Rectification, 'status' | 'overdue'> }) {
  const t = useT();
  return (
    <>
      <Tag color={r.status === 'closed' ? 'green' : r.status === 'reported' ? 'blue' : 'orange'} data-testid="rect-status">
        {t(`drugs.rect.status.${r.status}`)}
      </Tag>
      {r.overdue && <Tag color="red">{t('drugs.rect.overdue')}</Tag>}
    </>
  );
}

/** 整改跟踪 (D6): officers see their department's items and set new ones; an enterprise sees its own. */
export default function RectificationsPage() {
  const t = useT();
  const me = useMe();
  const officer = me.role === 'officer' || me.role === 'dept_admin';
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useApiQuery<{ items: Rectification[] }>(RECTIFICATIONS_PATH);
  return (
    <Card
      title={t(officer ? 'menu.drugRectifications' : 'menu.myRectifications')}
      extra={
        officer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="rect-new">
            {t('drugs.rect.new')}
          </Button>
        )
      }
    >
      <QueryErrorAlert error={error} onRetry={reload} />
      <Table<Rectification>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={officer ? { x: 'max-content' } : undefined}
        data-testid="rect-table"
        columns={[
          { title: t('drugs.rect.title'), dataIndex: 'title', render: (title: string, r) => <Link to={rectificationPage(r.id)} data-testid="rect-link">{title}</Link> },
          ...(officer ? [{ title: t('drugs.rect.enterprise'), dataIndex: 'enterpriseName' }] : []),
          { title: t('drugs.rect.deadline'), dataIndex: 'deadline' },
          { title: t('drugs.rect.status'), key: 'status', render: (_: unknown, r: Rectification) => <RectificationStatus r={r} /> },
        ]}
      />
      {adding && (
        <NewRectificationModal
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </Card>
  );
}

interface Values {
  enterpriseUscc: string;
  sourceType: 'inspection' | 'case';
  sourceId: string;
  title: string;
  requirement: string;
  deadline: Dayjs;
}

function NewRectificationModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const t = useT();
  const required = (label: string) => [{ required: true, message: t('drugs.required', { label }) }];
  const submit = async (v: Values) => {
    await createRectifications({
      enterpriseUscc: v.enterpriseUscc.trim(),
      sourceType: v.sourceType,
      sourceId: v.sourceId.trim(),
      items: [{ title: v.title.trim(), requirement: v.requirement.trim(), deadline: v.deadline.format('YYYY-MM-DD') }],
    });
    return t('drugs.rect.created');
  };
  return (
    <FormModal<Values> title={t('drugs.rect.new')} testId="rect-form" initialValues={{ sourceType: 'case' }} fields={['enterpriseUscc', 'sourceId']} onClose={onClose} onSubmit={submit} onDone={onDone}>
      <Form.Item name="enterpriseUscc" label={t('drugs.rect.enterprise')} rules={required(t('drugs.rect.enterprise'))}>
        <Input maxLength={18} data-testid="rect-form-uscc" />
      </Form.Item>
      <Form.Item name="sourceType" label={t('drugs.rect.sourceType')}>
        <Select options={(['case', 'inspection'] as const).map((s) => ({ value: s, label: t(`drugs.rect.source.${s}`) }))} />
      </Form.Item>
      <Form.Item name="sourceId" label={t('drugs.rect.sourceId')} rules={required(t('drugs.rect.sourceId'))}>
        <Input maxLength={100} data-testid="rect-form-source" />
      </Form.Item>
      <Form.Item name="title" label={t('drugs.rect.title')} rules={required(t('drugs.rect.title'))}>
        <Input maxLength={200} data-testid="rect-form-title" />
      </Form.Item>
      <Form.Item name="requirement" label={t('drugs.rect.requirement')} rules={required(t('drugs.rect.requirement'))}>
        <Input.TextArea maxLength={2000} rows={3} data-testid="rect-form-requirement" />
      </Form.Item>
      <Form.Item name="deadline" label={t('drugs.rect.deadline')} rules={required(t('drugs.rect.deadline'))}>
        <DatePicker style={{ width: '100%' }} data-testid="rect-form-deadline" />
      </Form.Item>
    </FormModal>
  );
}
