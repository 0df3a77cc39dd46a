import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Role } from '@inspraak/domain';
import { In } from 'typeorm';
import {
  AnswerSeal,
  InvitationStatus,
  SurveyInbox,
  SurveyInvitation,
  SurveyMailer,
  surveyTokenHash,
} from '@inspraak/api-surveys';
import {
  bootTestApp,
  bootTestWorker,
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
  submitByToken,
  surveyInput,
} from './survey-fixtures';

/**
 * The joint guarantee of issue 13, attacked through the GraphQL API and the
 * exports as a survey author would: the three-view attack, reading every
 * view between releases, whether a named person answered, runs compared,
 * and what a database reader can join.
 *
 * The organisation (threshold 5): department B with a one-person
 * sub-department B1, and department C; locations Noord and Zuid; contracts
 * VAST and TIJDELIJK. In B one person (P) is the only one at Noord on a
 * TIJDELIJK contract; nobody in B is at Noord on VAST.
 */
const PEOPLE: [string, string, string, number][] = [
  ['B', 'Noord', 'TIJDELIJK', 1], // P
  ['B', 'Zuid', 'VAST', 5],
  ['B', 'Zuid', 'TIJDELIJK', 5],
  ['B1', 'Zuid', 'VAST', 1], // Q
  ['C', 'Noord', 'VAST', 6],
  ['C', 'Noord', 'TIJDELIJK', 5],
  ['C', 'Zuid', 'TIJDELIJK', 5],
];

interface Person {
  email: string;
  department: string;
  location: string;
  contract: string;
  n: number;
}

const RESULT_FIELDS =
  'reportBy breakdownShown waitingForRelease nextReleaseAt threshold breakdown respondents invited responseRate hiddenGroups textsShown previousRunId filter { dimension unitKey label } units { key label depth respondents invited } filterOptions { dimension unitKey label } questions { key overall { answered mean agreePercentage enps distribution { value count } } byUnit { unitKey withheld summary { answered mean distribution { value count } } } texts previous { answered mean distribution { value count } } } trend { run status points { questionKey withheld summary { answered mean agreePercentage enps distribution { value count } } } }';

interface Results {
  reportBy: string;
  breakdownShown: boolean;
  waitingForRelease: number;
  respondents: number | null;
  hiddenGroups: number;
  units: { key: string; label: string; respondents: number; invited: number }[];
  filterOptions: { dimension: string; unitKey: string; label: string }[];
  questions: {
    key: string;
    overall: {
      answered: number;
      distribution: { value: string; count: number }[];
    } | null;
    byUnit: { unitKey: string; summary: unknown }[];
    texts: string[];
    previous: unknown;
  }[];
  trend: {
    run: number;
    points: { questionKey: string; withheld: boolean; summary: unknown }[];
  }[];
}

describe('survey anonymity: one publication for every view, release and run', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;
  const departments: Record<string, string> = {};
  const people: Person[] = [];

  beforeAll(async () => {
    testApp = await bootTestApp();
    worker = await bootTestWorker();
    organisation = await createOrganisation(testApp.dataSource, 'anonymity');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
    departments['B'] = await createDepartment(hr, 'Bouw');
    departments['B1'] = await createDepartment(
      hr,
      'Bouwtekeningen',
      departments['B'],
    );
    departments['C'] = await createDepartment(hr, 'Communicatie');
    for (const [department, location, contract, count] of PEOPLE)
      for (let n = 0; n < count; n++)
        people.push({
          email: (
            await createEmployee(hr, {
              departmentId: departments[department],
              location,
              contractType: contract,
            })
          ).email,
          department,
          location,
          contract,
          n,
        });
  });
  afterAll(async () => {
    await worker.close();
    await testApp.close();
  });

  const person = (
    department: string,
    location: string,
    contract: string,
    n = 0,
  ) =>
    people.find(
      (p) =>
        p.department === department &&
        p.location === location &&
        p.contract === contract &&
        p.n === n,
    )!;
  const P = () => person('B', 'Noord', 'TIJDELIJK');
  const Q = () => person('B1', 'Zuid', 'VAST');

  /** Publishes a survey to B (with B1) and C and gives every invitation a link token we know: e-mail → token. */
  async function published(overrides: Record<string, unknown> = {}): Promise<{
    id: string;
    tokens: Map<string, string>;
  }> {
    const { id } = await createSurvey(hr, {
      audience: {
        kind: 'DEPARTMENTS',
        departmentIds: [departments['B'], departments['C']],
        includeSubDepartments: true,
        emails: [],
      },
      ...overrides,
    });
    return { id, tokens: await publish(id) };
  }

  async function publish(id: string): Promise<Map<string, string>> {
    const response = await hr.request(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    const repo = testApp.dataSource.getRepository(SurveyInvitation);
    // The worker writes a fresh link into each invitation it sends: ours come after it.
    await worker.get(SurveyMailer).sendBatch({
      organisationId: organisation.id,
      surveyId: id,
      invitationIds: (await repo.find({ where: { surveyId: id } })).map(
        (i) => i.id,
      ),
    });
    // Up to five minutes (the test's timeout is longer): sending is slow on a busy machine.
    const until = Date.now() + 5 * 60_000;
    for (;;) {
      const busy = await repo.count({
        where: {
          surveyId: id,
          status: In([InvitationStatus.PENDING, InvitationStatus.SENDING]),
        },
      });
      if (busy === 0) break;
      if (Date.now() > until)
        throw new Error('The invitations were never sent');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const tokens = new Map<string, string>();
    for (const invitation of await repo.find({ where: { surveyId: id } })) {
      const token = randomBytes(32).toString('base64url');
      await repo.update(invitation.id, { tokenHash: surveyTokenHash(token) });
      tokens.set(invitation.email, token);
    }
    return tokens;
  }

  async function submit(
    tokens: Map<string, string>,
    who: Person,
    answers: ReturnType<typeof answer>[],
  ) {
    const response = await submitByToken(
      new GraphqlCaller(testApp.url),
      tokens.get(who.email)!,
      answers,
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
  }

  async function close(id: string) {
    const response = await hr.request(
      'mutation($id: ID!) { closeSurvey(id: $id) { id } }',
      { id },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
  }

  async function results(
    id: string,
    view: { breakdown?: string; dimension?: string; unit?: string } = {},
  ) {
    return hr.request<{ surveyResults: Results }>(
      `query($id: ID!, $b: String, $d: String, $u: String) { surveyResults(id: $id, breakdown: $b, filterDimension: $d, filterUnit: $u) { ${RESULT_FIELDS} } }`,
      {
        id,
        b: view.breakdown ?? null,
        d: view.dimension ?? null,
        u: view.unit ?? null,
      },
    );
  }

  async function view(id: string, v: Parameters<typeof results>[1] = {}) {
    const response = await results(id, v);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.surveyResults;
  }

  /** Everything the product shows or exports about a survey: every view it allows, CSV and XLSX in both languages. */
  async function everythingPublished(id: string): Promise<unknown[]> {
    const shown: unknown[] = [];
    const main = await view(id);
    shown.push(main, await view(id, { breakdown: 'NONE' }));
    for (const option of main.filterOptions)
      shown.push(
        await view(id, { dimension: option.dimension, unit: option.unitKey }),
      );
    for (const language of ['nl', 'en']) {
      const csv = await hr.request<{ surveyResultsCsv: string }>(
        'query($id: ID!, $l: String!) { surveyResultsCsv(id: $id, language: $l) }',
        { id, l: language },
      );
      shown.push(csv.data!.surveyResultsCsv);
      const xlsx = await hr.request<{ surveyResultsXlsx: string }>(
        'query($id: ID!, $l: String!) { surveyResultsXlsx(id: $id, language: $l) }',
        { id, l: language },
      );
      // Every sheet's names and values (the file itself carries its creation time).
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        Buffer.from(
          xlsx.data!.surveyResultsXlsx,
          'base64',
        ) as unknown as ExcelJS.Buffer,
      );
      shown.push(
        workbook.worksheets.map((sheet) => [
          sheet.name,
          sheet.getSheetValues(),
        ]),
      );
    }
    // Unit keys are department ids, the same in both surveys; nothing else names the survey.
    return JSON.parse(JSON.stringify(shown).replaceAll(id, 'SURVEY'));
  }

  /** The same answers for everyone but the people a case swaps. */
  const usual = (p: Person) => [
    answer('mood', 2 + ((p.n + p.location.length) % 3)),
    answer('enps', 5 + (p.n % 5)),
    ...(p.n % 2 === 0
      ? [answer('remark', `Opmerking ${p.department} ${p.n % 3}`)]
      : []),
  ];

  it('refuses the views the three-view attack needs, in the API and the exports', async () => {
    const { id, tokens } = await published();
    for (const p of people) await submit(tokens, p, usual(p));
    await close(id);
    const refused = [
      { breakdown: 'LOCATION' },
      { breakdown: 'CONTRACT_TYPE' },
      { dimension: 'LOCATION', unit: 'Noord' },
      { dimension: 'CONTRACT_TYPE', unit: 'TIJDELIJK' },
      {
        breakdown: 'CONTRACT_TYPE',
        dimension: 'DEPARTMENT',
        unit: departments['B'],
      },
    ];
    for (const v of refused)
      expect(errorReason(await results(id, v))).toBe('BREAKDOWN_NOT_OFFERED');
    expect(
      errorReason(
        await results(id, {
          breakdown: 'DEPARTMENT',
          dimension: 'DEPARTMENT',
          unit: departments['B'],
        }),
      ),
    ).toBe('FILTER_WITH_BREAKDOWN');
    const csv = await hr.request(
      'query($id: ID!) { surveyResultsCsv(id: $id, breakdown: "LOCATION") }',
      { id },
    );
    expect(errorReason(csv)).toBe('BREAKDOWN_NOT_OFFERED');
    // What is offered is useful: both departments, B with its sub-department in its name.
    const shown = await view(id);
    expect(shown.breakdownShown).toBe(true);
    expect(shown.units.map((u) => [u.label, u.invited, u.respondents])).toEqual(
      [
        ['Bouw, Bouwtekeningen', 12, 12],
        ['Communicatie', 16, 16],
      ],
    );
  });

  it("publishes nothing that tells two people of one unit apart: swapping a one-person group's answer — or its participation — with a colleague's changes nothing shown or exported", async () => {
    const X = person('B', 'Zuid', 'VAST', 2);
    const Y = person('B', 'Zuid', 'TIJDELIJK', 1);
    const run = async (swap: boolean) => {
      const { id, tokens } = await published();
      for (const p of people) {
        if (p === P() || p === X || p === Q() || p === Y) continue;
        await submit(tokens, p, usual(p));
      }
      const theOne = [
        answer('mood', 1),
        answer('enps', 0),
        answer('remark', 'Alleen ik denk dit'),
      ];
      // P answers and X does not, or the other way round; Q and Y swap their answers.
      await submit(tokens, swap ? X : P(), theOne);
      await submit(tokens, swap ? Y : Q(), [answer('mood', 5)]);
      await submit(tokens, swap ? Q() : Y, [answer('mood', 3)]);
      await close(id);
      return everythingPublished(id);
    };
    const original = await run(false);
    const swapped = await run(true);
    expect(swapped).toEqual(original);
    // And it is not equal because nothing is shown: B's unit shows the answer 1 and the text.
    const text = JSON.stringify(original);
    expect(text).toContain('Alleen ik denk dit');
    expect(text).toContain('Bouw, Bouwtekeningen');
  });

  it('shows only overall figures while the survey runs: every step between readings is a released group of at least the threshold', async () => {
    const { id, tokens } = await published();
    const inbox = worker.get(SurveyInbox);
    const seen: (number | null)[] = [];
    let submitted = 0;
    for (const p of people.slice(0, 23)) {
      await submit(tokens, p, usual(p));
      submitted++;
      await inbox.release();
      const running = await view(id);
      expect(running.breakdownShown).toBe(false);
      expect(running.units).toEqual([]);
      expect(running.hiddenGroups).toBe(0);
      expect(running.filterOptions).toEqual([]);
      expect(running.questions.every((q) => q.byUnit.length === 0)).toBe(true);
      expect((running.respondents ?? 0) + running.waitingForRelease).toBe(
        submitted,
      );
      expect(
        errorReason(
          await results(id, {
            dimension: 'DEPARTMENT',
            unit: departments['C'],
          }),
        ),
      ).toBe('UNKNOWN_FILTER');
      seen.push(running.respondents);
    }
    const steps = seen
      .map((r, i) => (r ?? 0) - (seen[i - 1] ?? 0))
      .filter((step) => step !== 0);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((step) => step >= 5)).toBe(true);
    // The page says how many wait and why, instead of "fewer than 5".
    const last = await view(id);
    expect(last.waitingForRelease).toBeGreaterThanOrEqual(5);
    await close(id);
    const closed = await view(id);
    expect(closed.respondents).toBe(23);
    expect(closed.waitingForRelease).toBe(0);
    expect(closed.breakdownShown).toBe(true);
  });

  it('compares a second run only with what the first run itself publishes', async () => {
    const first = await published();
    for (const p of people) await submit(first.tokens, p, usual(p));
    await close(first.id);
    const before = await view(first.id, { breakdown: 'NONE' });
    // One more person in the audience of run 2.
    const newcomer = await createEmployee(hr, {
      departmentId: departments['C'],
      location: 'Zuid',
      contractType: 'VAST',
    });
    const next = await hr.request<{ newSurveyVersion: { id: string } }>(
      'mutation($id: ID!) { newSurveyVersion(id: $id) { id } }',
      { id: first.id },
    );
    const secondId = next.data!.newSurveyVersion.id;
    const tokens = await publish(secondId);
    for (const p of people) await submit(tokens, p, [answer('mood', 4)]);
    await submit(tokens, { ...people[0]!, email: newcomer.email }, [
      answer('mood', 1),
    ]);
    await close(secondId);
    const second = await view(secondId, { breakdown: 'NONE' });
    for (const question of second.questions) {
      const own = before.questions.find((q) => q.key === question.key)!.overall;
      expect(question.previous).toEqual(
        own
          ? expect.objectContaining({
              answered: own.answered,
              distribution: own.distribution,
            })
          : null,
      );
    }
    expect(
      second.questions.find((q) => q.key === 'mood')!.previous,
    ).not.toBeNull();
    // The trend over the runs: each run's own overall figures, nothing more; withheld where a run shows none.
    for (const v of [second, await view(secondId)])
      expect(
        v.trend.map((run) => [
          run.run,
          run.points.map((p) => [p.questionKey, p.withheld, p.summary]),
        ]),
      ).toEqual(
        [before, second].map((own, index) => [
          index + 1,
          own.questions.map((q) => [q.key, q.overall === null, q.overall]),
        ]),
      );
    expect(await view(first.id, { breakdown: 'NONE' })).toEqual(before);
  });

  it('leaves a database reader nothing to join: waiting answers sealed, link uses rewritten with their group, only units stored', async () => {
    const { id, tokens } = await published();
    const db = testApp.dataSource;
    const first = people.slice(0, 7);
    for (const p of first) await submit(tokens, p, usual(p));
    // Waiting: only sealed blobs of one size, nothing readable beside the link uses they were written with.
    const columns = (
      (await db.query(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'survey_response_inbox' ORDER BY 1",
      )) as { name: string }[]
    ).map((c) => c.name);
    expect(columns).toEqual([
      'id',
      'organisation_id',
      'respondent_invitation_id',
      'sealed',
      'survey_id',
    ]);
    const waiting = (await db.query(
      'SELECT octet_length(sealed) AS size, respondent_invitation_id AS invitation, sealed FROM survey_response_inbox WHERE survey_id = $1',
      [id],
    )) as { size: number; invitation: string | null; sealed: Buffer }[];
    expect(waiting).toHaveLength(7);
    expect(new Set(waiting.map((w) => w.size)).size).toBe(1);
    expect(waiting.every((w) => w.invitation === null)).toBe(true);
    expect(
      waiting.some((w) => w.sealed.toString('latin1').includes('mood')),
    ).toBe(false);
    // Another key (a copy of the database without the application's secret) opens nothing.
    const stranger = new AnswerSeal({
      ANSWER_SEAL_KEY: 'ab'.repeat(32),
    } as never);
    expect(() => stranger.open(id, waiting[0]!.sealed)).toThrow();
    // Submitting locks no invitation: no transaction id in any invitation row.
    const locked = (await db.query(
      "SELECT count(*)::int AS n FROM survey_invitation WHERE survey_id = $1 AND xmax::text <> '0'",
      [id],
    )) as { n: number }[];
    expect(locked[0]!.n).toBe(0);

    for (const p of people.slice(7, 12)) await submit(tokens, p, usual(p));
    expect(await worker.get(SurveyInbox).release()).toBe(7);
    // The released group: one transaction for responses and the group's link uses; no xmin joins a response to fewer than the threshold of link uses.
    const joins = (await db.query(
      `SELECT r.id, (SELECT count(*)::int FROM survey_token_use u WHERE u.xmin = r.xmin) AS uses,
              (SELECT count(*)::int FROM survey_invitation i WHERE i.xmin = r.xmin OR i.xmax = r.xmin) AS invitations
       FROM survey_response r WHERE r.survey_id = $1`,
      [id],
    )) as { id: string; uses: number; invitations: number }[];
    expect(joins).toHaveLength(7);
    for (const join of joins) {
      expect(join.uses).toBeGreaterThanOrEqual(5);
      expect(join.invitations).toBe(0);
    }
    // While the survey runs a response keeps no readable unit: the group mixes units, and a unit with one
    // response in a group would name its person among the group's link uses (the reviewer's join, below).
    const running = (await db.query(
      'SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1 AND (unit_key IS NOT NULL OR sealed_unit IS NULL)',
      [id],
    )) as { n: number }[];
    expect(running[0]!.n).toBe(0);
    const named = () =>
      db.query(
        `WITH g AS (SELECT r.id, r.survey_id, r.xmin::text AS x, r.unit_key,
                count(*) OVER (PARTITION BY r.survey_id, r.xmin::text, r.unit_key) AS n FROM survey_response r WHERE r.survey_id = $1)
         SELECT i.email, g.id FROM g
         JOIN survey_token_use u ON u.xmin::text = g.x AND u.survey_id = g.survey_id
         JOIN survey_invitation i ON i.id = u.invitation_id AND i.unit_key = g.unit_key
         WHERE g.n < 5`,
        [id],
      ) as Promise<unknown[]>;
    expect(await named()).toEqual([]);

    // Closed: every response gets its unit, the closing day, and shares one transaction id with every link use.
    await close(id);
    const closed = (await db.query(
      `SELECT count(DISTINCT r.xmin::text)::int AS xmins, count(DISTINCT r.released_on)::int AS days,
              count(*) FILTER (WHERE r.unit_key IS NULL OR r.sealed_unit IS NOT NULL)::int AS unsealed,
              (SELECT count(DISTINCT u.xmin::text)::int FROM survey_token_use u WHERE u.survey_id = $1) AS "useXmins",
              (SELECT count(*)::int FROM survey_token_use u WHERE u.survey_id = $1 AND u.xmin::text <> min(r.xmin::text)) AS "usesApart"
       FROM survey_response r WHERE r.survey_id = $1`,
      [id],
    )) as {
      xmins: number;
      days: number;
      unsealed: number;
      useXmins: number;
      usesApart: number;
    }[];
    expect(closed[0]).toEqual({
      xmins: 1,
      days: 1,
      unsealed: 0,
      useXmins: 1,
      usesApart: 0,
    });
    expect(await named()).toEqual([]);
    // Stored attributes: only reporting units, each of at least the threshold of the audience; no submit day.
    const stored = (await db.query(
      `SELECT r.unit_key AS unit, u.invited FROM survey_response r
       LEFT JOIN survey_reporting_unit u ON u.survey_id = r.survey_id AND u.key = r.unit_key WHERE r.survey_id = $1`,
      [id],
    )) as { unit: string; invited: number | null }[];
    expect(stored).toHaveLength(12);
    expect(stored.every((s) => (s.invited ?? 0) >= 5)).toBe(true);
    const responseColumns = (
      (await db.query(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'survey_response' ORDER BY 1",
      )) as { name: string }[]
    ).map((c) => c.name);
    expect(responseColumns).toEqual([
      'id',
      'organisation_id',
      'released_on',
      'respondent_invitation_id',
      'sealed_unit',
      'survey_id',
      'unit_key',
    ]);
  });

  it('releases nothing by moving the end time: one past is refused, and a passed one only closes the survey, releasing everything at once', async () => {
    const { id, tokens } = await published();
    await submit(tokens, people[0]!, usual(people[0]!));
    const update = (closesAt: string) =>
      hr.request(
        'mutation($id: ID!, $i: SurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
        {
          id,
          i: surveyInput({
            audience: {
              kind: 'DEPARTMENTS',
              departmentIds: [departments['B'], departments['C']],
              includeSubDepartments: true,
              emails: [],
            },
            closesAt,
          }),
        },
      );
    expect(
      errorReason(await update(new Date(Date.now() - 1000).toISOString())),
    ).toBe('CLOSES_IN_PAST');
    // An end time that passed (set a moment ahead, then reached): the inbox keeps the one answer…
    await testApp.dataSource.query(
      `UPDATE survey SET closes_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    const inbox = worker.get(SurveyInbox);
    await inbox.release();
    expect((await view(id)).waitingForRelease).toBe(1);
    // …and the time cannot be moved back to reopen it.
    expect(
      errorReason(await update(new Date(Date.now() + 3600_000).toISOString())),
    ).toBe('SURVEY_CLOSED');
    expect(await inbox.closeDue()).toBeGreaterThanOrEqual(1);
    const closedView = await view(id);
    expect(closedView.waitingForRelease).toBe(0);
    expect(closedView.respondents).toBeNull();
  });
});
