import type { ChartSpec } from './chart-spec';
import { formatChartValue } from './chart-spec';

/**
 * The ECharts option for a chart description. Kept free of the ECharts
 * import so it can be tested without a canvas; the component loads ECharts
 * itself, lazily.
 *
 * Under the API's Content-Security-Policy inline style attributes are
 * refused, so tooltips render inside the canvas (`renderMode: 'richText'`)
 * instead of as an HTML overlay.
 */

/** Colours that keep 3:1 contrast against white and stay apart for common colour blindness. */
export const CHART_COLOURS = [
  '#0b5cad',
  '#c2410c',
  '#2e7d32',
  '#7b1fa2',
  '#a16207',
  '#0e7490',
  '#be185d',
  '#4b5563',
];

/** Light to dark blue: low to high. */
const HEATMAP_SCALE = ['#eef4fb', '#9cc3ea', '#2f7fd1', '#0b3d75'];
const SUPPRESSED_COLOUR = '#d1d5db';

export type EChartsOption = Record<string, unknown>;

export function echartsOption(spec: ChartSpec, locale: string): EChartsOption {
  const print = (value: unknown) =>
    typeof value === 'number' ? formatChartValue(value, spec, locale) : '';
  const common = {
    animation: false,
    color: CHART_COLOURS,
    textStyle: { fontFamily: 'inherit', color: '#1f2a30' },
    tooltip: { renderMode: 'richText', confine: true },
  };
  if (spec.kind === 'heatmap') {
    const cells: [number, number, number][] = [];
    const withheld: [number, number, number][] = [];
    spec.rows.forEach((_, row) =>
      spec.columns.forEach((_, column) => {
        const cell = spec.cells[row]?.[column];
        if (!cell) return;
        if (cell.value !== null) cells.push([column, row, cell.value]);
        else if ('suppressed' in cell && cell.suppressed)
          withheld.push([column, row, 0]);
      }),
    );
    return {
      ...common,
      tooltip: { ...common.tooltip, position: 'top' },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: {
        type: 'category',
        data: spec.columns,
        axisLabel: { interval: 0, rotate: spec.columns.length > 4 ? 30 : 0 },
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: spec.rows,
        inverse: true,
        axisLabel: { width: 160, overflow: 'truncate' },
        splitArea: { show: true },
      },
      visualMap: {
        min: spec.min,
        max: spec.max,
        seriesIndex: 0,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        inRange: { color: HEATMAP_SCALE },
        formatter: (value: number) => print(value),
      },
      series: [
        {
          type: 'heatmap',
          name: spec.title,
          data: cells,
          label: {
            show: true,
            formatter: (p: { value: [number, number, number] }) =>
              print(p.value[2]),
          },
          tooltip: {
            formatter: (p: { value: [number, number, number] }) =>
              `${spec.rows[p.value[1]]} · ${spec.columns[p.value[0]]}: ${print(p.value[2])}`,
          },
        },
        {
          type: 'heatmap',
          name: spec.suppressedLabel,
          data: withheld,
          itemStyle: { color: SUPPRESSED_COLOUR },
          label: { show: true, formatter: '×', color: '#374151' },
          tooltip: {
            formatter: (p: { value: [number, number, number] }) =>
              `${spec.rows[p.value[1]]} · ${spec.columns[p.value[0]]}: ${spec.suppressedLabel}`,
          },
        },
      ],
    };
  }
  const categoryAxis = {
    type: 'category',
    data: spec.categories,
    axisLabel: { interval: 0, width: 140, overflow: 'truncate' },
  };
  const valueAxis = {
    type: 'value',
    axisLabel: { formatter: (value: number) => print(value) },
    // Values printed without decimals get whole-number ticks (a count of 2 had ticks "1, 2, 2" for 1.5).
    ...(spec.decimals ? {} : { minInterval: 1 }),
    ...(spec.unit === 'percent' ? { max: 100 } : {}),
    ...(spec.kind === 'line' && spec.min !== undefined
      ? { min: spec.min }
      : {}),
    ...(spec.kind === 'line' && spec.max !== undefined
      ? { max: spec.max }
      : {}),
  };
  const horizontal = spec.kind === 'bar' && spec.horizontal;
  return {
    ...common,
    legend: spec.series.length > 1 ? { top: 0 } : undefined,
    grid: {
      left: 8,
      right: 24,
      top: spec.series.length > 1 ? 32 : 8,
      bottom: 8,
      containLabel: true,
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s) => ({
      type: spec.kind,
      name: s.name,
      data: s.values.map((v) => (v === null ? '-' : v)),
      ...(spec.kind === 'bar' && spec.stacked ? { stack: 'total' } : {}),
      ...(spec.kind === 'line' ? { connectNulls: false, symbolSize: 8 } : {}),
      label: {
        show: spec.kind === 'bar' && !spec.stacked,
        position: horizontal ? 'right' : 'top',
        formatter: (p: { value: unknown }) => print(p.value),
      },
      tooltip: {
        valueFormatter: (value: unknown) => print(value),
      },
    })),
  };
}

/** A height that gives each horizontal bar or heatmap row room for its label. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === 'heatmap') return Math.max(160, spec.rows.length * 36 + 90);
  if (spec.kind === 'bar' && spec.horizontal)
    return Math.max(
      120,
      spec.categories.length * Math.max(24, spec.series.length * 18) + 56,
    );
  return 280;
}
