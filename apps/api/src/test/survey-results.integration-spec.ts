import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { strFromU8, unzipSync } from 'fflate';
import { OTHERS_UNIT, Role } from '@inspraak/domain';
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
  'breakdown respondents invited responseRate hiddenGroups textsShown units { key label respondents invited } filterOptions { dimension unitKey label } questions { key overall { answered mean distribution { value count } } byUnit { unitKey summary { answered mean distribution { value count } } } texts }';

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

/** Every view a reader can ask for: each breakdown, unfiltered and filtered on each unit of another dimension. */
async function everyView(
  caller: GraphqlCaller,
  surveyId: string,
): Promise<{ view: Results; filter?: Filter }[]> {
  const dimensions = ['DEPARTMENT', 'LOCATION', 'CONTRACT_TYPE'];
  const views: { view: Results; filter?: Filter }[] = [];
  for (const breakdown of dimensions) {
    const unfiltered = await resultsOf(caller, surveyId, breakdown);
    views.push({ view: unfiltered });
    for (const option of unfiltered.filterOptions)
      if (option.dimension !== breakdown)
        views.push({
          view: await resultsOf(caller, surveyId, breakdown, option),
          filter: option,
        });
  }
  return views;
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
   * `answersOf(department, location, n-th person)` and moves every answer
   * into the results, as closing would.
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
    const id = (await createSurvey(author, {}, {})).id;
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
    // Answers reach the results from the inbox in groups; move them all now, as closing would.
    await worker.get(SurveyInbox).releaseAll(org.id, id);
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
    expect(view.units.map((u) => [u.label, u.respondents])).toEqual([
      ['Overige', 10],
      ['Logistiek, Magazijn', 8],
    ]);
    const mood = view.questions.find((q) => q.key === 'mood')!;
    expect(mood.overall!.mean).toBe(
      Math.round(((3 * 7 + 1 * 3 + 5 * 8) / 18) * 10) / 10,
    );
    expect(mood.byUnit.map((u) => u.summary?.mean)).toEqual([
      Math.round(((3 * 7 + 1 * 3) / 10) * 10) / 10,
      5,
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

  it('gives a differencing attack across two filters nothing: department × location cells that would reveal two people stay hidden', async () => {
    const view = await results('LOCATION');
    expect(view.units.map((u) => [u.label, u.respondents])).toEqual([
      ['Zwolle', 11],
      ['Deventer', 7],
    ]);
    const logistiek = view.filterOptions.find(
      (f) => f.dimension === 'DEPARTMENT' && f.label.startsWith('Logistiek'),
    )!;
    const deventer = view.filterOptions.find(
      (f) => f.dimension === 'LOCATION' && f.unitKey === 'Deventer',
    )!;
    const zwolle = view.filterOptions.find(
      (f) => f.dimension === 'LOCATION' && f.unitKey === 'Zwolle',
    )!;
    // Naively, Logistiek × Zwolle (6) next to Logistiek (8) gives Logistiek × Deventer: 2 people.
    const byLocation = await results('LOCATION', logistiek);
    expect(byLocation.respondents).toBe(8);
    expect(byLocation.units).toEqual([]);
    const byDepartmentInDeventer = await results('DEPARTMENT', deventer);
    expect(byDepartmentInDeventer.units).toEqual([]);
    const byDepartmentInZwolle = await results('DEPARTMENT', zwolle);
    expect(byDepartmentInZwolle.units).toEqual([]);
    // Every number any view shows concerns at least five people.
    for (const v of [
      byLocation,
      byDepartmentInDeventer,
      byDepartmentInZwolle,
      await results('DEPARTMENT'),
      await results('LOCATION'),
      await results('CONTRACT_TYPE'),
    ]) {
      if (v.respondents !== null)
        expect(v.respondents).toBeGreaterThanOrEqual(5);
      for (const unit of v.units)
        expect(unit.respondents).toBeGreaterThanOrEqual(5);
      for (const question of v.questions) {
        if (question.overall)
          expect(question.overall.answered).toBeGreaterThanOrEqual(5);
        for (const unit of question.byUnit)
          if (unit.summary)
            expect(unit.summary.answered).toBeGreaterThanOrEqual(5);
      }
    }
    expect(
      errorReason(
        await hr.request(
          'query($id: ID!) { surveyResults(id: $id, breakdown: "DEPARTMENT", filterDimension: "DEPARTMENT", filterUnit: "x") { respondents } }',
          { id: surveyId },
        ),
      ),
    ).toBe('FILTER_IS_BREAKDOWN');
    expect(
      errorReason(
        await hr.request(
          'query($id: ID!) { surveyResults(id: $id, breakdown: "LOCATION", filterDimension: "DEPARTMENT", filterUnit: "nope") { respondents } }',
          { id: surveyId },
        ),
      ),
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
      'Overige',
      'Logistiek, Magazijn',
    ]);
    const mood = view.questions.find((q) => q.key === 'mood')!;
    expect(lines).toContain(
      `Ik werk hier met plezier.;AGREEMENT_5;Iedereen;18;${mood.overall!.mean};${Math.round((8 / 18) * 100)};;${mood.overall!.distribution.map((d) => `${d.value}:${d.count}`).join(' ')}`,
    );
    expect(lines).toContain(
      `Ik werk hier met plezier.;AGREEMENT_5;Overige;10;${mood.byUnit[0]!.summary!.mean};0;;1:3 2:0 3:7 4:0 5:0`,
    );
    expect(lines).toContain(
      'Zou je ons aanbevelen?;SCALE_0_10;Iedereen;minder dan 5;;;;',
    );
    expect(csv).not.toContain('Juridisch');

    const xlsx = (
      await hr.request<{ surveyResultsXlsx: string }>(
        'query($id: ID!) { surveyResultsXlsx(id: $id, breakdown: "DEPARTMENT") }',
        { id: surveyId },
      )
    ).data!.surveyResultsXlsx;
    const files = unzipSync(Buffer.from(xlsx, 'base64'));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const rows = [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map((m) =>
      [
        ...m[1]!.matchAll(
          /<c r="[A-Z]+\d+"(?: t="inlineStr")?>(?:<is><t xml:space="preserve">(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/g,
        ),
      ].map((c) => (c[1] ?? c[2])!.replace(/&amp;/g, '&')),
    );
    expect(rows.map((r) => r.join(';'))).toEqual(lines);
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

  /**
   * What a reader can count by combining every view: the respondents of each
   * view and of each group it shows, as sets of department × location cells,
   * subtracted from each other again and again. Returns the groups of one to
   * four people it can count.
   */
  async function smallGroupsAcrossViews(
    caller: GraphqlCaller,
    id: string,
    people: [string, string, number][],
    departmentIds: Record<string, string>,
  ): Promise<string[][]> {
    const cells = people.map(([d, l, n]) => ({
      department: departmentIds[d]!,
      location: l,
      count: n,
      name: `${d}×${l}`,
    }));
    const views = await everyView(caller, id);
    const keysOf = new Map<string, string[]>();
    for (const { view, filter } of views)
      if (!filter)
        keysOf.set(
          view.breakdown,
          view.units.map((u) => u.key),
        );
    const member = (dimension: string, key: string) => {
      const of = (cell: (typeof cells)[number], k: string) =>
        dimension === 'DEPARTMENT'
          ? cell.department === k
          : dimension === 'LOCATION'
            ? cell.location === k
            : k === '';
      return (cell: (typeof cells)[number]) =>
        key === OTHERS_UNIT
          ? !(keysOf.get(dimension) ?? []).some(
              (k) => k !== OTHERS_UNIT && of(cell, k),
            )
          : of(cell, key);
    };
    const facts: { cells: string[]; sum: number }[] = [];
    const learn = (
      pick: (cell: (typeof cells)[number]) => boolean,
      sum: number,
    ) =>
      facts.push({
        cells: cells
          .filter(pick)
          .map((c) => c.name)
          .sort(),
        sum,
      });
    for (const { view, filter } of views) {
      const inFilter = filter
        ? member(filter.dimension, filter.unitKey)
        : () => true;
      if (view.respondents !== null) learn(inFilter, view.respondents);
      for (const unit of view.units) {
        const inUnit = member(view.breakdown, unit.key);
        learn((c) => inFilter(c) && inUnit(c), unit.respondents);
      }
    }
    const known = new Map(facts.map((f) => [f.cells.join(','), f]));
    for (let progress = true; progress; ) {
      progress = false;
      for (const part of [...known.values()])
        for (const whole of [...known.values()]) {
          if (part.cells.length >= whole.cells.length) continue;
          if (!part.cells.every((c) => whole.cells.includes(c))) continue;
          const rest = whole.cells.filter((c) => !part.cells.includes(c));
          if (known.has(rest.join(','))) continue;
          known.set(rest.join(','), { cells: rest, sum: whole.sum - part.sum });
          progress = true;
        }
    }
    return [...known.values()]
      .filter((f) => f.sum > 0 && f.sum < 5)
      .map((f) => f.cells);
  }

  it("hides the same department × location cells filtered either way, so both filters together reveal no group under five (the audit's case)", async () => {
    // Zorg 18 (6 in each place), Welzijn 15 (6 Zwolle, 5 Deventer, 4 Kampen).
    const org = await createOrganisation(testApp.dataSource, 'cross');
    const author = (await callersFor(testApp.url, org))[Role.HR];
    const ids = {
      Zorg: await createDepartment(author, 'Zorg'),
      Welzijn: await createDepartment(author, 'Welzijn'),
    };
    const people: [string, string, number][] = [
      ['Zorg', 'Zwolle', 6],
      ['Zorg', 'Deventer', 6],
      ['Zorg', 'Kampen', 6],
      ['Welzijn', 'Zwolle', 6],
      ['Welzijn', 'Deventer', 5],
      ['Welzijn', 'Kampen', 4],
    ];
    const id = await surveyAnswered(org, author, people, ids, () => [
      answer('mood', 3),
    ]);
    expect(await smallGroupsAcrossViews(author, id, people, ids)).toEqual([]);
    // Each cell is shown through both filters or through neither.
    for (const department of ['Zorg', 'Welzijn'] as const)
      for (const location of ['Zwolle', 'Deventer', 'Kampen']) {
        const byLocation = await resultsOf(author, id, 'LOCATION', {
          dimension: 'DEPARTMENT',
          unitKey: ids[department],
        });
        const byDepartment = await resultsOf(author, id, 'DEPARTMENT', {
          dimension: 'LOCATION',
          unitKey: location,
        });
        expect(byLocation.units.some((u) => u.key === location)).toBe(
          byDepartment.units.some((u) => u.key === ids[department]),
        );
      }
  });

  it('does not show a location lying inside one department next to that department, and lists open answers only for everyone and per department', async () => {
    // Facilitair (9): 8 in Kampen, where nobody else works, and 1 in Zwolle with all of Zorg (10).
    const org = await createOrganisation(testApp.dataSource, 'nested');
    const author = (await callersFor(testApp.url, org))[Role.HR];
    const ids = {
      Zorg: await createDepartment(author, 'Zorg'),
      Facilitair: await createDepartment(author, 'Facilitair'),
    };
    const people: [string, string, number][] = [
      ['Zorg', 'Zwolle', 10],
      ['Facilitair', 'Zwolle', 1],
      ['Facilitair', 'Kampen', 8],
    ];
    const id = await surveyAnswered(
      org,
      author,
      people,
      ids,
      (department, location, n) => [
        answer(
          'mood',
          department === 'Zorg' ? 4 : location === 'Kampen' ? 5 : 1,
        ),
        answer('remark', `${department}, opmerking ${n}`),
      ],
    );
    // Facilitair minus Kampen would be the one colleague in Zwolle (and their answers).
    const byDepartment = await resultsOf(author, id, 'DEPARTMENT');
    expect(byDepartment.units.map((u) => [u.label, u.respondents])).toEqual([
      ['Zorg', 10],
      ['Facilitair', 9],
    ]);
    const byLocation = await resultsOf(author, id, 'LOCATION');
    expect(byLocation.units.map((u) => [u.label, u.respondents])).toEqual([
      ['Overige', 19],
    ]);
    expect(
      byLocation.filterOptions
        .filter((f) => f.dimension === 'LOCATION')
        .map((f) => f.label),
    ).toEqual(['Overige']);
    const views = await everyView(author, id);
    expect(JSON.stringify(views)).not.toContain('Kampen');
    expect(await smallGroupsAcrossViews(author, id, people, ids)).toEqual([]);

    // Open answers: for everyone and for one department, never under another dimension's filter.
    const remarks = (view: Results) =>
      view.questions.find((q) => q.key === 'remark')!.texts;
    expect(byDepartment.textsShown).toBe(true);
    expect(remarks(byDepartment)).toHaveLength(19);
    const zorg = await resultsOf(author, id, 'LOCATION', {
      dimension: 'DEPARTMENT',
      unitKey: ids.Zorg,
    });
    expect(zorg.textsShown).toBe(true);
    expect(remarks(zorg)).toHaveLength(10);
    expect(remarks(zorg).every((t) => t.startsWith('Zorg,'))).toBe(true);
    const others = byLocation.filterOptions.find(
      (f) => f.dimension === 'LOCATION',
    )!;
    const inLocation = await resultsOf(author, id, 'DEPARTMENT', others);
    expect(inLocation.textsShown).toBe(false);
    expect(remarks(inLocation)).toEqual([]);
    expect(
      inLocation.questions.find((q) => q.key === 'remark')!.overall?.answered,
    ).toBe(19);
  });
});
