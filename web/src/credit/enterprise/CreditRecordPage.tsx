import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import { pageRecord } from '../../shared/pageRecord';
import { formatDate } from '../../shared/format';
import { GUIDE_PATH, MY_CREDIT_PAGE, penaltyPath } from '../api';
import { NoticeText } from '../NoticeText';
import { PenaltyFacts } from '../PenaltyFacts';
import { RepairHint } from '../RepairHint';
import { RepairStateTag } from '../tags';
import type { CreditGuide, PenaltyDetail } from '../types';
import { DecisionExplanationCard } from '../../drugs/DecisionExplanationCard';
import { ApplyPanel } from './ApplyPanel';
import { TrackPanel } from './TrackPanel';

/** One of the enterprise's records: its facts, the repair notice, and applying for repair or following it. */
export default function CreditRecordPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useApiQuery<PenaltyDetail>(penaltyPath(id));
  const guide = useApiQuery<CreditGuide>(GUIDE_PATH);
  const { data, wait } = pageRecord(query, (d) => d.penalty.id === id);
  if (wait) return wait;

  const { penalty, notice, deliveries } = data;
  const latest = [...data.applications].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
  // The state is the server's (its open application included).
  const state = penalty.state;
  const reviewWorkingDays = guide.data?.ruleSets.find((r) => r.code === data.ruleSet.code)?.reviewWorkingDays;

  return (
    <>
      <Card
        style={{ marginBottom: 16 }}
        data-testid="credit-record"
        data-state={state}
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(MY_CREDIT_PAGE)} aria-label={t('menu.myCredit')} />
            {penalty.decisionNo}
            <RepairStateTag state={state} />
          </Space>
        }
      >
        <Flex vertical gap={12}>
          <RepairHint penalty={penalty} state={state} />
          <PenaltyFacts penalty={penalty} state={state} />
        </Flex>
      </Card>
      {/* D5: the deciding department's explanation of the decision and the ways to challenge it. */}
      <DecisionExplanationCard penaltyId={penalty.id} />
      {state === 'repaired' && (
        <Card style={{ marginBottom: 16 }}>
          <Result
            status="success"
            title={t('credit.record.repaired')}
            subTitle={t('credit.record.repairedOn', { date: formatDate(penalty.repairedAt) })}
            data-testid="record-repaired"
          />
        </Card>
      )}
      {latest && (
        <TrackPanel
          application={latest}
          penalty={penalty}
          deliveries={latest.status === 'approved' ? deliveries : []}
          reviewWorkingDays={reviewWorkingDays}
          onChanged={query.reload}
        />
      )}
      <Row gutter={[16, 16]}>
        {state === 'apply-now' && (
          <Col xs={24} xl={14}>
            <ApplyPanel penalty={penalty} onApplied={query.reload} />
          </Col>
        )}
        <Col xs={24} xl={state === 'apply-now' ? 10 : 24}>
          <Card title={t('credit.notice')} data-testid="record-notice">
            <NoticeText notice={notice} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
              {t('credit.notice.twoTogether')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  );
}
