import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { ProofDetails, ProofStatusTag } from './ProofDetails';
import type { Penalty, Proof } from './types';

interface Props {
  proofs: readonly Proof[];
  penalty: Penalty;
  /** Extra content under a proof, e.g. the upload button of a missing one. */
  action?: (proof: Proof) => ReactNode;
}

/** The proofs of an application, one card each: gathered by the system, uploaded, or still missing. */
export function ProofList({ proofs, penalty, action }: Props) {
  const t = useT();
  return (
    <Row gutter={[12, 12]} data-testid="proof-list">
      {proofs.map((proof) => (
        <Col key={proof.kind} xs={24} md={12}>
          <Card
            size="small"
            title={t(`credit.proof.${proof.kind}`)}
            extra={<ProofStatusTag proof={proof} />}
            data-testid="proof"
            data-kind={proof.kind}
            data-status={proof.status}
            style={{ height: '100%' }}
          >
            <ProofDetails proof={proof} penalty={penalty} />
            {action?.(proof)}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
