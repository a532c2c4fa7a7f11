import { Card } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { KpiCards } from '../figures/KpiCards';
import { percent } from '../figures/percent';
import { useT } from '../i18n';
import { SERVICE_FIGURES_PATH, type ServiceFigures } from './service-api';

/** D4–D6 figures beside the licence figures, counted live by the API from the rows. */
export function ServiceFiguresCard() {
  const t = useT();
  const { data: f } = useApiQuery<ServiceFigures>(SERVICE_FIGURES_PATH);
  if (!f) return null;
  return (
    <Card title={t('figures.drugService')} size="small" data-testid="drug-service-figures">
      <KpiCards
        kpis={[
          {
            key: 'extra-hours',
            title: t('figures.extraHours'),
            value: f.extraHours,
            note: `${t('figures.questionsAnswered')} ${f.questionsAnswered}`,
          },
          { key: 'teachings', title: t('figures.teachings'), value: f.teachings },
          { key: 'decisions-explained', title: t('figures.decisionsExplained'), value: f.decisionsExplained },
          {
            key: 'forms-sent',
            title: t('figures.formsSent'),
            value: f.formsSent,
            note: `${t('figures.returnRate')} ${percent(f.returnRate, t('common.none'))}`,
            detail: `${f.formsAnswered}/${f.formsSent}`,
          },
          {
            key: 'rectifications-closed',
            title: t('figures.rectificationsClosed'),
            value: f.rectificationsClosed,
          },
          {
            key: 'cases-published',
            title: t('figures.casesPublished'),
            value: `${f.casesPublished} / ${f.caseBatchesPublished}`,
            detail: `${f.casesPublished}/${f.caseBatchesPublished}`,
          },
        ]}
      />
    </Card>
  );
}
