import { chartHeight, echartsOption } from './chart-options';
import { chartTable, type HeatmapChartSpec } from './chart-spec';

const heatmap: HeatmapChartSpec = {
  kind: 'heatmap',
  title: 'Gemiddelde per afdeling',
  rows: ['Werkdruk', 'Samenwerking'],
  columns: ['Zorg', 'ICT'],
  cells: [
    [{ value: 3.25 }, { value: null, suppressed: true }],
    [{ value: 4 }, { value: null }],
  ],
  min: 1,
  max: 5,
  decimals: 1,
  suppressedLabel: 'afgeschermd',
  emptyLabel: 'geen gegevens',
  rowHeader: 'Vraag',
};

describe('chart table alternative', () => {
  it('prints a heatmap as its grid, withheld and empty cells named as such, numbers in the locale', () => {
    expect(chartTable(heatmap, 'nl-NL')).toEqual({
      caption: 'Gemiddelde per afdeling',
      header: ['Vraag', 'Zorg', 'ICT'],
      rows: [
        { name: 'Werkdruk', cells: ['3,3', 'afgeschermd'] },
        { name: 'Samenwerking', cells: ['4,0', 'geen gegevens'] },
      ],
    });
    expect(chartTable(heatmap, 'en-GB').rows[0].cells[0]).toBe('3.3');
  });

  it('prints bars as one row per category and a column per series, percentages with their sign', () => {
    const table = chartTable(
      {
        kind: 'bar',
        title: 'Respons',
        categoryHeader: 'Afdeling',
        categories: ['Zorg', 'ICT'],
        series: [
          { name: '2025', values: [40, null] },
          { name: '2026', values: [55.5, 12] },
        ],
        unit: 'percent',
      },
      'nl-NL',
    );
    expect(table.header).toEqual(['Afdeling', '2025', '2026']);
    expect(table.rows).toEqual([
      { name: 'Zorg', cells: ['40%', '56%'] },
      { name: 'ICT', cells: ['–', '12%'] },
    ]);
  });
});

describe('echarts option', () => {
  it('keeps withheld heatmap cells in a separate grey series outside the colour scale', () => {
    const option = echartsOption(heatmap, 'nl-NL') as {
      series: { data: number[][] }[];
      visualMap: { seriesIndex: number };
    };
    expect(option.series[0].data).toEqual([
      [0, 0, 3.25],
      [0, 1, 4],
    ]);
    expect(option.series[1].data).toEqual([[1, 0, 0]]);
    expect(option.visualMap.seriesIndex).toBe(0);
  });

  it('turns a missing value into a gap and renders tooltips inside the canvas (no inline styles under the CSP)', () => {
    const option = echartsOption(
      {
        kind: 'line',
        title: 'Trend',
        categoryHeader: 'Ronde',
        categories: ['1', '2', '3'],
        series: [{ name: 'Werkdruk', values: [3, null, 4] }],
      },
      'nl-NL',
    ) as { series: { data: unknown[] }[]; tooltip: { renderMode: string } };
    expect(option.series[0].data).toEqual([3, '-', 4]);
    expect(option.tooltip.renderMode).toBe('richText');
    // A scale's line keeps the scale's ends on its axis.
    const scaled = echartsOption(
      {
        kind: 'line',
        title: 'Trend',
        categoryHeader: 'Ronde',
        categories: ['1', '2'],
        series: [{ name: 'Werkdruk', values: [3, 4] }],
        min: 1,
        max: 5,
      },
      'nl-NL',
    ) as { yAxis: { min: number; max: number } };
    expect(scaled.yAxis).toMatchObject({ min: 1, max: 5 });
  });

  it("prints a line's missing value in the table with the text given (a withheld point says so), '–' without one", () => {
    const spec = {
      kind: 'line' as const,
      title: 'Trend',
      categoryHeader: 'Ronde',
      categories: ['1', '2'],
      series: [{ name: 'Werkdruk', values: [3.5, null] }],
      decimals: 1,
    };
    expect(chartTable(spec, 'nl-NL').rows.map((r) => r.cells)).toEqual([
      ['3,5'],
      ['–'],
    ]);
    expect(
      chartTable({ ...spec, emptyLabel: 'afgeschermd' }, 'nl-NL').rows.map(
        (r) => r.cells,
      ),
    ).toEqual([['3,5'], ['afgeschermd']]);
  });

  it('puts whole-number ticks on an axis of counts, and leaves finer ticks to values with decimals', () => {
    const bars = (decimals?: number) =>
      echartsOption(
        {
          kind: 'bar',
          title: 'Trajecten per fase',
          categoryHeader: 'Fase',
          categories: ['Verkennen'],
          series: [{ name: 'Trajecten', values: [2] }],
          decimals,
        },
        'nl-NL',
      ) as { yAxis: { minInterval?: number } };
    expect(bars().yAxis.minInterval).toBe(1);
    expect(bars(1).yAxis.minInterval).toBeUndefined();
  });

  it('gives each row of a long horizontal bar chart room', () => {
    const categories = Array.from({ length: 20 }, (_, i) => `Afdeling ${i}`);
    expect(
      chartHeight({
        kind: 'bar',
        horizontal: true,
        title: '',
        categoryHeader: '',
        categories,
        series: [{ name: 'n', values: categories.map(() => 1) }],
      }),
    ).toBeGreaterThanOrEqual(20 * 24);
  });
});
