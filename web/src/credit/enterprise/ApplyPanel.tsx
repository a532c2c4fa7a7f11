import { CloudDownloadOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Flex, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../auth/SessionProvider';
import { useT } from '../../i18n';
import { useAction } from '../../shared/useAction';
import { applyForRepair } from '../api';
import type { Application, Penalty, ProofKind } from '../types';
import { CommitmentPreview } from './CommitmentPreview';

/**
 * The proofs the system will look for: the fine's e-receipt when there is a fine, the rectification record for
 * records that are not minor (both default rule sets ask for it). The API decides; see the report.
 */
function expectedProofs(p: Penalty): ProofKind[] {
  const out: ProofKind[] = [];
  if ((p.fineAmount ?? 0) > 0) out.push('fine-receipt');
  if (p.severity !== 'minor') out.push('rectification');
  return out;
}

/** 申请修复 (无感申请): what the system gathers itself, the commitment to sign online, submit. */
export function ApplyPanel({ penalty, onApplied }: { penalty: Penalty; onApplied: (a: Application) => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [accepted, setAccepted] = useState(false);
  const [busy, run] = useAction();
  const proofs = expectedProofs(penalty);

  const submit = () =>
    run(async () => {
      const application = await applyForRepair(penalty.id);
      void message.success(
        application.status === 'pending' ? t('credit.apply.submittedComplete') : t('credit.apply.submittedMissing'),
      );
      onApplied(application);
    });

  return (
    <Card title={t('credit.apply.title')} data-testid="apply-panel">
      <Steps
        size="small"
        current={accepted ? 2 : 1}
        style={{ marginBottom: 16 }}
        items={[
          { title: t('credit.apply.step.proofs') },
          { title: t('credit.apply.step.commitment') },
          { title: t('credit.apply.step.submit') },
        ]}
      />
      <Typography.Title level={5}>
        <CloudDownloadOutlined /> {t('credit.apply.gatherTitle')}
      </Typography.Title>
      <Flex vertical gap={8} style={{ marginBottom: 12 }} data-testid="apply-expected-proofs">
        {proofs.length === 0 && <Typography.Text type="secondary">{t('credit.apply.noProofs')}</Typography.Text>}
        {proofs.map((kind) => (
          <Flex
            key={kind}
            vertical
            data-kind={kind}
            style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }}
          >
            <Typography.Text strong>{t(`credit.proof.${kind}`)}</Typography.Text>
            <Typography.Text type="secondary">{t(`credit.apply.how.${kind}`)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
      <Typography.Paragraph type="secondary">{t('credit.apply.onlyMissing')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('credit.apply.step.commitment')}</Typography.Title>
      <CommitmentPreview penalty={penalty} enterpriseName={me.enterprise?.name ?? me.displayName} />
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        <Checkbox checked={accepted} onChange={(e) => setAccepted(e.target.checked)} data-testid="commitment-accept">
          {t('credit.apply.accept', { name: me.displayName })}
        </Checkbox>
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          disabled={!accepted}
          loading={busy}
          onClick={submit}
          data-testid="apply-submit"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('credit.apply.submit')}
        </Button>
      </Flex>
    </Card>
  );
}
