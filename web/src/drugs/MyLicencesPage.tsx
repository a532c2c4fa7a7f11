import { FilePdfOutlined } from '@ant-design/icons';
import { Badge, Card, List, Space, Tag, Typography } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { DownloadButton } from '../shared/DownloadButton';
import { formatDateTime } from '../shared/format';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { enterprisePath } from '../enterprises/api';
import type { EnterpriseFile } from '../enterprises/types';
import { downloadNotice, WARNINGS_PATH } from './api';
import type { Warning } from './types';

/** 许可证与合规 (enterprise, made for a 390 px phone): licences with their reminders, the notice, warnings. */
export default function MyLicencesPage() {
  const t = useT();
  const me = useMe();
  const uscc = me.enterprise?.uscc ?? '';
  const file = useApiQuery<EnterpriseFile>(uscc ? enterprisePath(uscc) : null);
  const warnings = useApiQuery<{ items: Warning[] }>(WARNINGS_PATH);
  const licences = file.data?.sections.licences ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Card title={t('drugs.myLicences')} size="small">
        <QueryErrorAlert error={file.error} onRetry={file.reload} />
        <List
          data-testid="my-licences"
          loading={file.loading}
          dataSource={licences}
          renderItem={(l) => (
            <List.Item data-testid="my-licence">
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{l.kind.name}</Typography.Text>
                  <Tag color={l.status === 'valid' ? 'green' : 'default'}>{t(`drugs.status.${l.status}`)}</Tag>
                </Space>
                <Typography.Text type="secondary">
                  {l.number} · {t('drugs.validUntil')} {l.validUntil}
                </Typography.Text>
                {l.reminders.map((r) => (
                  <Typography.Text key={r.windowDays} type="warning" data-testid="my-licence-reminder">
                    {t('drugs.reminder', { days: r.windowDays, applyBy: r.applyBy })}
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('drugs.notice')} size="small">
        <DownloadButton icon={<FilePdfOutlined />} fetch={() => downloadNotice(uscc)} fileName="compliance-notice.pdf" data-testid="notice-download" block>
          {t('drugs.notice.download')}
        </DownloadButton>
      </Card>
      <Card title={t('drugs.warnings.received')} size="small">
        <List
          data-testid="my-warnings"
          dataSource={warnings.data?.items ?? []}
          renderItem={(w) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Space>
                  <Badge status={w.readAt ? 'default' : 'processing'} />
                  <a href={`/drugs/warnings/${w.id}`}>{w.title}</a>
                </Space>
                <Typography.Text type="secondary">{formatDateTime(w.publishedAt)}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
