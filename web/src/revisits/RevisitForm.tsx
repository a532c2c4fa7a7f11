import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useLocale, useT } from '../i18n';
import { formatDate } from '../shared/format';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { QuestionnaireFields, allYes } from './QuestionnaireFields';
import type { Answer, RevisitDetail } from './types';

type Channel = 'phone' | 'on-site' | 'social';

/**
 * G1, G3 — one revisit for the staff who do it: the phone script, the enterprise's contact, the questionnaire,
 * the call record; or the one-time online link to send instead.
 */
export function RevisitForm({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const q = useApiQuery<RevisitDetail>(`/api/revisits/${id}`);
  const [channel, setChannel] = useState<Channel>('phone');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [satisfied, setSatisfied] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [others, setOthers] = useState('');
  const [call, setCall] = useState<{ contact: string; phone: string; outcome: 'reached' | 'no-answer' | 'refused'; minutes?: number }>({ contact: '', phone: '', outcome: 'reached' });
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!q.data) return <QueryErrorAlert error={q.error} />;
  const d = q.data;
  const done = d.status === 'done';
  const script = (locale === 'zh-CN' ? d.questionnaire.phoneScript.zh : d.questionnaire.phoneScript.en)
    .replace('{team}', d.assignedTeam)
    .replace('{date}', formatDate(d.subject.at))
    .replace('{subject}', t(`revisits.subject.${d.subject.type}`));

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      await api.post(`/api/revisits/${id}/record`, {
        channel,
        answers,
        satisfied: satisfied ?? false,
        comment: comment.trim() || undefined,
        problems: others.split('\n').map((s) => s.trim()).filter(Boolean),
        call: channel === 'phone' ? { ...call, phone: call.phone || d.enterprise.phone || '' } : undefined,
      });
      message.success(t('revisits.saved'));
      onDone();
      q.reload();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const issueLink = async () => {
    try {
      const r = await api.post<{ url: string }>(`/api/revisits/${id}/link`);
      setLink(r.url);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12} data-testid="revisit-form">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('revisits.enterprise')}>
          {d.enterprise.name}（{d.enterprise.uscc}）
        </Descriptions.Item>
        <Descriptions.Item label={t('revisits.contact')}>
          {d.enterprise.legalRepresentative} {d.enterprise.phone}
        </Descriptions.Item>
        <Descriptions.Item label={t('revisits.subjectType')}>
          {t(`revisits.subject.${d.subject.type}`)} · {formatDate(d.subject.at)} · {d.subject.departmentName} {d.subject.teamName}
        </Descriptions.Item>
        <Descriptions.Item label={t('revisits.status')}>{t(`revisits.status.${d.status}`)}</Descriptions.Item>
      </Descriptions>
      {done ? (
        <Card size="small" title={t('revisits.problems')}>
          {d.problems.length === 0 ? '—' : d.problems.map((p, i) => <div key={i}>{i + 1}. {p.text}</div>)}
        </Card>
      ) : (
        <>
          <Card size="small" title={t('revisits.link')}>
            <Button onClick={issueLink} data-testid="revisit-issue-link">
              {t('revisits.link')}
            </Button>
            {link && (
              <Typography.Paragraph copyable style={{ marginTop: 8 }} data-testid="revisit-link">
                {link}
              </Typography.Paragraph>
            )}
          </Card>
          <Radio.Group
            value={channel}
            onChange={(e) => setChannel(e.target.value as Channel)}
            optionType="button"
            data-testid="revisit-channel"
            options={(['phone', 'on-site', 'social'] as const).map((c) => ({ value: c, label: t(`revisits.channel.${c}`) }))}
          />
          {channel === 'phone' && (
            <Card size="small" title={t('revisits.script')}>
              <Typography.Paragraph data-testid="revisit-script">{script}</Typography.Paragraph>
              <Form layout="inline">
                <Form.Item label={t('revisits.contact')}>
                  <Input value={call.contact} onChange={(e) => setCall({ ...call, contact: e.target.value })} data-testid="call-contact" />
                </Form.Item>
                <Form.Item label={t('revisits.phone')}>
                  <Input value={call.phone} placeholder={d.enterprise.phone ?? ''} onChange={(e) => setCall({ ...call, phone: e.target.value })} data-testid="call-phone" />
                </Form.Item>
                <Form.Item label={t('revisits.callOutcome')}>
                  <Radio.Group
                    value={call.outcome}
                    onChange={(e) => setCall({ ...call, outcome: e.target.value as typeof call.outcome })}
                    options={(['reached', 'no-answer', 'refused'] as const).map((o) => ({ value: o, label: t(`revisits.callOutcome.${o}`) }))}
                  />
                </Form.Item>
                <Form.Item label={t('revisits.minutes')}>
                  <InputNumber min={0} max={600} value={call.minutes} onChange={(v) => setCall({ ...call, minutes: v ?? undefined })} />
                </Form.Item>
              </Form>
            </Card>
          )}
          <Button size="small" onClick={() => setAnswers(allYes(d.questionnaire))} data-testid="revisit-all-yes">
            {t('revisits.allYes')}
          </Button>
          <QuestionnaireFields questionnaire={d.questionnaire} value={answers} onChange={setAnswers} />
          <Card size="small" title={t('revisits.satisfied')}>
            <Radio.Group
              value={satisfied}
              onChange={(e) => setSatisfied(e.target.value as boolean)}
              data-testid="revisit-satisfied"
              options={[
                { value: true, label: t('revisits.satisfied.yes') },
                { value: false, label: t('revisits.satisfied.no') },
              ]}
            />
            <Input.TextArea style={{ marginTop: 8 }} rows={2} placeholder={t('revisits.comment')} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="revisit-comment" />
            <Input.TextArea style={{ marginTop: 8 }} rows={2} placeholder={t('revisits.otherProblems')} value={others} onChange={(e) => setOthers(e.target.value)} data-testid="revisit-problems" />
          </Card>
          {error && <Alert type="error" showIcon message={error} />}
          <Button type="primary" loading={busy} onClick={submit} data-testid="revisit-submit">
            {t('revisits.submit')}
          </Button>
        </>
      )}
    </Space>
  );
}
