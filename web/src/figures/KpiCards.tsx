import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';

export interface Kpi {
  key: string;
  title: ReactNode;
  value: string | number;
  /** A second line under the value. */
  note?: ReactNode;
  /** Machine-readable parts of the figure (data-detail), e.g. "63/65" for satisfied of evaluations. */
  detail?: string;
}

/** A row of headline figures; each carries data-testid="figure-{key}", its value in data-value (and data-detail). */
export function KpiCards({ kpis }: { kpis: readonly Kpi[] }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {kpis.map((k) => (
        <Col key={k.key} xs={12} md={8} xl={4}>
          <Card
            size="small"
            style={{ height: '100%' }}
            data-testid={`figure-${k.key}`}
            data-value={String(k.value)}
            data-detail={k.detail}
          >
            <Statistic title={k.title} value={k.value} />
            {k.note && <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{k.note}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
