import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Col, Row, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT, type Translate } from '../../i18n';
import { amountText, sourceName } from '../labels';
import { ProofStatusTag } from '../ProofDetails';
import { missingReason, receiptOf, rectificationOf } from '../proofs';
import type { ApplicationDetail, Penalty, Proof } from '../types';

interface Line {
  key: string;
  label: string;
  record: string;
  proof: string;
  /** true / false when the two must agree; undefined when there is nothing to compare. */
  agrees?: boolean;
}

const same = (a: string | null, b: string | null) => a !== null && b !== null && a === b;

/** The record's facts beside what the proof says, line by line. */
function linesOf(proof: Proof, p: Penalty, t: Translate): Line[] {
  const none = t('common.none');
  const source: Line = { key: 'source', label: t('credit.proof.source'), record: none, proof: sourceName(t, proof.source) };
  if (proof.status === 'missing') {
    return [source, { key: 'why', label: t('credit.proof.why'), record: none, proof: missingReason(proof, t) }];
  }
  if (proof.status === 'uploaded') {
    const file = typeof proof.detail.filename === 'string' ? proof.detail.filename : none;
    return [source, { key: 'file', label: t('credit.proof.file'), record: none, proof: file }];
  }
  if (proof.kind === 'fine-receipt') {
    const r = receiptOf(proof);
    return [
      source,
      { key: 'decisionNo', label: t('field.decisionNo'), record: p.decisionNo, proof: r.decisionNo ?? none, agrees: same(p.decisionNo, r.decisionNo) },
      {
        key: 'amount',
        label: t('credit.proof.amount'),
        record: amountText(p.fineAmount, t),
        proof: amountText(r.amount, t),
        agrees: r.amount !== null && Math.abs(r.amount - (p.fineAmount ?? 0)) < 0.005,
      },
      { key: 'payer', label: t('credit.proof.payer'), record: p.enterpriseName ?? none, proof: r.payer ?? none },
      { key: 'paidOn', label: t('credit.proof.paidOn'), record: none, proof: r.paidOn ?? none },
      { key: 'receiptNo', label: t('credit.proof.receiptNo'), record: none, proof: r.receiptNo ?? none },
    ];
  }
  const r = rectificationOf(proof);
  const uscc = typeof proof.detail.uscc === 'string' ? proof.detail.uscc : null;
  return [
    source,
    { key: 'decisionNo', label: t('field.decisionNo'), record: p.decisionNo, proof: r.decisionNo ?? none, agrees: same(p.decisionNo, r.decisionNo) },
    { key: 'uscc', label: t('enterprise.uscc'), record: p.uscc, proof: uscc ?? none, agrees: same(p.uscc, uscc) },
    { key: 'completedOn', label: t('credit.proof.completedOn'), record: none, proof: r.completedOn ?? none },
    { key: 'summary', label: t('credit.proof.summary'), record: none, proof: r.summary ?? none },
    { key: 'id', label: t('credit.proof.rectificationNo'), record: none, proof: r.id ?? none },
  ];
}

function Agrees({ value }: { value?: boolean }) {
  const t = useT();
  if (value === undefined) return null;
  return value ? (
    <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('credit.review.agrees')} />
  ) : (
    <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('credit.review.differs')} />
  );
}

function ProofComparison({ item, penalty }: { item: ApplicationDetail['sideBySide'][number]; penalty: Penalty }) {
  const t = useT();
  const columns: TableColumnsType<Line> = [
    { key: 'label', dataIndex: 'label', title: t('credit.review.item'), width: 120 },
    { key: 'record', dataIndex: 'record', title: t('credit.review.record') },
    { key: 'proof', dataIndex: 'proof', title: t('credit.review.proof') },
    { key: 'agrees', title: t('credit.review.check'), width: 64, align: 'center', render: (_, l) => <Agrees value={l.agrees} /> },
  ];
  const rows = item.proof ? linesOf(item.proof, penalty, t) : [];
  return (
    <Card
      size="small"
      title={item.name}
      extra={item.proof && <ProofStatusTag proof={item.proof} />}
      data-testid="side-by-side"
      data-kind={item.kind}
      data-status={item.proof?.status ?? 'none'}
    >
      <Table<Line>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('credit.review.noProof') }}
        onRow={(l) => ({ 'data-agrees': l.agrees === undefined ? undefined : String(l.agrees) }) as HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}

/** C4 — each required proof beside the record: what the source said against what the decision says. */
export function SideBySide({ detail }: { detail: ApplicationDetail }) {
  const t = useT();
  if (detail.sideBySide.length === 0) {
    return <Card size="small">{t('credit.review.noneRequired')}</Card>;
  }
  return (
    <Row gutter={[16, 16]}>
      {detail.sideBySide.map((item) => (
        <Col key={item.kind} xs={24} xl={12}>
          <ProofComparison item={item} penalty={detail.penalty} />
        </Col>
      ))}
    </Row>
  );
}
