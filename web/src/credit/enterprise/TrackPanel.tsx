import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Flex, Typography } from 'antd';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { useAction } from '../../shared/useAction';
import { gatherAgain } from '../api';
import { ApplicationSteps } from '../ApplicationSteps';
import { CommitmentCard } from '../CommitmentCard';
import { DeliveryTable } from '../DeliveryTable';
import { ProofList } from '../ProofList';
import { ApplicationStatusTag } from '../tags';
import type { Application, Delivery, Penalty } from '../types';
import { ProofUpload } from './ProofUpload';

interface Props {
  application: Application;
  penalty: Penalty;
  deliveries: readonly Delivery[];
  reviewWorkingDays?: number;
  onChanged: () => void;
}

function GatherAgainButton({ applicationId, onDone }: { applicationId: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, run] = useAction();
  const gather = () =>
    run(async () => {
      const a = await gatherAgain(applicationId);
      void message.info(a.status === 'pending' ? t('credit.gather.complete') : t('credit.gather.stillMissing'));
      onDone();
    });
  return (
    <Button icon={<ReloadOutlined />} loading={busy} onClick={gather} data-testid="gather-again">
      {t('credit.gather.again')}
    </Button>
  );
}

function Decision({ application: a }: { application: Application }) {
  const t = useT();
  if (a.status !== 'approved' && a.status !== 'rejected') return null;
  const approved = a.status === 'approved';
  return (
    <Alert
      type={approved ? 'success' : 'error'}
      showIcon
      style={{ marginBlock: 16 }}
      data-testid="application-decision"
      data-status={a.status}
      title={t(approved ? 'credit.decision.approved' : 'credit.decision.rejected', { at: formatDateTime(a.decidedAt) })}
      description={a.reason ? t('credit.decision.reasonIs', { reason: a.reason }) : undefined}
    />
  );
}

/** 修复进度: where the application stands, its proofs (upload only what is missing), the decision, the deliveries. */
export function TrackPanel({ application: a, penalty, deliveries, reviewWorkingDays, onChanged }: Props) {
  const t = useT();
  return (
    <Card
      title={t('credit.track.title')}
      extra={<ApplicationStatusTag status={a.status} />}
      data-testid="track-panel"
      data-status={a.status}
      style={{ marginBottom: 16 }}
    >
      <ApplicationSteps application={a} deliveries={deliveries} reviewWorkingDays={reviewWorkingDays} />
      {a.status === 'awaiting-proof' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('credit.track.missing')}
          action={<GatherAgainButton applicationId={a.id} onDone={onChanged} />}
        />
      )}
      {a.status === 'pending' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('credit.track.pending', { date: a.reviewDueOn ?? '' })} />
      )}
      <Typography.Title level={5}>{t('credit.track.proofs')}</Typography.Title>
      <ProofList
        proofs={a.proofs}
        penalty={penalty}
        action={(proof) =>
          proof.status === 'missing' && a.status === 'awaiting-proof' ? (
            <Flex justify="flex-end">
              <ProofUpload applicationId={a.id} kind={proof.kind} onUploaded={onChanged} />
            </Flex>
          ) : null
        }
      />
      <Decision application={a} />
      {a.status === 'approved' && (
        <>
          <Typography.Title level={5}>{t('credit.track.deliveries')}</Typography.Title>
          <DeliveryTable deliveries={deliveries} />
        </>
      )}
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[{ key: 'commitment', label: t('credit.commitment.signed'), children: <CommitmentCard commitment={a.commitment} /> }]}
      />
    </Card>
  );
}
