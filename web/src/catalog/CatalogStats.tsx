import { Card, Col, Row, Statistic } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { percent } from '../figures/percent';
import { useT } from '../i18n';
import { CATALOG_FIGURES_PATH } from './api';
import type { CatalogFigures } from './types';

/** A1 at a glance: items (published), scenarios, and the integration rate 1 − scenarios ÷ items merged. */
export function CatalogStats() {
  const t = useT();
  const { data } = useApiQuery<CatalogFigures>(CATALOG_FIGURES_PATH);
  const stats = [
    {
      key: 'items',
      title: t('catalog.stats.items'),
      value: data?.items.total,
      suffix: t('catalog.stats.published', { n: data?.items.published ?? 0 }),
    },
    { key: 'scenarios', title: t('catalog.stats.scenarios'), value: data?.scenarios.total },
    { key: 'merged', title: t('catalog.stats.merged'), value: data?.integration.items },
    {
      key: 'rate',
      title: t('figures.integrationRate'),
      value: data ? percent(data.integration.rate, t('common.none'), 2) : undefined,
    },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="catalog-stats">
      {stats.map((s) => (
        <Col key={s.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={s.title}
              value={s.value ?? '…'}
              suffix={s.suffix && <small>{s.suffix}</small>}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
