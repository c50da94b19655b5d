import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Only the parts the dashboard draws with (bars, lines, canvas), not the whole library. */
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, DatasetComponent, CanvasRenderer]);

export { echarts };
export type { ECElementEvent, EChartsCoreOption as ChartOption } from 'echarts/core';
