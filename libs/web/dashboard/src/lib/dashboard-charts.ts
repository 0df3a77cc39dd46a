import type { BarChartSpec } from '@inspraak/web-ui';
import type {
  DashboardSurveys,
  PhaseRow,
  Representation,
} from './dashboard-api';

/** Texts the charts need, already translated. */
export interface ChartTexts {
  title: string;
  categoryHeader: string;
  seriesName: string;
}

/** Running trajectories counted per phase, phases in their order. */
export function phaseChart(
  rows: readonly PhaseRow[],
  language: 'nl' | 'en',
  texts: ChartTexts,
): BarChartSpec {
  const phases = new Map<number, { name: string; count: number }>();
  for (const row of rows) {
    const entry = phases.get(row.phaseIndex) ?? {
      name: language === 'en' ? row.phaseEn : row.phaseNl,
      count: 0,
    };
    entry.count += 1;
    phases.set(row.phaseIndex, entry);
  }
  const ordered = [...phases.entries()].sort(([a], [b]) => a - b);
  return {
    kind: 'bar',
    title: texts.title,
    categoryHeader: texts.categoryHeader,
    categories: ordered.map(([, p]) => p.name),
    series: [
      { name: texts.seriesName, values: ordered.map(([, p]) => p.count) },
    ],
  };
}

/** Whether representation has anything to show: employees in the directory and someone in the pool. */
export function hasRepresentationData(rows: Representation): boolean {
  return (
    rows.some((r) => r.headcount > 0) && rows.some((r) => r.participants > 0)
  );
}

/** Participants as a percentage of each department's headcount (the pool service's figures). */
export function representationChart(
  rows: Representation,
  texts: ChartTexts & { noDepartment: string },
): BarChartSpec {
  return {
    kind: 'bar',
    title: texts.title,
    categoryHeader: texts.categoryHeader,
    unit: 'percent',
    decimals: 1,
    horizontal: true,
    categories: rows.map((r) => r.departmentName ?? texts.noDepartment),
    series: [
      {
        name: texts.seriesName,
        values: rows.map((r) =>
          r.share === null ? null : Math.round(r.share * 1000) / 10,
        ),
      },
    ],
  };
}

/** Response rate of the latest closed surveys; none where the results withhold it. */
export function responseChart(
  surveys: DashboardSurveys['latestClosed'],
  texts: ChartTexts,
): BarChartSpec {
  return {
    kind: 'bar',
    title: texts.title,
    categoryHeader: texts.categoryHeader,
    unit: 'percent',
    horizontal: true,
    categories: surveys.map((s) => s.title),
    series: [
      { name: texts.seriesName, values: surveys.map((s) => s.responseRate) },
    ],
  };
}
