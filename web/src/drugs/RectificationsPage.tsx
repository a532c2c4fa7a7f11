import { Card, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { Field } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { useDialog } from '../shared/useDialog';
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
  const list = useApiQuery<{ items: Rectification[] }>(RECTIFICATIONS_PATH);
  const adding = useDialog(list.reload);
  return (
    <Card
      title={t(officer ? 'menu.drugRectifications' : 'menu.myRectifications')}
      extra={
        officer && (
          <NewButton onClick={() => adding.open(true)} testId="rect-new">
            {t('drugs.rect.new')}
          </NewButton>
        )
      }
    >
      <ListTable<Rectification>
        list={list}
        data-testid="rect-table"
        columns={[
          { title: t('drugs.rect.title'), dataIndex: 'title', render: (title: string, r) => <Link to={rectificationPage(r.id)} data-testid="rect-link">{title}</Link> },
          ...(officer ? [{ title: t('drugs.rect.enterprise'), dataIndex: 'enterpriseName' }] : []),
          { title: t('drugs.rect.deadline'), dataIndex: 'deadline' },
          { title: t('drugs.rect.status'), key: 'status', render: (_: unknown, r: Rectification) => <RectificationStatus r={r} /> },
        ]}
      />
      {adding.value && <NewRectificationModal {...adding.props} />}
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

function NewRectificationModal({ onClose, onDone }: ActionModalProps) {
  const t = useT();
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
      <TextField name="enterpriseUscc" label={t('drugs.rect.enterprise')} required maxLength={18} testId="rect-form-uscc" />
      <Form.Item name="sourceType" label={t('drugs.rect.sourceType')}>
        <Select options={(['case', 'inspection'] as const).map((s) => ({ value: s, label: t(`drugs.rect.source.${s}`) }))} />
      </Form.Item>
      <TextField name="sourceId" label={t('drugs.rect.sourceId')} required maxLength={100} testId="rect-form-source" />
      <TextField name="title" label={t('drugs.rect.title')} required maxLength={200} testId="rect-form-title" />
      <Field name="requirement" label={t('drugs.rect.requirement')} required>
        <Input.TextArea maxLength={2000} rows={3} data-testid="rect-form-requirement" />
      </Field>
      <Field name="deadline" label={t('drugs.rect.deadline')} required>
        <DatePicker style={{ width: '100%' }} data-testid="rect-form-deadline" />
      </Field>
    </FormModal>
  );
}
