import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { FollowupKpis } from './FollowupKpis';
import { surveyPath, type SurveyDetail } from './service-api';

/** One 回头看 survey (D6): its return rate and each enterprise's answers. */
export default function FollowupPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApiQuery<SurveyDetail>(surveyPath(id));
  type Response = SurveyDetail['responses'][number];
  return (
    <Card
      title={
        <Space>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate('/drugs/followups')}
            aria-label={t('menu.drugFollowups')}
          />
          {data?.subject}
        </Space>
      }
    >
      <QueryErrorAlert error={error} onRetry={reload} />
      {data && <FollowupKpis {...data} />}
      <Table<Response>
        rowKey="uscc"
        loading={loading}
        dataSource={data?.responses ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="followup-responses"
        columns={[
          { title: t('service.enterprise'), dataIndex: 'name' },
          {
            title: t('followup.answeredAt'),
            dataIndex: 'answeredAt',
            render: (v: string | null) => (v ? formatDateTime(v) : <Tag>{t('followup.notAnswered')}</Tag>),
          },
          ...(data?.questions ?? []).map((q, n) => ({
            title: q.text,
            key: `q${n}`,
            render: (_: unknown, r: Response) => r.answers?.[n] ?? '',
          })),
        ]}
      />
    </Card>
  );
}
