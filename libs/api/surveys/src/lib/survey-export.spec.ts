import ExcelJS from 'exceljs';
import { resultRows, toCsv, toXlsx } from './survey-export';
import { SurveyResults } from './survey.models';

const summary = (
  mean: number | null,
  distribution: [string, number][],
  extra: Partial<{ agreePercentage: number; enps: number }> = {},
) => ({
  answered: distribution.reduce((s, [, n]) => s + n, 0),
  distribution: distribution.map(([value, count]) => ({ value, count })),
  mean,
  agreePercentage: extra.agreePercentage ?? null,
  enps: extra.enps ?? null,
  meanRanks: [],
});

const results = {
  surveyId: 's',
  title: 'Werkbeleving',
  threshold: 5,
  invited: 20,
  respondents: 12,
  responseRate: 60,
  reportBy: 'DEPARTMENT',
  breakdownShown: true,
  waitingForRelease: 0,
  nextReleaseAt: null,
  breakdown: 'DEPARTMENT',
  filter: null,
  units: [
    { key: 'u1', label: 'Logistiek', depth: 0, respondents: 7, invited: 10 },
    { key: 'u2', label: 'Overige', depth: 0, respondents: 5, invited: 10 },
  ],
  hiddenGroups: 0,
  questions: [
    {
      key: 'workload',
      kind: 'AGREEMENT_5',
      text: { nl: 'Ik kan mijn werk aan', en: 'I can cope with my work' },
      options: [],
      overall: summary(
        2.7,
        [
          ['1', 2],
          ['3', 5],
          ['5', 5],
        ],
        { agreePercentage: 42 },
      ),
      byUnit: [
        { unitKey: 'u1', summary: summary(2.5, [['3', 7]]) },
        { unitKey: 'u2', summary: null },
      ],
      texts: [],
      previous: null,
    },
    {
      key: 'focus',
      kind: 'MULTIPLE_CHOICE',
      text: { nl: 'Waar moeten we op letten?', en: 'What should we watch?' },
      options: [
        { key: 'workload', label: { nl: 'Werkdruk', en: 'Workload' } },
        { key: 'job', label: { nl: 'Baanzekerheid', en: 'Job security' } },
      ],
      overall: summary(null, [
        ['workload', 3],
        ['job', 1],
      ]),
      byUnit: [],
      texts: [],
      previous: null,
    },
  ],
  textsShown: true,
  filterOptions: [],
  previousRunId: null,
} as unknown as SurveyResults;

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('survey results as CSV', () => {
  it('opens in Dutch Excel: semicolons, decimal comma, labels instead of codes', () => {
    const csv = toCsv(resultRows(results, 'nl'), 'nl');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = lines(csv);
    expect(rows[0]).toBe('Groep;Uitgenodigd;Respondenten;Respons (%)');
    expect(rows).toContain(
      'Ik kan mijn werk aan;Eens/oneens (5 punten);Iedereen;12;2,7;42;;Helemaal oneens: 2, Neutraal: 5, Helemaal eens: 5',
    );
    expect(rows).toContain(
      'Ik kan mijn werk aan;Eens/oneens (5 punten);Overige;minder dan 5;;;;',
    );
    expect(rows).toContain(
      'Waar moeten we op letten?;Meerdere keuzes;Iedereen;4;;;;Werkdruk: 3, Baanzekerheid: 1',
    );
    expect(csv).not.toMatch(/AGREEMENT_5|workload:3|2\.7/);
  });

  it('opens in English Excel: commas and a decimal point', () => {
    const rows = lines(toCsv(resultRows(results, 'en'), 'en'));
    expect(rows[0]).toBe('Group,Invited,Respondents,Response rate (%)');
    expect(rows).toContain(
      'I can cope with my work,Agree/disagree (5 points),Everyone,12,2.7,42,,"Strongly disagree: 2, Neutral: 5, Strongly agree: 5"',
    );
  });

  it('keeps a text that a spreadsheet would run as a formula a text', () => {
    const csv = toCsv([['=SUM(A1)', -3, '-3']], 'nl');
    expect(lines(csv)[0]).toBe('"\'=SUM(A1)";-3;-3');
  });
});

describe('survey results as XLSX', () => {
  it('has one formatted sheet per view, with labels, bold headers, widths and numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an older Buffer.
    await workbook.xlsx.load(
      Buffer.from(await toXlsx(results, 'nl')) as unknown as ExcelJS.Buffer,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Respons',
      'Iedereen',
      'Per afdeling',
      'Antwoorden',
    ]);
    const overall = workbook.getWorksheet('Iedereen')!;
    expect(overall.getRow(1).values).toEqual([
      undefined,
      'Vraag',
      'Soort',
      'Beantwoord',
      'Gemiddelde',
      'Eens (%)',
      'eNPS',
    ]);
    expect(overall.getRow(1).font?.bold).toBe(true);
    expect(overall.getColumn(1).width).toBeGreaterThan(15);
    expect(overall.getRow(2).values).toEqual([
      undefined,
      'Ik kan mijn werk aan',
      'Eens/oneens (5 punten)',
      12,
      2.7,
      42,
    ]);
    const perUnit = workbook.getWorksheet('Per afdeling')!;
    expect(perUnit.getRow(3).values).toEqual([
      undefined,
      'Ik kan mijn werk aan',
      'Overige',
      'minder dan 5',
    ]);
    const answers = workbook.getWorksheet('Antwoorden')!;
    expect(answers.getRow(2).values).toEqual([
      undefined,
      'Ik kan mijn werk aan',
      'Helemaal oneens',
      2,
    ]);
    expect(answers.getRow(6).values).toEqual([
      undefined,
      'Waar moeten we op letten?',
      'Baanzekerheid',
      1,
    ]);
  });
});
