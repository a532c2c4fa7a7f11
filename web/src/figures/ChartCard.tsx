import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { Chart, type ChartOption } from './Chart';

export interface ChartCardProps {
  title: ReactNode;
  option: ChartOption;
  /** data-testid of the chart. */
  testId: string;
  /** The whole width of the grid, not half of it. */
  wide?: boolean;
  height?: number;
}

/** A titled chart in a figures page's grid: half the width from large screens on, or all of it (`wide`). */
export function ChartCard({ title, option, testId, wide, height }: ChartCardProps) {
  return (
    <Col xs={24} lg={wide ? 24 : 12}>
      <Card size="small" title={title}>
        <Chart option={option} testId={testId} height={height} />
      </Card>
    </Col>
  );
}

/** A figures page's charts, two a row on large screens. */
export function ChartGrid({ charts, testId }: { charts: readonly ChartCardProps[]; testId: string }) {
  return (
    <Row gutter={[16, 16]} data-testid={testId}>
      {charts.map((chart) => (
        <ChartCard key={chart.testId} {...chart} />
      ))}
    </Row>
  );
}
