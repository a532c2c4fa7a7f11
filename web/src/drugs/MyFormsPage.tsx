import { App, Button, Card, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { useAction } from '../shared/useAction';
import { formatDateTime } from '../shared/format';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { answerForm, MY_FORMS_PATH, type FollowupForm } from './service-api';

/** 回头看调查表 (D6, the enterprise, made for a 390 px phone): fill in each form once; answered ones read back. */
export default function MyFormsPage() {
  const t = useT();
  const { data, error, loading, reload } = useApiQuery<{ items: FollowupForm[] }>(MY_FORMS_PATH);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Card title={t('menu.myForms')} size="small">
        <QueryErrorAlert error={error} onRetry={reload} />
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('followup.none') }}
          data-testid="my-forms"
          renderItem={(f) => (
            <List.Item data-testid="my-form" style={{ display: 'block' }}>
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  {f.answeredAt ? (
                    <Tag color="green">{t('followup.done')}</Tag>
                  ) : (
                    <Tag color="orange">{t('followup.todo')}</Tag>
                  )}
                  <Typography.Text strong>{f.subject}</Typography.Text>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.departmentName && t('followup.from', { department: f.departmentName })} ·{' '}
                  {formatDateTime(f.sentAt)}
                </Typography.Text>
                {open === f.id || f.answeredAt ? (
                  <FormBody form={f} onDone={reload} />
                ) : (
                  <Button type="primary" block onClick={() => setOpen(f.id)} data-testid="my-form-open">
                    {t('followup.fill')}
                  </Button>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function FormBody({ form: f, onDone }: { form: FollowupForm; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, run] = useAction();
  const answered = f.answers !== null;
  const submit = (values: Record<string, string>) =>
    run(async () => {
      await answerForm(
        f.id,
        f.questions.map((_, n) => values[`q${n}`] ?? ''),
      );
      void message.success(t('followup.submitted'));
      onDone();
    });
  return (
    <Form layout="vertical" onFinish={submit} disabled={answered} data-testid="my-form-body">
      {f.intro && <Typography.Paragraph type="secondary">{f.intro}</Typography.Paragraph>}
      {f.questions.map((q, n) => (
        <Form.Item
          key={n}
          name={`q${n}`}
          label={`${n + 1}. ${q.text}`}
          initialValue={f.answers?.[n]}
          rules={[{ required: true, whitespace: true, message: t('followup.answerRequired') }]}
        >
          {q.kind === 'choice' ? (
            <Radio.Group
              options={(q.options ?? []).map((o) => ({ value: o, label: o }))}
              data-testid={`my-form-q${n}`}
            />
          ) : (
            <Input.TextArea rows={3} maxLength={5000} data-testid={`my-form-q${n}`} />
          )}
        </Form.Item>
      ))}
      {!answered && (
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="my-form-submit">
          {t('followup.submit')}
        </Button>
      )}
    </Form>
  );
}
