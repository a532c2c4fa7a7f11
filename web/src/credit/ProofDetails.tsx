import { CheckCircleFilled } from '@ant-design/icons';
import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import { amountText, sourceName } from './labels';
import { missingReason, receiptMatches, receiptOf, rectificationOf } from './proofs';
import type { Penalty, Proof } from './types';

const STATUS_COLORS: Record<Proof['status'], string> = { gathered: 'green', uploaded: 'blue', missing: 'orange' };

export function ProofStatusTag({ proof }: { proof: Proof }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[proof.status]} data-testid="proof-status" data-status={proof.status}>
      {t(`credit.proof.status.${proof.status}`)}
    </Tag>
  );
}

/** The facts of one proof: the receipt or rectification the system gathered, the file uploaded, or why it is missing. */
export function ProofDetails({ proof, penalty }: { proof: Proof; penalty: Penalty }) {
  const t = useT();
  const none = t('common.none');
  const items: DescriptionsProps['items'] = [
    { key: 'source', label: t('credit.proof.source'), children: sourceName(t, proof.source) },
  ];
  if (proof.status === 'missing') {
    items.push({ key: 'why', label: t('credit.proof.why'), children: missingReason(proof, t) });
  } else if (proof.status === 'uploaded') {
    const d = proof.detail;
    items.push({ key: 'file', label: t('credit.proof.file'), children: typeof d.filename === 'string' ? d.filename : none });
  } else if (proof.kind === 'fine-receipt') {
    const r = receiptOf(proof);
    items.push(
      { key: 'receiptNo', label: t('credit.proof.receiptNo'), children: r.receiptNo ?? none },
      { key: 'amount', label: t('credit.proof.amount'), children: amountText(r.amount, t) },
      { key: 'paidOn', label: t('credit.proof.paidOn'), children: r.paidOn ?? none },
      { key: 'payer', label: t('credit.proof.payer'), children: r.payer ?? none },
    );
    if (receiptMatches(proof, penalty)) {
      items.push({
        key: 'match',
        label: t('credit.proof.match'),
        children: (
          <Tag icon={<CheckCircleFilled />} color="success" data-testid="receipt-match">
            {t('credit.proof.matched')}
          </Tag>
        ),
      });
    }
  } else {
    const r = rectificationOf(proof);
    items.push(
      { key: 'id', label: t('credit.proof.rectificationNo'), children: r.id ?? none },
      { key: 'completedOn', label: t('credit.proof.completedOn'), children: r.completedOn ?? none },
      { key: 'summary', label: t('credit.proof.summary'), children: r.summary ?? none },
    );
  }
  if (proof.at) items.push({ key: 'at', label: t('credit.proof.at'), children: formatDateTime(proof.at) });
  return <Descriptions size="small" column={1} items={items} />;
}
