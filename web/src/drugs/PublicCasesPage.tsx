import { Card, Space, Tag, Typography } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';
import { PublicPage } from '../shared/PublicPage';
import { CaseList } from './CaseList';
import { PUBLIC_CASES_PATH, type CaseBatch } from './service-api';

/** 药品安全典型案例 (D6): published batches, newest first — public, no sign-in, made for phones. */
export default function PublicCasesPage() {
  const t = useT();
  const { data, loading } = useApiQuery<{ items: CaseBatch[] }>(PUBLIC_CASES_PATH);
  return (
    <PublicPage title={t('cases.public')}>
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
    </PublicPage>
  );
}
