import { Button, Card, Descriptions, Input, Space, Timeline, Upload } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useShowError } from '../api/useShowError';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { FullPageSpin } from '../shared/FullPageSpin';
import { ErrorResult } from '../shared/StatusResults';
import { useAction } from '../shared/useAction';
import { addGuidance, rectificationPath, reportProgress, uploadEvidence, verifyRectification } from './api';
import { RectificationStatus } from './RectificationsPage';
import type { RectificationDetail } from './types';

/** One rectification item: its history; the enterprise reports with evidence, the officer guides and verifies. */
export default function RectificationPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useShowError();
  const { id = '' } = useParams();
  const { data, error, reload } = useApiQuery<RectificationDetail>(rectificationPath(id));
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<{ id: string; filename: string }[]>([]);
  const [busy, run] = useAction();
  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (!data) return <FullPageSpin />;

  const act = (fn: () => Promise<unknown>, done: string) =>
    run(async () => {
      await fn();
      void message.success(done);
      setNote('');
      setFiles([]);
      reload();
    });
  const enterprise = me.role === 'enterprise';
  const open = data.status !== 'closed';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={data.title} extra={<RectificationStatus r={data} />}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('drugs.rect.enterprise')}>{data.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('drugs.rect.requirement')}>{data.requirement}</Descriptions.Item>
          <Descriptions.Item label={t('drugs.rect.deadline')}>{data.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('drugs.rect.sourceType')}>
            {t(`drugs.rect.source.${data.sourceType}`)} {data.sourceType === 'case' ? data.sourceId : ''}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('drugs.rect.events')}>
        <Timeline
          data-testid="rect-events"
          items={data.events.map((e) => ({
            color: e.kind === 'verified' ? 'green' : e.kind === 'returned' ? 'red' : 'blue',
            children: (
              <div data-testid={`rect-event-${e.kind}`}>
                <strong>{t(`drugs.rect.event.${e.kind}`)}</strong> · {e.actorName} · {formatDateTime(e.at)}
                <div>{e.note}</div>
                {e.files.map((f) => (
                  <Button key={f.id} type="link" size="small" onClick={() => void api.download(`${rectificationPath(id)}/files/${f.id}`).then(({ blob }) => window.open(URL.createObjectURL(blob)))}>
                    {f.filename}
                  </Button>
                ))}
              </div>
            ),
          }))}
        />
      </Card>
      {open && (
        <Card title={enterprise ? t('drugs.rect.report') : t('drugs.rect.guidance')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.TextArea rows={3} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('drugs.rect.note')} data-testid="rect-note" />
            {enterprise ? (
              <>
                <Upload
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void uploadEvidence(id, file).then((f) => setFiles((x) => [...x, f]), showError);
                    return false;
                  }}
                >
                  <Button data-testid="rect-upload">{t('drugs.rect.upload')}</Button>
                </Upload>
                <div data-testid="rect-files">{files.map((f) => f.filename).join('、')}</div>
                <Button type="primary" disabled={!note.trim()} loading={busy} data-testid="rect-report" onClick={() => act(() => reportProgress(id, note.trim(), files.map((f) => f.id)), t('drugs.rect.reported'))}>
                  {t('drugs.rect.report')}
                </Button>
              </>
            ) : (
              <Space wrap>
                <Button disabled={!note.trim()} loading={busy} onClick={() => act(() => addGuidance(id, note.trim()), t('drugs.rect.done'))} data-testid="rect-guidance">
                  {t('drugs.rect.guidance')}
                </Button>
                <Button type="primary" disabled={!note.trim() || data.status !== 'reported'} loading={busy} data-testid="rect-verify" onClick={() => act(() => verifyRectification(id, true, note.trim()), t('drugs.rect.done'))}>
                  {t('drugs.rect.verifyPass')}
                </Button>
                <Button danger disabled={!note.trim() || data.status !== 'reported'} loading={busy} onClick={() => act(() => verifyRectification(id, false, note.trim()), t('drugs.rect.done'))}>
                  {t('drugs.rect.verifyFail')}
                </Button>
              </Space>
            )}
          </Space>
        </Card>
      )}
    </Space>
  );
}
