import { Card, Col } from 'antd';
import type { ReactNode } from 'react';
import { Chart, type ChartOption } from './Chart';

/** A titled chart in a figures page's grid: half the width from large screens on, or all of it (`wide`). */
export function ChartCard({
  title,
  option,
  testId,
  wide,
  height,
}: {
  title: ReactNode;
  option: ChartOption;
  testId: string;
  wide?: boolean;
  height?: number;
}) {
  return (
    <Col xs={24} lg={wide ? 24 : 12}>
      <Card size="small" title={title}>
        <Chart option={option} testId={testId} height={height} />
      </Card>
    </Col>
  );
}
