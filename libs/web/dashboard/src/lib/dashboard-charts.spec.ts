import {
  hasRepresentationData,
  phaseChart,
  representationChart,
  responseChart,
} from './dashboard-charts';

const texts = { title: 'T', categoryHeader: 'C', seriesName: 'S' };
const row = (phaseIndex: number, phaseNl: string) => ({
  trajectoryId: `t${phaseIndex}${phaseNl}`,
  title: 'x',
  phaseIndex,
  phaseNl,
  phaseEn: `${phaseNl} (en)`,
  daysInPhase: 3,
});

describe('dashboard charts', () => {
  it('counts trajectories per phase, phases in their order, in the reader’s language', () => {
    const rows = [row(2, 'Besluit'), row(0, 'Verkennen'), row(2, 'Besluit')];
    expect(phaseChart(rows, 'nl', texts)).toMatchObject({
      categories: ['Verkennen', 'Besluit'],
      series: [{ name: 'S', values: [1, 2] }],
    });
    expect(phaseChart(rows, 'en', texts).categories).toEqual([
      'Verkennen (en)',
      'Besluit (en)',
    ]);
  });

  it('shows representation as a percentage, with no figure where a department has no headcount', () => {
    const rows = [
      {
        departmentId: 'a',
        departmentName: 'Inkoop',
        headcount: 8,
        participants: 1,
        share: 0.125,
        underRepresented: false,
      },
      {
        departmentId: null,
        departmentName: null,
        headcount: 0,
        participants: 0,
        share: null,
        underRepresented: false,
      },
    ];
    expect(
      representationChart(rows, { ...texts, noDepartment: 'Zonder afdeling' }),
    ).toMatchObject({
      unit: 'percent',
      categories: ['Inkoop', 'Zonder afdeling'],
      series: [{ values: [12.5, null] }],
    });
    expect(hasRepresentationData(rows)).toBe(true);
  });

  it('has no representation data for an empty pool or an empty directory', () => {
    expect(hasRepresentationData([])).toBe(false);
    expect(
      hasRepresentationData([
        {
          departmentId: 'a',
          departmentName: 'A',
          headcount: 10,
          participants: 0,
          share: 0,
          underRepresented: false,
        },
      ]),
    ).toBe(false);
  });

  it('leaves a withheld response rate without a figure', () => {
    const closed = [
      {
        surveyId: 's1',
        title: 'Puls',
        closedAt: null,
        run: 1,
        invited: 10,
        respondents: 8,
        responseRate: 80,
        headline: null,
      },
      {
        surveyId: 's2',
        title: 'Klein',
        closedAt: null,
        run: 1,
        invited: 7,
        respondents: null,
        responseRate: null,
        headline: null,
      },
    ];
    expect(responseChart(closed, texts).series[0]!.values).toEqual([80, null]);
  });
});
