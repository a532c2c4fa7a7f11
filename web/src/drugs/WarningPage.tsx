import { Card, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { FullPageSpin } from '../shared/FullPageSpin';
import { ErrorResult } from '../shared/StatusResults';
import { WARNINGS_PATH } from './api';
import type { WarningDetail } from './types';

/** One warning; an enterprise opening it leaves its read receipt (the server records it). */
export default function WarningPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, reload } = useApiQuery<WarningDetail>(`${WARNINGS_PATH}/${encodeURIComponent(id)}`);
  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (!data) return <FullPageSpin />;
  return (
    <Card title={data.title} extra={t(`drugs.warnings.kind.${data.kind}`)} style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">{formatDateTime(data.publishedAt)}</Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{data.body}</Typography.Paragraph>
    </Card>
  );
}
