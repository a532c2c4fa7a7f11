import { Card, Descriptions } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { ChallengeRoutes } from './ChallengeRoutes';
import { explanationPath, type Explanation } from './service-api';

/**
 * D5 — beside a penalty: why it was decided so (facts, provision, standard, discretion) and how to challenge it by
 * when. Shows nothing when the deciding department has not explained the decision (the API answers 404).
 */
export function DecisionExplanationCard({ penaltyId }: { penaltyId: string }) {
  const t = useT();
  const { data } = useApiQuery<Explanation>(explanationPath(penaltyId));
  if (!data || data.penaltyId !== penaltyId) return null;
  return (
    <Card title={t('decision.card')} style={{ marginBottom: 16 }} data-testid="decision-explanation">
      <Descriptions column={1} size="small" layout="vertical">
        <Descriptions.Item label={t('decision.facts')}>{data.facts}</Descriptions.Item>
        <Descriptions.Item label={t('decision.provision')}>{data.provision}</Descriptions.Item>
        <Descriptions.Item label={t('decision.standard')}>{data.standard}</Descriptions.Item>
        <Descriptions.Item label={t('decision.discretion')}>{data.discretion}</Descriptions.Item>
        <Descriptions.Item label={t('decision.challenge')}>
          <ChallengeRoutes challenge={data.challenge} reviewBody={data.reviewBody} court={data.court} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
