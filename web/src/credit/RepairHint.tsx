import { Typography } from 'antd';
import { useT, type Translate } from '../i18n';
import { formatDate } from '../shared/format';
import type { Penalty, RepairState } from './types';

/** One sentence on what happens next to the record: automatic repair, apply now, apply from …, never early. */
export function repairHintText(p: Penalty, state: RepairState, t: Translate): string {
  const from = p.repairableFrom ?? '';
  const last = p.publicity.maxEnd ?? '';
  switch (state) {
    case 'repaired':
      return t('credit.hint.repaired', {
        date: formatDate(p.repairedAt),
        how: p.repairedHow ? t(`credit.path.${p.repairedHow}`) : '',
      });
    case 'expired':
    case 'ended':
      return t('credit.hint.expired', { date: last });
    case 'not-published':
      return t('credit.hint.notPublished');
    case 'automatic':
      return (p.fineAmount ?? 0) > 0 && !p.dutiesFulfilledOn
        ? t('credit.hint.automaticAfterPayment', { date: from })
        : t('credit.hint.automatic', { date: from });
    case 'apply-now':
      return t('credit.hint.applyNow');
    case 'apply-later':
      return t('credit.hint.applyLater', { date: from });
    case 'never-early':
      return t('credit.hint.neverEarly', { date: last });
    case 'in-review':
      return t('credit.hint.inReview');
    case 'awaiting-proof':
      return t('credit.hint.awaitingProof');
  }
}

export function RepairHint({ penalty, state }: { penalty: Penalty; state: RepairState }) {
  const t = useT();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="credit-hint">
      {repairHintText(penalty, state, t)}
    </Typography.Text>
  );
}
