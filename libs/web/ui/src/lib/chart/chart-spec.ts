/**
 * What a chart shows, independent of the chart library: the same description
 * draws the chart (ECharts, see chart.ts) and its table alternative, so the
 * two can never disagree. Every text is already translated by the caller.
 */

/** One named row of values, one value per category; `null` is "no figure" (shown as such). */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
}

interface ChartBase {
  /** The chart's caption, also the table's caption. */
  title: string;
  /** How values print: a number, or a percentage (values are 0–100). */
  unit?: 'number' | 'percent';
  /** Digits after the decimal separator (default 0). */
  decimals?: number;
}

/** Bars per category (e.g. answers per option, participants per department). */
export interface BarChartSpec extends ChartBase {
  kind: 'bar';
  categories: readonly string[];
  /** The heading of the categories' column in the table. */
  categoryHeader: string;
  series: readonly ChartSeries[];
  /** Bars grow sideways: better for long category names and on a phone. */
  horizontal?: boolean;
  /** Series stack on one bar (parts of a whole) instead of standing side by side. */
  stacked?: boolean;
  /** The table's text for a missing value (`null`), e.g. "afgeschermd"; "–" when not given. */
  emptyLabel?: string;
}

/** A line per series over ordered categories (e.g. a survey's runs). */
export interface LineChartSpec extends ChartBase {
  kind: 'line';
  categories: readonly string[];
  /** The heading of the categories' column in the table. */
  categoryHeader: string;
  series: readonly ChartSeries[];
  /** The table's text for a missing value (`null`), e.g. "afgeschermd" for a withheld point; "–" when not given. */
  emptyLabel?: string;
  /** The value axis' ends (e.g. 1 and 5 for a five-point scale); chosen from the values when not given. */
  min?: number;
  max?: number;
}

/** One cell of a heatmap: a value, no data, or withheld to protect respondents. */
export type HeatmapCell =
  | { value: number }
  | { value: null; suppressed: true }
  | { value: null; suppressed?: false };

/** Rows × columns coloured by value (e.g. question × department); withheld cells stay visibly withheld. */
export interface HeatmapChartSpec extends ChartBase {
  kind: 'heatmap';
  rows: readonly string[];
  columns: readonly string[];
  /** `cells[row][column]`. */
  cells: readonly (readonly HeatmapCell[])[];
  /** The colour scale's ends (e.g. 1 and 5 for a five-point scale). */
  min: number;
  max: number;
  /** Text for a withheld cell, e.g. "afgeschermd (te weinig antwoorden)". */
  suppressedLabel: string;
  /** Text for a cell without data. */
  emptyLabel: string;
  /** The heading of the row names' column in the table. */
  rowHeader: string;
}

export type ChartSpec = BarChartSpec | LineChartSpec | HeatmapChartSpec;

/** The table alternative: a header row and body rows of printed cells. */
export interface ChartTable {
  caption: string;
  header: readonly string[];
  rows: readonly { name: string; cells: readonly string[] }[];
}

/** Prints a value the way the chart's unit says, in the reader's locale. */
export function formatChartValue(
  value: number,
  spec: Pick<ChartBase, 'unit' | 'decimals'>,
  locale: string,
): string {
  const digits = spec.decimals ?? 0;
  const printed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return spec.unit === 'percent' ? `${printed}%` : printed;
}

/**
 * The table that says what the chart shows. Bar and line charts read as
 * one row per category with a column per series; a heatmap as its own grid.
 */
export function chartTable(
  spec: ChartSpec,
  locale: string,
  emptyLabel = '–',
): ChartTable {
  const print = (value: number | null) =>
    value === null
      ? spec.kind === 'heatmap'
        ? emptyLabel
        : (spec.emptyLabel ?? emptyLabel)
      : formatChartValue(value, spec, locale);
  if (spec.kind === 'heatmap') {
    return {
      caption: spec.title,
      header: [spec.rowHeader, ...spec.columns],
      rows: spec.rows.map((name, row) => ({
        name,
        cells: spec.columns.map((_, column) => {
          const cell = spec.cells[row]?.[column];
          if (!cell || cell.value === null)
            return cell && 'suppressed' in cell && cell.suppressed
              ? spec.suppressedLabel
              : spec.emptyLabel;
          return formatChartValue(cell.value, spec, locale);
        }),
      })),
    };
  }
  return {
    caption: spec.title,
    header: [spec.categoryHeader, ...spec.series.map((s) => s.name)],
    rows: spec.categories.map((name, index) => ({
      name,
      cells: spec.series.map((s) => print(s.values[index] ?? null)),
    })),
  };
}
