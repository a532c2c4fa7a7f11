import type { Answer } from '../api/typed';
import { Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { percent } from '../figures/percent';
import { useT } from '../i18n';
import { useRequired } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { FormRows } from '../shared/FormRows';
import { formatDateTime } from '../shared/format';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { useDialog } from '../shared/useDialog';
import {
  previewSurvey,
  sendSurvey,
  surveyPage,
  SURVEYS_PATH,
  type FollowupQuestion,
  type SurveySummary,
  type SurveyTarget,
} from './service-api';
import { FollowupKpis } from './FollowupKpis';

/** GET /api/followup-surveys: the surveys and their totals. */
type Surveys = Answer<'listFollowupSurveys'>;

/** 回头看调查 (D6, the department): forms sent, returned and the return rate; send a new one. */
export default function FollowupsPage() {
  const t = useT();
  const me = useMe();
  const canSend = me.role === 'officer' || me.role === 'dept_admin';
  const list = useApiQuery<Surveys>(SURVEYS_PATH);
  const sending = useDialog(list.reload);
  const totals = list.data?.totals;
  return (
    <Card
      title={t('menu.drugFollowups')}
      extra={
        canSend && (
          <NewButton onClick={() => sending.open(true)} testId="followup-new">
            {t('followup.new')}
          </NewButton>
        )
      }
    >
      {totals && <FollowupKpis {...totals} />}
      <ListTable<SurveySummary>
        list={list}
        data-testid="followup-table"
        columns={[
          {
            title: t('followup.subject'),
            dataIndex: 'subject',
            render: (s: string, r) => <Link to={surveyPage(r.id)}>{s}</Link>,
          },
          { title: t('followup.sentAt'), dataIndex: 'sentAt', render: (v: string) => formatDateTime(v) },
          { title: t('followup.sentCount'), dataIndex: 'sent' },
          { title: t('followup.answered'), dataIndex: 'answered' },
          {
            title: t('followup.rate'),
            dataIndex: 'returnRate',
            render: (v: number | null) => percent(v, t('common.none')),
          },
        ]}
      />
      {sending.value && <SendModal {...sending.props} />}
    </Card>
  );
}

interface Values {
  subject: string;
  intro?: string;
  questions: { text: string; kind: 'text' | 'choice'; options?: string }[];
  closedRectifications?: boolean;
  usccs?: string;
}

const targetOf = (v: Pick<Values, 'closedRectifications' | 'usccs'>): SurveyTarget => ({
  closedRectifications: Boolean(v.closedRectifications),
  enterpriseUsccs: (v.usccs ?? '')
    .split(/\s+/)
    .map((u) => u.trim())
    .filter(Boolean),
});

function SendModal({ onClose, onDone }: ActionModalProps) {
  const t = useT();
  const [preview, setPreview] = useState<string | null>(null);
  const required = useRequired();
  const submit = async (v: Values) => {
    const questions: FollowupQuestion[] = v.questions.map((q) =>
      q.kind === 'choice'
        ? {
            text: q.text.trim(),
            kind: 'choice',
            options: (q.options ?? '')
              .split(/[、,，]/)
              .map((o) => o.trim())
              .filter(Boolean),
          }
        : { text: q.text.trim(), kind: 'text' },
    );
    const sent = await sendSurvey({
      subject: v.subject.trim(),
      intro: v.intro?.trim() || undefined,
      questions,
      target: targetOf(v),
    });
    return t('followup.sent', { n: sent.recipients });
  };
  return (
    <FormModal<Values>
      title={t('followup.new')}
      testId="followup-form"
      initialValues={{
        closedRectifications: true,
        questions: [
          { text: '整改措施目前是否仍在落实？', kind: 'choice', options: '是、否' },
          { text: '您对监管服务还有哪些意见建议？', kind: 'text' },
        ],
      }}
      fields={['subject']}
      onClose={onClose}
      onSubmit={submit}
      onDone={onDone}
    >
      {(form) => (
        <>
          <TextField name="subject" label={t('followup.subject')} required maxLength={200} testId="followup-form-subject" />
          <Form.Item name="intro" label={t('followup.intro')}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Typography.Text strong>{t('followup.questions')}</Typography.Text>
          <FormRows
            name="questions"
            newRow={{ text: '', kind: 'text' }}
            addLabel={t('followup.addQuestion')}
            rowProps={{ wrap: true, style: { marginTop: 8 } }}
            addStyle={{ margin: '8px 0 16px' }}
          >
            {(f) => (
              <>
                <Form.Item
                  name={[f.name, 'text']}
                  rules={required(t('followup.question'))}
                  style={{ width: 280, marginBottom: 0 }}
                >
                  <Input placeholder={t('followup.question')} maxLength={500} />
                </Form.Item>
                <Form.Item name={[f.name, 'kind']} style={{ width: 90, marginBottom: 0 }}>
                  <Select
                    options={(['text', 'choice'] as const).map((k) => ({
                      value: k,
                      label: t(`followup.kind.${k}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'options']} style={{ width: 180, marginBottom: 0 }}>
                  <Input placeholder={t('followup.options')} />
                </Form.Item>
              </>
            )}
          </FormRows>
          <Form.Item name="closedRectifications" valuePropName="checked">
            <Checkbox data-testid="followup-form-closed">{t('followup.target.closed')}</Checkbox>
          </Form.Item>
          <Form.Item name="usccs" label={t('followup.target.usccs')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space>
            <Button
              onClick={() =>
                void previewSurvey(targetOf(form.getFieldsValue())).then(
                  (p) => setPreview(t('followup.recipients', { n: p.recipients })),
                  () => setPreview(null),
                )
              }
              data-testid="followup-preview"
            >
              {t('followup.preview')}
            </Button>
            {preview && <Typography.Text data-testid="followup-preview-count">{preview}</Typography.Text>}
          </Space>
        </>
      )}
    </FormModal>
  );
}
