import { Card, Layout, Space, Tag, Typography } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { formatDate } from '../shared/format';
import { CaseList } from './CaseList';
import { PUBLIC_CASES_PATH, type CaseBatch } from './service-api';

/** 药品安全典型案例 (D6): published batches, newest first — public, no sign-in, made for phones. */
export default function PublicCasesPage() {
  const t = useT();
  const { data, loading } = useApiQuery<{ items: CaseBatch[] }>(PUBLIC_CASES_PATH);
  return (
    <Layout style={{ minHeight: '100vh', padding: 12 }}>
      <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 760, margin: '0 auto' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('cases.public')}
          </Typography.Title>
          <LanguageSwitch />
        </Space>
        {loading && !data && <Card loading />}
        {(data?.items ?? []).map((b) => (
          <Card
            key={b.id}
            size="small"
            data-testid="public-case-batch"
            title={
              <Space wrap>
                <Tag color="blue">
                  {b.year} · {t('cases.batch', { n: b.batchNo ?? '' })}
                </Tag>
                <span style={{ whiteSpace: 'normal' }}>{b.title}</span>
              </Space>
            }
            extra={<Typography.Text type="secondary">{formatDate(b.publishedAt)}</Typography.Text>}
          >
            {b.departmentName && <Typography.Text type="secondary">{b.departmentName}</Typography.Text>}
            <CaseList cases={b.cases} />
          </Card>
        ))}
      </Space>
    </Layout>
  );
}
