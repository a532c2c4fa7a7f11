import { KpiCards } from '../figures/KpiCards';
import { percent } from '../figures/percent';
import { useT } from '../i18n';

/** 回头看 forms sent, answered and the return rate the server counted (of one survey, or of all). */
export function FollowupKpis({ sent, answered, returnRate }: { sent: number; answered: number; returnRate: number | null }) {
  const t = useT();
  return (
    <KpiCards
      kpis={[
        { key: 'followup-sent', title: t('followup.sentCount'), value: sent },
        { key: 'followup-answered', title: t('followup.answered'), value: answered },
        {
          key: 'followup-rate',
          title: t('followup.rate'),
          value: percent(returnRate, t('common.none')),
          detail: `${answered}/${sent}`,
        },
      ]}
    />
  );
}
