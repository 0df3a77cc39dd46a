import { cpus, totalmem } from 'node:os';
import { Client } from 'pg';
import { Role, todayInAmsterdam } from '@inspraak/domain';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
} from '../test/test-app';
import { PARTICIPANTS, poolOrganisation } from './pool-organisation';
import { insertPublishedSurvey } from './survey-fixture';

/**
 * The advisor's dashboard in the bench organisation (50,000 employees, all in
 * the pool) with a working life added once: 40 trajectories with regie teams,
 * 2,000 applications, 4,000 board posts, 4,000 actions, erasure requests, 20
 * procedures, a running survey to everyone and three closed runs of a survey
 * with 5,000 responses each. The whole `advisorDashboard` through GraphQL
 * over HTTP, next to the same figures read with hand-written SQL over the pg
 * driver, measured in the same run. Prints medians and the ratio; the only
 * assertions check that both sides count the same.
 */
const RUNS = 15;
const RESPONSES = 5_000;
const LAYER_MARK = 'Bench dashboard traject 1';

async function median(
  runs: number,
  work: () => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < 2; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const PHASES = JSON.stringify([
  { nl: 'Verkennen', en: 'Explore' },
  { nl: 'Ophalen', en: 'Gather' },
  { nl: 'Besluitvorming', en: 'Decision', decision: true },
  { nl: 'Uitvoeren', en: 'Carry out' },
  { nl: 'Evalueren', en: 'Evaluate' },
]);

/** What an organisation in full swing has besides its pool; added once per bench database. */
async function seedWorkingLife(
  client: Client,
  organisationId: string,
  authorId: string,
): Promise<void> {
  const today = todayInAmsterdam();
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO trajectory (organisation_id, title, description, decision, owner_user_id, phases, current_phase, published, created_at)
     SELECT $1, 'Bench dashboard traject ' || g, 'Omschrijving', 'Besluit', $2, $3::jsonb, g % 5, g % 3 <> 0, now() - (g * interval '3 days')
     FROM generate_series(1, 40) g`,
    [organisationId, authorId, PHASES],
  );
  await client.query(
    `INSERT INTO trajectory_event (organisation_id, trajectory_id, at, kind, text_nl, text_en, actor_name, public)
     SELECT $1, t.id, now() - ((row_number() OVER (ORDER BY t.title)) * interval '1 day'), 'phase.moved', 'Fase', 'Phase', 'Bench', true
     FROM trajectory t WHERE t.organisation_id = $1 AND t.current_phase > 0`,
    [organisationId],
  );
  // Regie teams: complete for three in four trajectories, the rest lack roles. Seats from the first bench accounts.
  await client.query(
    `INSERT INTO regie_team_member (organisation_id, trajectory_id, user_id, role)
     SELECT $1, t.id, u.id, r.role
     FROM (SELECT id, row_number() OVER (ORDER BY title) AS n FROM trajectory WHERE organisation_id = $1) t
     CROSS JOIN LATERAL (SELECT role, row_number() OVER () AS k FROM unnest(enum_range(NULL::regie_team_role)) AS role) r
     JOIN user_account u ON u.email = 'p' || (t.n * 4 + r.k) || '@bench.example'
     WHERE t.n % 4 <> 0 OR r.k <= 2`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO workgroup (organisation_id, trajectory_id, name, goal, size, hours_per_month, closes_on)
     SELECT $1, t.id, 'Werkgroep ' || g, 'Doel', 6, 4, $2::date + 30
     FROM trajectory t CROSS JOIN generate_series(1, 2) g WHERE t.organisation_id = $1`,
    [organisationId, today],
  );
  await client.query(
    `INSERT INTO workgroup_membership (organisation_id, workgroup_id, user_id, status, motivation)
     SELECT $1, w.id, p.user_id, CASE WHEN p.n % 5 = 0 THEN 'MEMBER'::membership_status ELSE 'APPLIED' END, 'Graag'
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM workgroup WHERE organisation_id = $1) w
     JOIN (SELECT user_id, row_number() OVER (ORDER BY id) AS n FROM participant WHERE organisation_id = $1 LIMIT 2500) p
       ON p.n % 80 = w.k - 1`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO board_post (organisation_id, trajectory_id, phase, kind, text, author_user_id, response, responded_at)
     SELECT $1, t.id, 0, 'PRO', 'Bericht ' || g, $2, CASE WHEN g % 2 = 0 THEN 'Reactie' END, CASE WHEN g % 2 = 0 THEN now() END
     FROM trajectory t CROSS JOIN generate_series(1, 100) g WHERE t.organisation_id = $1`,
    [organisationId, authorId],
  );
  await client.query(
    `INSERT INTO action_item (organisation_id, trajectory_id, description, owner_user_id, due_on, status)
     SELECT $1, t.id, 'Actie ' || g, $2, $3::date + (g % 40) - 4, CASE WHEN g % 3 = 0 THEN 'DONE'::action_status ELSE 'OPEN' END
     FROM trajectory t CROSS JOIN generate_series(1, 100) g WHERE t.organisation_id = $1`,
    [organisationId, authorId, today],
  );
  await client.query(
    `INSERT INTO erasure_request (organisation_id, user_id, display_name, status)
     SELECT $1, p.user_id, 'Bench', CASE WHEN n % 2 = 0 THEN 'OPEN' ELSE 'DONE' END
     FROM (SELECT user_id, row_number() OVER (ORDER BY id) AS n FROM participant WHERE organisation_id = $1 LIMIT 60) p`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO procedure (organisation_id, type, title, request_received_on, state, planned_meeting_on, agreed_term_days)
     SELECT $1, 'ADVICE', 'Bench procedure ' || g, $2::date - g * 5,
            (ARRAY['RECEIVED','IN_PROGRESS','EMPLOYEES_CONSULTED','MEETING_HELD','RESPONSE_SENT','CLOSED']::procedure_state[])[1 + g % 6],
            $2::date + g, 42
     FROM generate_series(1, 20) g`,
    [organisationId, today],
  );
  await client.query('COMMIT');

  // Surveys: one running to everyone, with some invitations that could not be mailed.
  const running = await insertPublishedSurvey(
    client,
    organisationId,
    authorId,
    'Bench lopende peiling',
  );
  await client.query(
    `INSERT INTO survey_invitation (organisation_id, survey_id, email, display_name, department_id, status)
     SELECT $1, $2, e.email, e.first_name, e.department_id, CASE WHEN row_number() OVER (ORDER BY e.id) % 500 = 0 THEN 'FAILED'::invitation_status ELSE 'SENT' END
     FROM employee e WHERE e.organisation_id = $1`,
    [organisationId, running],
  );
  // Three runs of one series, closed, 5,000 responses each (18 answers per response), as survey.bench inserts them.
  for (const run of [1, 2, 3]) {
    const id = await insertPublishedSurvey(
      client,
      organisationId,
      authorId,
      'Bench medewerkersonderzoek',
    );
    await client.query('UPDATE survey SET run = $2 WHERE id = $1', [id, run]);
    await client.query(
      `INSERT INTO survey_invitation (organisation_id, survey_id, email, display_name, department_id, status)
       SELECT $1, $2, e.email, e.first_name, e.department_id, 'SENT' FROM employee e WHERE e.organisation_id = $1 ORDER BY e.email LIMIT $3`,
      [organisationId, id, RESPONSES * 2],
    );
    await client.query(
      `WITH chosen AS (SELECT * FROM survey_invitation WHERE survey_id = $2 ORDER BY email LIMIT $3),
            responses AS (
              INSERT INTO survey_response (organisation_id, survey_id, released_on, unit_key)
              SELECT $1, $2, $4, department_id::text FROM chosen RETURNING id)
       INSERT INTO survey_answer (organisation_id, survey_id, response_id, question_key, number_value, option_keys)
       SELECT $1, $2, r.id, 'q' || q, CASE WHEN q <= 10 THEN 1 + (hashtext(r.id::text || q) & 1023) % 5 WHEN q <= 12 THEN (hashtext(r.id::text || q) & 1023) % 11 END,
              CASE WHEN q BETWEEN 13 AND 17 THEN ARRAY[(ARRAY['a','b','c','d'])[1 + (hashtext(r.id::text || q) & 3)]] WHEN q = 18 THEN ARRAY['b','a','d','c'] END
       FROM responses r CROSS JOIN generate_series(1, 18) q`,
      [organisationId, id, RESPONSES, today],
    );
    await client.query(
      `UPDATE survey SET status = 'CLOSED', closed_at = now() - ($2::int * interval '30 days') WHERE id = $1`,
      [id, 3 - run],
    );
  }
  // The series' runs share the first run's series id.
  await client.query(
    `UPDATE survey SET series_id = (SELECT id FROM survey WHERE organisation_id = $1 AND title = 'Bench medewerkersonderzoek' AND run = 1)
     WHERE organisation_id = $1 AND title = 'Bench medewerkersonderzoek'`,
    [organisationId],
  );
  await client.query('VACUUM ANALYZE');
}

describe('the advisor dashboard at 50,000 participants', () => {
  let testApp: TestApp;
  let client: Client;
  let advisor: GraphqlCaller;
  let organisationId: string;

  beforeAll(async () => {
    testApp = await bootTestApp();
    client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    organisationId = await poolOrganisation(testApp, client);
    const helper = await createOrganisation(
      testApp.dataSource,
      'bench-dashboard',
    );
    await client.query(
      'UPDATE membership SET organisation_id = $1 WHERE organisation_id = $2',
      [organisationId, helper.id],
    );
    advisor = (await callersFor(testApp.url, helper))[Role.ADVISEUR];
    const seeded = await client.query(
      'SELECT 1 FROM trajectory WHERE organisation_id = $1 AND title = $2',
      [organisationId, LAYER_MARK],
    );
    if (seeded.rowCount === 0) {
      const started = performance.now();
      const author = await client.query<{ id: string }>(
        `SELECT u.id FROM user_account u JOIN membership m ON m.user_id = u.id WHERE m.organisation_id = $1 ORDER BY u.email LIMIT 1`,
        [organisationId],
      );
      await seedWorkingLife(client, organisationId, author.rows[0]!.id);
      console.log(
        `Seeded the dashboard's working life in ${Math.round(performance.now() - started)} ms`,
      );
    }
  }, 30 * 60_000);

  afterAll(async () => {
    await client.end();
    await testApp.close();
  });

  it(
    'measures the advisor dashboard against the same figures in plain SQL',
    async () => {
      const today = todayInAmsterdam();
      const graphqlDashboard = () =>
        advisor.request<{
          advisorDashboard: {
            needsAction: { overdueActions: number; erasureRequests: number };
            trajectories: unknown[];
            pool: { active: number; representation: unknown[] };
            surveys: { latestClosed: { respondents: number | null }[] };
            procedures: { byState: { count: number }[] };
          };
        }>(
          `{ advisorDashboard {
            needsAction { applicationsWaiting { trajectoryId count } overdueActions regieTeamsIncomplete { trajectoryId count }
              decisionWithoutProcedure { trajectoryId } erasureRequests postsWithoutResponse { trajectoryId count }
              failedSurveyMails { surveyId count } failedAccountInvitations }
            trajectories { trajectoryId phaseNl daysInPhase }
            pool { active paused newAwaitingOnboarding latestAgreementVersion acceptedLatest agreementsEndingSoon
                   representation { departmentId headcount participants share underRepresented } }
            surveys { running { surveyId invited answered waitingForRelease } latestClosed { surveyId respondents responseRate headline { value previous } } }
            procedures { byState { state count } nextDeadlines { procedureId date } }
          } }`,
        );
      // The same figures, one hand-written statement each, over the pg driver (no anonymity rule, no GraphQL).
      const sqlDashboard = async () => {
        const q = (sql: string, params: unknown[] = []) =>
          client.query(sql, [organisationId, ...params]);
        // One after the other, as the API runs them (one connection per request).
        const statements: [string, unknown[]?][] = [
          [
            `SELECT w.trajectory_id, count(*) FROM workgroup_membership m JOIN workgroup w ON w.id = m.workgroup_id
             WHERE m.organisation_id = $1 AND m.status = 'APPLIED' GROUP BY 1`,
          ],
          [
            `SELECT count(*)::int AS n FROM action_item WHERE organisation_id = $1 AND status = 'OPEN' AND due_on < $2::date AND NOT confidential`,
            [today],
          ],
          [
            `SELECT t.id FROM trajectory t WHERE t.organisation_id = $1 AND t.status = 'ACTIVE'
             AND (SELECT count(DISTINCT role) FROM regie_team_member r WHERE r.trajectory_id = t.id) < 4`,
          ],
          [
            `SELECT t.id FROM trajectory t WHERE t.organisation_id = $1 AND (t.phases -> t.current_phase -> 'decision') = 'true'::jsonb
             AND NOT EXISTS (SELECT 1 FROM procedure p WHERE p.trajectory_id = t.id)`,
          ],
          [
            `SELECT count(*)::int AS n FROM erasure_request WHERE organisation_id = $1 AND status = 'OPEN'`,
          ],
          [
            `SELECT trajectory_id, count(*) FROM board_post WHERE organisation_id = $1 AND NOT hidden AND response IS NULL GROUP BY 1`,
          ],
          [
            `SELECT survey_id, count(*) FROM survey_invitation WHERE organisation_id = $1 AND status = 'FAILED' GROUP BY 1`,
          ],
          [
            `SELECT t.id, t.current_phase, max(e.at) FROM trajectory t LEFT JOIN trajectory_event e ON e.trajectory_id = t.id AND e.kind = 'phase.moved'
             WHERE t.organisation_id = $1 AND t.status = 'ACTIVE' GROUP BY t.id`,
          ],
          [
            `SELECT count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE status = 'PAUSED'), count(*) FILTER (WHERE onboarded_at IS NULL),
                    count(*) FILTER (WHERE accepted_agreement_version = 1), count(*) FILTER (WHERE agreement_valid_until <= $2::date + 30)
             FROM participant WHERE organisation_id = $1 AND status <> 'LEFT'`,
            [today],
          ],
          [
            `SELECT e.department_id, count(*), count(p.id) FROM employee e LEFT JOIN participant p ON p.employee_id = e.id
             WHERE e.organisation_id = $1 AND e.status = 'ACTIVE' GROUP BY 1`,
          ],
          [
            `SELECT s.id, (SELECT count(*) FROM survey_invitation i WHERE i.survey_id = s.id), (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id)
             FROM survey s WHERE s.organisation_id = $1 AND s.status = 'PUBLISHED'`,
          ],
          [
            `SELECT a.survey_id, a.question_key, a.number_value, count(*) FROM survey_answer a
             WHERE a.organisation_id = $1 AND a.survey_id IN (SELECT id FROM survey WHERE organisation_id = $1 AND status = 'CLOSED' ORDER BY closed_at DESC LIMIT 3)
             GROUP BY 1, 2, 3`,
          ],
          [
            `SELECT state, count(*) FROM procedure WHERE organisation_id = $1 GROUP BY 1`,
          ],
        ];
        const results = [];
        for (const [sql, params] of statements)
          results.push(await q(sql, params));
        return results;
      };

      // The first request computes the closed surveys' figures; later ones find them kept.
      const coldStarted = performance.now();
      const shown = await graphqlDashboard();
      const coldMs = performance.now() - coldStarted;
      if (!shown.data) throw new Error(JSON.stringify(shown.errors));
      const plain = await sqlDashboard();
      const dashboard = shown.data.advisorDashboard;
      expect(dashboard.needsAction.overdueActions).toBe(
        (plain[1]!.rows[0] as { n: number }).n,
      );
      expect(dashboard.needsAction.erasureRequests).toBe(
        (plain[4]!.rows[0] as { n: number }).n,
      );
      expect(dashboard.pool.active).toBe(
        (plain[8]!.rows[0] as { active: number }).active,
      );
      expect(dashboard.surveys.latestClosed).toHaveLength(3);
      expect(dashboard.surveys.latestClosed[0]!.respondents).toBe(RESPONSES);

      const graphqlMs = await median(RUNS, graphqlDashboard);
      const sqlMs = await median(RUNS, sqlDashboard);
      const cpu = cpus();
      console.log(
        [
          `Advisor dashboard, ${PARTICIPANTS} participants, 40 trajectories, 3 closed surveys of ${RESPONSES} responses, median of ${RUNS} runs`,
          `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
          `${'advisorDashboard, first request'.padEnd(34)} ${coldMs.toFixed(1).padStart(8)} ms   (closed surveys' figures computed, then kept)`,
          `${'advisorDashboard (GraphQL)'.padEnd(34)} ${graphqlMs.toFixed(1).padStart(8)} ms   plain SQL ${sqlMs.toFixed(1).padStart(8)} ms   ratio ${(graphqlMs / sqlMs).toFixed(2)}×`,
        ].join('\n'),
      );
    },
    30 * 60_000,
  );
});
