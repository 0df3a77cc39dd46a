import { Role } from '@inspraak/domain';
import {
  bootMailingWorker,
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  MailingWorker,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import {
  answer,
  createSurvey,
  departmentsAudience,
  sendAndCollectTokens,
  submitByToken,
} from './survey-fixtures';

interface Summary {
  answered: number;
  mean: number | null;
  agreePercentage: number | null;
  enps: number | null;
  distribution: { value: string; count: number }[];
}
interface Results {
  respondents: number | null;
  hiddenGroups: number;
  units: { key: string; label: string; respondents: number }[];
  filterOptions: { dimension: string; unitKey: string; label: string }[];
  questions: {
    key: string;
    kind: string;
    overall: Summary | null;
    byUnit: { unitKey: string; withheld: boolean; summary: Summary | null }[];
  }[];
  trend: {
    surveyId: string;
    run: number;
    status: string;
    points: {
      questionKey: string;
      withheld: boolean;
      summary: Summary | null;
    }[];
  }[];
}

const SUMMARY =
  'answered mean agreePercentage enps distribution { value count }';
const RESULT_FIELDS = `respondents hiddenGroups units { key label respondents } filterOptions { dimension unitKey label } questions { key kind overall { ${SUMMARY} } byUnit { unitKey withheld summary { ${SUMMARY} } } } trend { surveyId run status points { questionKey withheld summary { ${SUMMARY} } } }`;

/**
 * The survey charts (issue 15): the question × department heatmap reads the
 * per-unit figures the survey publishes, the trend each run's own published
 * overall figures, and a cell the anonymity rules withhold is marked
 * withheld — never an empty or zero figure — in every view, release and run.
 *
 * Threshold 5; departments Aalsmeer 7, Breda 6, Cuijk 6 (units of their own).
 * Run 1: everyone answers the agreement question; the optional 0–10 question
 * all of Aalsmeer and Breda, but only 3 in Cuijk: Cuijk's cell is withheld,
 * and Breda's with it (complementary suppression: overall minus Aalsmeer
 * would otherwise be Breda + Cuijk, and overall minus Aalsmeer and Breda
 * would be Cuijk's 3). Run 2: only 4 answer the 0–10 question in all.
 * Run 3 runs with 3 answers, nothing released yet.
 */
describe('survey charts: heatmap and trend show only what the survey publishes', () => {
  let testApp: TestApp;
  let mailing: MailingWorker;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;
  const departments: Record<string, string> = {};
  /** E-mail address → department name and position in it. */
  const people = new Map<string, { department: string; n: number }>();
  const runs: string[] = [];

  async function view(
    id: string,
    v: { breakdown?: string; unit?: string } = {},
  ): Promise<Results> {
    const response = await hr.request<{ surveyResults: Results }>(
      `query($id: ID!, $b: String, $d: String, $u: String) { surveyResults(id: $id, breakdown: $b, filterDimension: $d, filterUnit: $u) { ${RESULT_FIELDS} } }`,
      {
        id,
        b: v.breakdown ?? null,
        d: v.unit ? 'DEPARTMENT' : null,
        u: v.unit ?? null,
      },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.surveyResults;
  }

  /** Publishes a run and submits `answersOf` for everyone who gets answers. */
  async function answered(
    id: string,
    answersOf: (
      department: string,
      n: number,
    ) => ReturnType<typeof answer>[] | null,
  ) {
    const published = await hr.request(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id },
    );
    if (!published.data) throw new Error(JSON.stringify(published.errors));
    const tokens = await sendAndCollectTokens(
      testApp,
      mailing,
      organisation.id,
      id,
    );
    for (const [email, token] of tokens) {
      const person = people.get(email);
      const answers = person && answersOf(person.department, person.n);
      if (!answers) continue;
      const submitted = await submitByToken(
        new GraphqlCaller(testApp.url),
        token,
        answers,
      );
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
    }
  }

  const close = (id: string) =>
    hr.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', { id });

  const nextRun = async (id: string) => {
    const response = await hr.request<{ newSurveyVersion: { id: string } }>(
      'mutation($id: ID!) { newSurveyVersion(id: $id) { id } }',
      { id },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.newSurveyVersion.id;
  };

  /** Every question summary any view of a run publishes: the whole, no breakdown, and each unit alone. */
  async function everySummaryPublished(id: string): Promise<unknown[]> {
    const main = await view(id);
    const views = [main, await view(id, { breakdown: 'NONE' })];
    for (const option of main.filterOptions)
      views.push(await view(id, { unit: option.unitKey }));
    return views.flatMap((v) =>
      v.questions.flatMap((q) => [
        q.overall,
        ...q.byUnit.map((cell) => cell.summary),
      ]),
    );
  }

  beforeAll(async () => {
    testApp = await bootTestApp();
    mailing = await bootMailingWorker();
    organisation = await createOrganisation(testApp.dataSource, 'charts');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
    for (const [name, size] of [
      ['Aalsmeer', 7],
      ['Breda', 6],
      ['Cuijk', 6],
    ] as const) {
      departments[name] = await createDepartment(hr, name);
      for (let n = 0; n < size; n++)
        people.set(
          (await createEmployee(hr, { departmentId: departments[name] })).email,
          { department: name, n },
        );
    }
    const audience = departmentsAudience(
      departments['Aalsmeer']!,
      departments['Breda']!,
      departments['Cuijk']!,
    );
    runs.push((await createSurvey(hr, { audience })).id);
    await answered(runs[0]!, (department, n) => [
      answer('mood', department === 'Aalsmeer' ? 5 : 2 + (n % 3)),
      ...(department !== 'Cuijk' || n < 3
        ? [answer('enps', department === 'Cuijk' ? 0 : 8)]
        : []),
    ]);
    await close(runs[0]!);
    runs.push(await nextRun(runs[0]!));
    await answered(runs[1]!, (department, n) => [
      answer('mood', 4),
      ...(department === 'Aalsmeer' && n < 4 ? [answer('enps', 9)] : []),
    ]);
    await close(runs[1]!);
    runs.push(await nextRun(runs[1]!));
    await answered(runs[2]!, (department, n) =>
      department === 'Breda' && n < 3 ? [answer('mood', 1)] : null,
    );
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });

  it('marks a heatmap cell withheld exactly where the survey publishes no figure, and every shown cell is a published figure', async () => {
    const results = await view(runs[0]!);
    const unitOf = new Map(
      results.filterOptions.map((o) => [o.label, o.unitKey]),
    );
    const cell = (question: string, department: string) =>
      results.questions
        .find((q) => q.key === question)!
        .byUnit.find((c) => c.unitKey === unitOf.get(department))!;
    expect(results.units.map((u) => u.label).sort()).toEqual([
      'Aalsmeer',
      'Breda',
      'Cuijk',
    ]);
    // Every unit shows the agreement question; the 0–10 question only for Aalsmeer.
    for (const department of ['Aalsmeer', 'Breda', 'Cuijk'])
      expect(cell('mood', department).withheld).toBe(false);
    expect(cell('mood', 'Aalsmeer').summary!.mean).toBe(5);
    expect(cell('enps', 'Aalsmeer')).toEqual({
      unitKey: unitOf.get('Aalsmeer'),
      withheld: false,
      summary: expect.objectContaining({ answered: 7, mean: 8 }),
    });
    for (const department of ['Breda', 'Cuijk'])
      expect(cell('enps', department)).toEqual({
        unitKey: unitOf.get(department),
        withheld: true,
        summary: null,
      });
    // A cell is withheld if and only if it has no figure: never an empty or zero one.
    for (const question of results.questions)
      for (const unit of question.byUnit)
        expect(unit.withheld).toBe(unit.summary === null);

    // Each shown cell is what the unit's own view publishes, and a withheld one stays withheld there.
    const published = await everySummaryPublished(runs[0]!);
    for (const question of results.questions)
      for (const unit of question.byUnit) {
        const alone = await view(runs[0]!, { unit: unit.unitKey });
        expect(
          alone.questions.find((q) => q.key === question.key)!.overall,
        ).toEqual(unit.summary);
        if (unit.summary) expect(published).toContainEqual(unit.summary);
      }
  });

  it('leaves nothing to subtract: the whole minus the shown cells is never a withheld group under the threshold', async () => {
    const results = await view(runs[0]!);
    const overall = await view(runs[0]!, { breakdown: 'NONE' });
    for (const question of results.questions) {
      const whole = overall.questions.find(
        (q) => q.key === question.key,
      )!.overall;
      if (!whole) continue;
      const withheld = question.byUnit.filter((c) => c.withheld);
      const shownAnswered = question.byUnit
        .filter((c) => !c.withheld)
        .reduce((sum, c) => sum + c.summary!.answered, 0);
      const rest = whole.answered - shownAnswered;
      // Zero, or at least the threshold: never Cuijk's 3 on their own.
      expect(rest === 0 || rest >= 5).toBe(true);
      if (withheld.length > 0) expect(withheld.length).toBeGreaterThan(1);
    }
    const enps = results.questions.find((q) => q.key === 'enps')!;
    const whole = overall.questions.find((q) => q.key === 'enps')!.overall!;
    expect(whole.answered).toBe(16);
    expect(
      whole.answered -
        enps.byUnit
          .filter((c) => !c.withheld)
          .reduce((s, c) => s + c.summary!.answered, 0),
    ).toBe(9);
    // The later runs publish no unit figures of run 1 either: a run's page shows only its own units.
    const second = await view(runs[1]!);
    expect(second.questions.flatMap((q) => q.byUnit).length).toBeGreaterThan(0);
    for (const question of second.questions)
      for (const unit of question.byUnit)
        expect(unit.withheld).toBe(unit.summary === null);
  });

  it("draws the trend from each run's own published overall figures, withheld where a run publishes none", async () => {
    const first = await view(runs[0]!, { breakdown: 'NONE' });
    const second = await view(runs[1]!, { breakdown: 'NONE' });
    const { trend } = await view(runs[1]!);
    expect(trend.map((r) => [r.surveyId, r.run, r.status])).toEqual([
      [runs[0], 1, 'CLOSED'],
      [runs[1], 2, 'CLOSED'],
    ]);
    for (const [index, own] of [first, second].entries())
      for (const point of trend[index]!.points) {
        const question = own.questions.find((q) => q.key === point.questionKey);
        expect(point.summary).toEqual(question?.overall ?? null);
        expect(point.withheld).toBe(point.summary === null);
      }
    const enps = (run: number) =>
      trend[run]!.points.find((p) => p.questionKey === 'enps')!;
    expect(enps(0)).toEqual({
      questionKey: 'enps',
      withheld: false,
      summary: expect.objectContaining({ answered: 16 }),
    });
    // Run 2: only 4 answered the 0–10 question in all, so its point is withheld, not zero.
    expect(enps(1)).toEqual({
      questionKey: 'enps',
      withheld: true,
      summary: null,
    });
    // Every point is a figure the run publishes itself, in one of its views.
    for (const [index, id] of runs.slice(0, 2).entries()) {
      const published = await everySummaryPublished(id);
      for (const point of trend[index]!.points)
        if (point.summary) expect(published).toContainEqual(point.summary);
    }
    // A run's page keeps its trend when later runs come: run 1 shows run 1 only.
    expect((await view(runs[0]!)).trend.map((r) => r.run)).toEqual([1]);
    // A filtered view (one unit) has no trend: units differ from run to run.
    const unit = (await view(runs[1]!)).filterOptions[0]!.unitKey;
    expect((await view(runs[1]!, { unit })).trend).toEqual([]);
  });

  it('shows a running run in the trend only with what it released: three answers, nothing, and the closed runs unchanged', async () => {
    const { trend, respondents } = await view(runs[2]!);
    expect(respondents).toBeNull();
    expect(trend.map((r) => [r.run, r.status])).toEqual([
      [1, 'CLOSED'],
      [2, 'CLOSED'],
      [3, 'PUBLISHED'],
    ]);
    for (const point of trend[2]!.points) {
      expect(point.withheld).toBe(true);
      expect(point.summary).toBeNull();
    }
    // The earlier runs' points are what their own pages publish, read again now.
    const before = (await view(runs[1]!)).trend;
    expect(trend.slice(0, 2)).toEqual(before);
  });
});
