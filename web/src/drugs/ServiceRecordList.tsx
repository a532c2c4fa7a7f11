import { List, Space, Tag, Typography } from 'antd';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import type { ServiceRecord } from './service-api';

/** Service records as a list that reads on a phone: kind, topic, questions and answers, what was taught. */
export function ServiceRecordList({
  items,
  loading,
  showEnterprise,
}: {
  items: ServiceRecord[];
  loading?: boolean;
  showEnterprise?: boolean;
}) {
  const t = useT();
  return (
    <List
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('service.none') }}
      data-testid="service-records"
      renderItem={(r) => (
        <List.Item data-testid="service-record" data-kind={r.kind}>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Tag color={r.kind === 'extra-hour' ? 'blue' : 'green'}>{t(`service.kind.${r.kind}`)}</Tag>
              <Typography.Text strong>{r.topic}</Typography.Text>
              {showEnterprise && <Typography.Text type="secondary">{r.enterpriseName}</Typography.Text>}
            </Space>
            {r.questions.map((q, n) => (
              <div key={n}>
                <Typography.Text>
                  {t('service.question')}：{q.question}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {t('service.answer')}：{q.answer}
                </Typography.Text>
              </div>
            ))}
            {r.content && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {r.content}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                r.departmentName,
                r.recordedByName && `${t('service.recordedBy')}：${r.recordedByName}`,
                formatDateTime(r.recordedAt),
                r.minutes && `${t('service.minutes')}：${r.minutes}`,
                r.attendees && `${t('service.attendees')}：${r.attendees}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
