import {
  HeatmapChart,
  LineChart,
  type BarSeriesOption,
  type GaugeSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { Chart, type ChartOption } from '../../figures/Chart';

// The figures page's chart, plus the series the dashboard adds: trends (line) and repeat-inspection heat.
echarts.use([HeatmapChart, LineChart, VisualMapComponent]);

export type DashboardOption = echarts.ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | PieSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export function DashboardChart({
  option,
  height,
  testId,
}: {
  option: DashboardOption;
  height?: number;
  testId: string;
}) {
  // The shared component's option type names only the series it registers itself.
  return <Chart option={option as ChartOption} height={height} testId={testId} />;
}
