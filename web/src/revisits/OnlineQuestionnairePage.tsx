import { Alert, Button, Card, Input, Radio, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useT } from '../i18n';
import { FullPageSpin } from '../shared/FullPageSpin';
import { formatDate } from '../shared/format';
import { QuestionnaireFields } from './QuestionnaireFields';
import type { Answer, OnlineQuestionnaire } from './types';

/**
 * G3 — the online questionnaire the enterprise opens on a phone from its one-time link (no sign-in). Made for a
 * 390 px screen: one column, large touch targets, nothing wider than the viewport.
 */
export default function OnlineQuestionnairePage() {
  const t = useT();
  const { token = '' } = useParams();
  const q = useApiQuery<OnlineQuestionnaire>(`/api/revisits/online/${encodeURIComponent(token)}`);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [satisfied, setSatisfied] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  if (q.loading && !q.data) return <FullPageSpin />;
  const page = (body: React.ReactNode) => (
    <div style={{ maxWidth: 560, margin: '0 auto', padding: 12, boxSizing: 'border-box', width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <LanguageSwitch />
      </div>
      {body}
    </div>
  );
  if (done) return page(<Result status="success" title={t('revisits.online.thanks')} data-testid="online-thanks" />);
  if (q.error || !q.data) return page(<Result status="warning" title={t('revisits.online.invalid')} data-testid="online-invalid" />);
  const d = q.data;
  const codes = d.questionnaire.standards.flatMap((s) => s.indicators.map((i) => i.code));
  const submit = async () => {
    if (satisfied === null || codes.some((c) => !answers[c])) {
      setError(t('revisits.online.missing'));
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/revisits/online/${encodeURIComponent(token)}`, { answers, satisfied, comment: comment.trim() || undefined });
      setDone(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return page(
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('revisits.online.title')}
      </Typography.Title>
      <Typography.Paragraph data-testid="online-intro">
        {t('revisits.online.intro', {
          enterprise: d.enterpriseName,
          date: formatDate(d.subject.at),
          department: d.subject.departmentName,
          team: d.subject.teamName,
          subject: t(`revisits.subject.${d.subject.type}`),
        })}
      </Typography.Paragraph>
      <QuestionnaireFields questionnaire={d.questionnaire} value={answers} onChange={setAnswers} />
      <Card size="small" title={t('revisits.satisfied')}>
        <Radio.Group
          value={satisfied}
          data-testid="online-satisfied"
          onChange={(e) => setSatisfied(e.target.value as boolean)}
          options={[
            { value: true, label: t('revisits.satisfied.yes') },
            { value: false, label: t('revisits.satisfied.no') },
          ]}
        />
        <Input.TextArea style={{ marginTop: 8 }} rows={3} maxLength={2000} placeholder={t('revisits.comment')} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="online-comment" />
      </Card>
      {error && <Alert type="error" message={error} showIcon />}
      <Button type="primary" size="large" block loading={busy} onClick={submit} data-testid="online-submit">
        {t('revisits.online.submit')}
      </Button>
    </Space>,
  );
}
