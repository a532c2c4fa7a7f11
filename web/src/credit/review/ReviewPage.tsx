import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import { pageRecord } from '../../shared/pageRecord';
import { applicationPath, REVIEWS_PAGE } from '../api';
import { ApplicationSteps } from '../ApplicationSteps';
import { CommitmentCard } from '../CommitmentCard';
import { DeliveryTable } from '../DeliveryTable';
import { PenaltyFacts } from '../PenaltyFacts';
import { ReviewDeadline } from '../ReviewDeadline';
import { ApplicationStatusTag } from '../tags';
import type { ApplicationDetail } from '../types';
import { ChecksCard } from './ChecksCard';
import { DecisionCard } from './DecisionCard';
import { SideBySide } from './SideBySide';

/** 修复审核 of one application: the record, the gathered proofs side by side, the commitment; approve or reject. */
export default function ReviewPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useApiQuery<ApplicationDetail>(applicationPath(id));
  const { data, wait } = pageRecord(query, (d) => d.application.id === id);
  if (wait) return wait;
  const { application: a, penalty, deliveries } = data;
  const state = penalty.state;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="review-page" data-status={a.status}>
      <Card
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(REVIEWS_PAGE)} aria-label={t('menu.creditReviews')} />
            {penalty.enterpriseName}
            <Typography.Text type="secondary">{penalty.decisionNo}</Typography.Text>
            <ApplicationStatusTag status={a.status} />
          </Space>
        }
        extra={
          <Space>
            {t('credit.review.deadline')}
            <ReviewDeadline application={a} />
          </Space>
        }
      >
        <ApplicationSteps application={a} deliveries={deliveries} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('credit.review.recordTitle')} style={{ height: '100%' }}>
            <PenaltyFacts penalty={penalty} state={state} withSubject />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <ChecksCard checks={a.checks} />
        </Col>
      </Row>
      <div>
        <Typography.Title level={5}>{t('credit.review.proofsTitle')}</Typography.Title>
        <SideBySide detail={data} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <CommitmentCard commitment={a.commitment} />
        </Col>
        <Col xs={24} xl={10}>
          <DecisionCard application={a} onDecided={query.reload} />
        </Col>
      </Row>
      {a.status === 'approved' && (
        <Card size="small" title={t('credit.track.deliveries')}>
          <DeliveryTable deliveries={deliveries} />
        </Card>
      )}
    </Space>
  );
}
