import { Alert, Button, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { RECTIFICATIONS_PATH, rectificationPage } from '../../drugs/api';
import { RectificationStatus } from '../../drugs/RectificationsPage';
import type { Rectification } from '../../drugs/types';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import type { InspectionResult } from '../types';

const OUTCOME_COLOR = { 'no-problem': 'green', rectification: 'orange', 'case-opened': 'red' } as const;

/**
 * A7 as the enterprise and the officer read it: the conclusion, what was found, the case number, and each
 * rectification item the result opened with its deadline and state; the enterprise answers an item (progress
 * with evidence) on the item's page, where the officer reads the answer and verifies. One column: fits a phone.
 */
export function InspectionResultView({
  inspectionId,
  result,
  recordedAt,
  viewer,
}: {
  inspectionId: string;
  result: InspectionResult;
  recordedAt: string | null;
  viewer: 'enterprise' | 'staff';
}) {
  const t = useT();
  const items = useApiQuery<{ items: Rectification[] }>(
    result.outcome === 'rectification' ? RECTIFICATIONS_PATH : null,
    { inspectionId },
  );
  const opened = items.data?.items ?? [];
  // Results recorded before items were opened from them: the lines as the officer wrote them.
  const written = opened.length === 0 && !items.loading ? (result.rectification ?? []) : [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="inspection-result">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('task.outcome')}>
          <Tag color={OUTCOME_COLOR[result.outcome]} data-testid="result-view-outcome">
            {t(`outcome.${result.outcome}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('task.notes')}>
          <Typography.Text data-testid="result-view-notes">
            {result.notes || t('common.none')}
          </Typography.Text>
        </Descriptions.Item>
        {result.caseNo && <Descriptions.Item label={t('task.caseNo')}>{result.caseNo}</Descriptions.Item>}
        {recordedAt && (
          <Descriptions.Item label={t('result.recordedAt')}>{formatDateTime(recordedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      {result.outcome === 'rectification' && (
        <>
          <Typography.Text strong>{t('task.rectification')}</Typography.Text>
          <QueryErrorAlert error={items.error} onRetry={items.reload} />
          {viewer === 'enterprise' && opened.some((r) => r.status !== 'closed') && (
            <Alert type="info" showIcon title={t('result.answerHint')} />
          )}
          {written.length === 0 && (
            <List
              size="small"
              bordered
              loading={items.loading}
              data-testid="result-rectifications"
              dataSource={opened}
              renderItem={(r) => (
                <List.Item
                  data-testid="result-rectification"
                  data-status={r.status}
                  actions={[
                    <Link key="open" to={rectificationPage(r.id)}>
                      <Button
                        size="small"
                        type={viewer === 'enterprise' && r.status === 'open' ? 'primary' : 'default'}
                        data-testid="result-rectification-open"
                      >
                        {viewer === 'enterprise' && r.status === 'open'
                          ? t('result.answer')
                          : t('result.viewAnswer')}
                      </Button>
                    </Link>,
                  ]}
                >
                  <List.Item.Meta
                    title={r.title}
                    description={
                      <Space wrap size={4}>
                        <span>
                          {t('drugs.rect.deadline')} {r.deadline}
                        </span>
                        <RectificationStatus r={r} />
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
          {written.length > 0 && (
            <List
              size="small"
              bordered
              dataSource={written}
              renderItem={(w) => (
                <List.Item data-testid="result-rectification-written">
                  <List.Item.Meta title={w.item} description={`${t('drugs.rect.deadline')} ${w.deadline}`} />
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Space>
  );
}
