import { Card, List, Space, Tag, Typography } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';
import { PublicPage } from '../shared/PublicPage';
import { PUBLIC_WARNINGS_PATH } from './api';
import type { PublicWarning } from './types';

/** The public archive (no sign-in, made for phones): published warnings and FAQ issues by date and topic. */
export default function PublicArchivePage() {
  const t = useT();
  const { data, loading } = useApiQuery<{ items: PublicWarning[] }>(PUBLIC_WARNINGS_PATH);
  return (
    <PublicPage title={t('drugs.archive.title')}>
      <Card title={t('drugs.archive.warnings')} size="small">
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="public-warnings"
          renderItem={(w) => (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Space wrap>
                  <Tag>{t(`drugs.warnings.kind.${w.kind}`)}</Tag>
                  {w.topic && <Tag color="blue">{w.topic}</Tag>}
                  <Typography.Text type="secondary">{formatDate(w.publishedAt)}</Typography.Text>
                </Space>
                <Typography.Text strong>{w.title}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {w.body}
                </Typography.Paragraph>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </PublicPage>
  );
}
