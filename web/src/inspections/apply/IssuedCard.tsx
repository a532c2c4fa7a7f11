import { Alert, Button, Card, Descriptions, Flex, Result } from 'antd';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import { CodeLinks } from '../CodeLinks';
import { CodeQr } from '../CodeQr';
import { CodeText } from '../CodeText';
import type { ApplyOutcome, JointProposal } from '../types';
import { useDepartmentNames } from '../useDepartmentNames';

interface Props {
  outcome: ApplyOutcome;
  /** 申请联查: join the proposed visit instead (the new code is then withdrawn). */
  onJoin: (proposal: JointProposal) => void;
  joining: boolean;
}

function ProposalCard({ proposal, onJoin, joining }: { proposal: JointProposal } & Omit<Props, 'outcome'>) {
  const t = useT();
  const names = useDepartmentNames();
  return (
    <Card size="small" data-testid="joint-proposal">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'code', label: t('field.code'), children: <CodeText code={proposal.code} /> },
          {
            key: 'departments',
            label: t('field.departments'),
            children: names(proposal.departmentIds).join(t('common.listSeparator')),
          },
          {
            key: 'window',
            label: t('field.window'),
            children: `${formatDateTime(proposal.windowStart)} ~ ${formatDateTime(proposal.windowEnd)}`,
          },
        ]}
      />
      <Button type="primary" loading={joining} onClick={() => onJoin(proposal)} data-testid="joint-propose">
        {t('apply.joint.propose')}
      </Button>
    </Card>
  );
}

/** 201: the code with its QR, the server's warnings, and any joint-visit proposals. */
export function IssuedCard({ outcome, onJoin, joining }: Props) {
  const t = useT();
  const merged = outcome.joint && 'merged' in outcome.joint;
  const proposing = outcome.joint && 'proposals' in outcome.joint ? outcome.joint : null;
  const proposals = proposing?.proposals ?? [];
  return (
    <Card data-testid="apply-issued" data-merged={merged ? 'true' : 'false'}>
      <Result
        status="success"
        style={{ padding: 8 }}
        title={t(merged ? 'apply.merged.title' : 'apply.issued.title')}
        subTitle={merged ? t('apply.merged.detail') : t('apply.issued.detail')}
      />
      <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
        <CodeQr code={outcome.code} />
        <CodeText code={outcome.code} testId="issued-code" />
        <CodeLinks code={outcome.code} />
      </Flex>
      <Flex vertical gap={8}>
        {outcome.warnings.map((w, index) => (
          <Alert
            key={index}
            type="warning"
            showIcon
            title={w.message ?? w.code}
            data-testid="apply-warning"
            data-code={w.code}
          />
        ))}
        {proposals.length > 0 && (
          <Alert type="info" showIcon title={t('apply.joint.title')} description={t('apply.joint.detail', { days: proposing?.days ?? '' })} />
        )}
        {proposals.map((p) => (
          <ProposalCard key={p.inspectionId} proposal={p} onJoin={onJoin} joining={joining} />
        ))}
      </Flex>
    </Card>
  );
}
