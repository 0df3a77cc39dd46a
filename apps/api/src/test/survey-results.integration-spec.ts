import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Role } from '@inspraak/domain';
import { SurveyInbox } from '@inspraak/api-surveys';
import {
  bootTestApp,
  bootMailingWorker,
  MailingWorker,
  callersFor,
  createOrganisation,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import {
  answer,
  createSurvey,
  sendAndCollectTokens,
  submitByToken,
  departmentsAudience,
} from './survey-fixtures';
import { createTrajectory } from './trajectory-fixtures';

interface Summary {
  answered: number;
  mean: number | null;
  distribution: { value: string; count: number }[];
}
interface Results {
  reportBy: string;
  breakdown: string;
  respondents: number | null;
  invited: number;
  responseRate: number | null;
  hiddenGroups: number;
  units: { key: string; label: string; respondents: number; invited: number }[];
  filterOptions: { dimension: string; unitKey: string; label: string }[];
  questions: {
    key: string;
    overall: Summary | null;
    byUnit: { unitKey: string; summary: Summary | null }[];
    texts: string[];
  }[];
  textsShown: boolean;
}
const RESULT_FIELDS =
  'reportBy breakdown respondents invited responseRate hiddenGroups textsShown units { key label respondents invited } filterOptions { dimension unitKey label } questions { key overall { answered mean distribution { value count } } byUnit { unitKey summary { answered mean distribution { value count } } } texts }';

type Filter = { dimension: string; unitKey: string };

/** A survey's results in one view (breakdown, optional filter), as HR reads them. */
async function resultsOf(
  caller: GraphqlCaller,
  surveyId: string,
  breakdown: string,
  filter?: Filter,
): Promise<Results> {
  const response = await caller.request<{ surveyResults: Results }>(
    `query($id: ID!, $b: String!, $d: String, $u: String) { surveyResults(id: $id, breakdown: $b, filterDimension: $d, filterUnit: $u) { ${RESULT_FIELDS} } }`,
    {
      id: surveyId,
      b: breakdown,
      d: filter?.dimension ?? null,
      u: filter?.unitKey ?? null,
    },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.surveyResults;
}

/**
 * One organisation, 18 respondents (threshold 5):
 *   Logistiek 6 (Zwolle 4, Deventer 2), its sub-department Magazijn 2 (Zwolle),
 *   Inkoop 7 (Zwolle 5, Deventer 2), Juridisch 3 (Deventer).
 * Magazijn rolls up into Logistiek (8); Juridisch (3) is too small alone, so
 * the smallest unit, Inkoop (7), joins it in "Overige" (10).
 */
describe('survey results: live, suppressed, exported as shown', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let mailing: MailingWorker;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;
  let surveyId: string;
  const departments: Record<string, string> = {};

  /**
   * Creates the people (department, location, how many), publishes a survey
   * to everyone of the organisation, answers each person's link with
   * `answersOf(department, location, n-th person)` and closes it (every
   * answer moves into the results).
   */
  async function surveyAnswered(
    org: TestOrganisation,
    author: GraphqlCaller,
    people: [string, string, number][],
    departmentIds: Record<string, string>,
    answersOf: (
      department: string,
      location: string,
      n: number,
    ) => ReturnType<typeof answer>[],
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    const personOf = new Map<string, [string, string, number]>();
    for (const [department, location, count] of people)
      for (let n = 0; n < count; n++)
        personOf.set(
          (
            await createEmployee(author, {
              departmentId: departmentIds[department],
              location,
            })
          ).email,
          [department, location, n],
        );
    const id = (await createSurvey(author, overrides, {})).id;
    await author.request(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      {
        id,
      },
    );
    const tokens = await sendAndCollectTokens(testApp, mailing, org.id, id);
    for (const [email, token] of tokens) {
      const person = personOf.get(email);
      if (!person) continue;
      const submitted = await submitByToken(
        new GraphqlCaller(testApp.url),
        token,
        answersOf(...person),
      );
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
    }
    // Units are published once the survey is closed, with every answer in.
    await author.request('mutation($id: ID!) { closeSurvey(id: $id) { id } }', {
      id,
    });
    return id;
  }

  beforeAll(async () => {
    testApp = await bootTestApp();
    mailing = await bootMailingWorker();
    worker = mailing.worker;
    organisation = await createOrganisation(testApp.dataSource, 'results');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
    departments['Logistiek'] = await createDepartment(hr, 'Logistiek');
    departments['Magazijn'] = await createDepartment(
      hr,
      'Magazijn',
      departments['Logistiek'],
    );
    departments['Inkoop'] = await createDepartment(hr, 'Inkoop');
    departments['Juridisch'] = await createDepartment(hr, 'Juridisch');
    // Mood: Juridisch answers 1, Inkoop 3, Logistiek and Magazijn 5. The eNPS question only Juridisch answers.
    const mood: Record<string, number> = {
      Juridisch: 1,
      Inkoop: 3,
      Logistiek: 5,
      Magazijn: 5,
    };
    surveyId = await surveyAnswered(
      organisation,
      hr,
      [
        ['Logistiek', 'Zwolle', 4],
        ['Logistiek', 'Deventer', 2],
        ['Magazijn', 'Zwolle', 2],
        ['Inkoop', 'Zwolle', 5],
        ['Inkoop', 'Deventer', 2],
        ['Juridisch', 'Deventer', 3],
      ],
      departments,
      (department, location, n) => [
        answer('mood', mood[department]!),
        ...(department === 'Juridisch'
          ? [answer('enps', 2), answer('remark', 'Te weinig juristen')]
          : []),
        ...(department === 'Logistiek'
          ? [answer('remark', `Logistiek ${location} ${n}`)]
          : []),
      ],
    );
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });

  const results = (breakdown: string, filter?: Filter) =>
    resultsOf(hr, surveyId, breakdown, filter);

  it('rolls small departments up into their parent and hides what a total would reveal', async () => {
    const view = await results('DEPARTMENT');
    expect(view.respondents).toBe(18);
    expect(view.responseRate).toBe(100);
    // Units are formed from the audience (the invited), in the department tree's order, "Overige" last.
    expect(view.units.map((u) => [u.label, u.invited, u.respondents])).toEqual([
      ['Logistiek, Magazijn', 8, 8],
      ['Overige', 10, 10],
    ]);
    const mood = view.questions.find((q) => q.key === 'mood')!;
    expect(mood.overall!.mean).toBe(
      Math.round(((3 * 7 + 1 * 3 + 5 * 8) / 18) * 10) / 10,
    );
    expect(mood.byUnit.map((u) => u.summary?.mean)).toEqual([
      5,
      Math.round(((3 * 7 + 1 * 3) / 10) * 10) / 10,
    ]);
    // Juridisch's own mean (1) appears nowhere.
    expect(JSON.stringify(view)).not.toContain('Juridisch"');
  });

  it('never shows answers of a group under the threshold: not for a question few answered, not their open answers', async () => {
    const view = await results('DEPARTMENT');
    const enps = view.questions.find((q) => q.key === 'enps')!;
    // Only the three in Juridisch answered: nothing at all is shown.
    expect(enps.overall).toBeNull();
    expect(enps.byUnit.every((u) => u.summary === null)).toBe(true);
    const remark = view.questions.find((q) => q.key === 'remark')!;
    // 3 + 6 = 9 open answers overall: listed, alphabetically.
    expect(remark.texts).toHaveLength(9);
    expect(remark.texts).toEqual(
      [...remark.texts].sort((a, b) => a.localeCompare(b, 'nl')),
    );
    const logistiek = view.filterOptions.find(
      (f) => f.dimension === 'DEPARTMENT' && f.label.startsWith('Logistiek'),
    )!;
    // Filtered on either unit: Overige has 3 remarks, so neither list is shown — Logistiek's 6 next to all 9 would single out Overige's 3.
    const overige = view.filterOptions.find(
      (f) => f.dimension === 'DEPARTMENT' && f.label === 'Overige',
    )!;
    expect(
      (await results('NONE', overige)).questions.find(
        (q) => q.key === 'remark',
      )!.texts,
    ).toEqual([]);
    expect(
      (await results('NONE', logistiek)).questions.find(
        (q) => q.key === 'remark',
      )!.texts,
    ).toEqual([]);
    // Filtered on Logistiek, the agreement question (8 answered there, 10 elsewhere) is shown.
    expect(
      (await results('NONE', logistiek)).questions.find(
        (q) => q.key === 'mood',
      )!.overall,
    ).toMatchObject({ answered: 8, mean: 5 });
  });

  it("offers the survey's one dimension only: no other breakdown, no filter across dimensions", async () => {
    const view = await results('DEPARTMENT');
    expect(view.reportBy).toBe('DEPARTMENT');
    expect(view.filterOptions.every((f) => f.dimension === 'DEPARTMENT')).toBe(
      true,
    );
    const refused = async (breakdown: string, filter?: Filter) =>
      errorReason(
        await hr.request(
          'query($id: ID!, $b: String, $d: String, $u: String) { surveyResults(id: $id, breakdown: $b, filterDimension: $d, filterUnit: $u) { respondents } }',
          {
            id: surveyId,
            b: breakdown,
            d: filter?.dimension ?? null,
            u: filter?.unitKey ?? null,
          },
        ),
      );
    expect(await refused('LOCATION')).toBe('BREAKDOWN_NOT_OFFERED');
    expect(
      await refused('NONE', { dimension: 'LOCATION', unitKey: 'Zwolle' }),
    ).toBe('BREAKDOWN_NOT_OFFERED');
    expect(
      await refused('DEPARTMENT', {
        dimension: 'DEPARTMENT',
        unitKey: view.filterOptions[0]!.unitKey,
      }),
    ).toBe('FILTER_WITH_BREAKDOWN');
    expect(
      await refused('NONE', { dimension: 'DEPARTMENT', unitKey: 'nope' }),
    ).toBe('UNKNOWN_FILTER');
  });

  it('exports exactly what the screen shows, as CSV and XLSX', async () => {
    const view = await results('DEPARTMENT');
    const csv = (
      await hr.request<{ surveyResultsCsv: string }>(
        'query($id: ID!) { surveyResultsCsv(id: $id, breakdown: "DEPARTMENT") }',
        { id: surveyId },
      )
    ).data!.surveyResultsCsv;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // First the response, as on the screen (everyone, then each unit shown), then the questions.
    expect(lines.slice(0, 6)).toEqual([
      'Groep;Uitgenodigd;Respondenten;Respons (%)',
      'Iedereen;18;18;100',
      ...view.units.map((u) => `${u.label};${u.invited};${u.respondents};100`),
      '',
      'Vraag;Soort;Groep;Beantwoord;Gemiddelde;Eens (%);eNPS;Verdeling',
    ]);
    expect(view.units.map((u) => u.label)).toEqual([
      'Logistiek, Magazijn',
      'Overige',
    ]);
    const mood = view.questions.find((q) => q.key === 'mood')!;
    const dutch = (n: number) => String(n).replace('.', ',');
    const labels = [
      'Helemaal oneens',
      'Oneens',
      'Neutraal',
      'Eens',
      'Helemaal eens',
    ];
    const distribution = (d: { value: string; count: number }[]) =>
      d.map((x) => `${labels[Number(x.value) - 1]}: ${x.count}`).join(', ');
    expect(lines).toContain(
      `Ik werk hier met plezier.;Eens/oneens (5 punten);Iedereen;18;${dutch(mood.overall!.mean!)};${Math.round((8 / 18) * 100)};;${distribution(mood.overall!.distribution)}`,
    );
    expect(lines).toContain(
      `Ik werk hier met plezier.;Eens/oneens (5 punten);Overige;10;${dutch(mood.byUnit[1]!.summary!.mean!)};0;;Helemaal oneens: 3, Oneens: 0, Neutraal: 7, Eens: 0, Helemaal eens: 0`,
    );
    expect(lines).toContain(
      'Zou je ons aanbevelen?;Schaal 0–10;Iedereen;minder dan 5;;;;',
    );
    expect(csv).not.toContain('Juridisch');
    expect(csv).not.toContain('AGREEMENT_5');

    const xlsx = (
      await hr.request<{ surveyResultsXlsx: string }>(
        'query($id: ID!) { surveyResultsXlsx(id: $id, breakdown: "DEPARTMENT") }',
        { id: surveyId },
      )
    ).data!.surveyResultsXlsx;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(xlsx, 'base64') as unknown as ExcelJS.Buffer,
    );
    // One sheet per view, the same figures as the screen, numbers as numbers.
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Respons',
      'Iedereen',
      'Per afdeling',
      'Antwoorden',
      'Open antwoorden',
    ]);
    const values = (sheet: string) =>
      workbook
        .getWorksheet(sheet)!
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1));
    expect(values('Respons')).toEqual([
      ['Groep', 'Uitgenodigd', 'Respondenten', 'Respons (%)'],
      ['Iedereen', 18, 18, 100],
      ...view.units.map((u) => [u.label, u.invited, u.respondents, 100]),
    ]);
    expect(values('Per afdeling')).toContainEqual([
      'Ik werk hier met plezier.',
      'Overige',
      10,
      mood.byUnit[1]!.summary!.mean,
      0,
    ]);
    expect(
      JSON.stringify(workbook.worksheets.map((s) => s.getSheetValues())),
    ).not.toContain('Juridisch');
  });

  it('freezes a snapshot with a hash anyone can check, attached to a trajectory', async () => {
    const trajectory = await createTrajectory(
      (await callersFor(testApp.url, organisation))[Role.ADVISEUR],
    );
    const snapshot = (
      await hr.request<{
        snapshotSurveyResults: {
          id: string;
          content: string;
          contentHash: string;
          trajectoryId: string;
        };
      }>(
        'mutation($id: ID!, $t: ID) { snapshotSurveyResults(id: $id, trajectoryId: $t) { id content contentHash trajectoryId } }',
        { id: surveyId, t: trajectory.id },
      )
    ).data!.snapshotSurveyResults;
    expect(snapshot.trajectoryId).toBe(trajectory.id);
    expect(createHash('sha256').update(snapshot.content).digest('hex')).toBe(
      snapshot.contentHash,
    );
    expect(JSON.parse(snapshot.content).results.respondents).toBe(18);
    const listed = (
      await hr.request<{ surveyResultSnapshots: { id: string }[] }>(
        'query($id: ID!) { surveyResultSnapshots(id: $id) { id } }',
        { id: surveyId },
      )
    ).data!.surveyResultSnapshots;
    expect(listed.map((s) => s.id)).toEqual([snapshot.id]);
  });

  it('shows nothing while fewer than the threshold answered, not even how many did', async () => {
    const small = await createDepartment(hr, 'Klein');
    await createEmployee(hr, { departmentId: small });
    const { id } = await createSurvey(hr, {
      audience: departmentsAudience(small),
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    const [token] = [
      ...(
        await sendAndCollectTokens(testApp, mailing, organisation.id, id)
      ).values(),
    ];
    expect(
      (
        await submitByToken(new GraphqlCaller(testApp.url), token!, [
          answer('mood', 4),
        ])
      ).data,
    ).toBeTruthy();
    await worker.get(SurveyInbox).releaseAll(organisation.id, id);
    const view = await resultsOf(hr, id, 'DEPARTMENT');
    expect(view).toMatchObject({
      invited: 1,
      respondents: null,
      responseRate: null,
      units: [],
      filterOptions: [],
    });
    expect(view.questions.every((q) => q.overall === null)).toBe(true);
    // The survey's own count says "fewer than the threshold" too (null), while the invitations are counted.
    const counts = (
      await hr.request<{
        survey: { responseCount: number | null; invitedCount: number };
      }>('query($id: ID!) { survey(id: $id) { responseCount invitedCount } }', {
        id,
      })
    ).data!.survey;
    expect(counts).toEqual({ responseCount: null, invitedCount: 1 });
    expect(
      (
        await hr.request<{ survey: { responseCount: number | null } }>(
          'query($id: ID!) { survey(id: $id) { responseCount } }',
          { id: surveyId },
        )
      ).data!.survey.responseCount,
    ).toBe(18);
  });

  it('breaks a survey reported by location down by location, with units from the audience and open answers per unit', async () => {
    // Zorg 10 in Zwolle; Facilitair 8 in Kampen and 1 in Zwolle; 3 in Deventer (Zorg).
    const org = await createOrganisation(testApp.dataSource, 'by-location');
    const author = (await callersFor(testApp.url, org))[Role.HR];
    const ids = {
      Zorg: await createDepartment(author, 'Zorg'),
      Facilitair: await createDepartment(author, 'Facilitair'),
    };
    const id = await surveyAnswered(
      org,
      author,
      [
        ['Zorg', 'Zwolle', 10],
        ['Zorg', 'Deventer', 3],
        ['Facilitair', 'Zwolle', 1],
        ['Facilitair', 'Kampen', 8],
      ],
      ids,
      (department, location, n) => [
        answer('mood', location === 'Kampen' ? 5 : 3),
        answer('remark', `${location}, opmerking ${n}`),
      ],
      { reportBy: 'LOCATION' },
    );
    const view = await resultsOf(author, id, 'LOCATION');
    expect(view.reportBy).toBe('LOCATION');
    // Deventer (3 invited) is too small: with the smallest other unit (Kampen, 8) it forms "Overige".
    expect(view.units.map((u) => [u.label, u.invited, u.respondents])).toEqual([
      ['Zwolle', 11, 11],
      ['Overige', 11, 11],
    ]);
    expect(
      errorReason(
        await author.request(
          'query($id: ID!) { surveyResults(id: $id, breakdown: "DEPARTMENT") { respondents } }',
          { id },
        ),
      ),
    ).toBe('BREAKDOWN_NOT_OFFERED');
    const zwolle = await resultsOf(author, id, 'NONE', {
      dimension: 'LOCATION',
      unitKey: 'Zwolle',
    });
    const remarks = zwolle.questions.find((q) => q.key === 'remark')!.texts;
    expect(remarks).toHaveLength(11);
    expect(remarks.every((t) => t.startsWith('Zwolle,'))).toBe(true);
    expect(JSON.stringify(view)).not.toContain('Kampen"');
  });
});
