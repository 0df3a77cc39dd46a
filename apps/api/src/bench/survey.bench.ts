import { createHash, randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { Client, Pool } from 'pg';
import {
  type Answers,
  type SurveyDefinition,
  Role,
  SURVEY_TEMPLATES,
  todayInAmsterdam,
} from '@inspraak/domain';
import { AnswerSeal, sealedSizeFor, SurveyInbox } from '@inspraak/api-surveys';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
} from '../test/test-app';
import { organisationBySlug } from './pool-organisation';
import {
  benchResponse,
  benchSurveyDefinition,
  insertPublishedSurvey,
} from './survey-fixture';

/**
 * Issue 5, item 6. An organisation of 20,000 employees and a survey of 20
 * questions; measured in one run:
 *  (a) sustained answer submissions per second through GraphQL (one-time
 *      links) at 32 concurrent clients, next to plain INSERTs of the same rows
 *      (token use and the sealed inbox row with the 20 answers, one
 *      transaction each) with the pg driver at the same concurrency; then the
 *      inbox's move of all of them into responses and answers, as at closing;
 *  (b) the full results query with the department breakdown over 100,000
 *      answers, next to the one hand-written SQL aggregate of the same numbers.
 * After the move it checks that every acknowledged submission is stored
 * exactly once.
 */
const EMPLOYEES = 20_000;
const CONCURRENCY = 32;
const SUBMISSIONS = 3_200;
const RESULT_RESPONSES = 5_000; // × 20 questions = 100,000 answers
const RESULT_RUNS = 11;
const BENCH_SLUG = 'bench-surveys-20k';

const tokenFor = (run: string, n: number) =>
  createHash('sha256').update(`${run}:${n}`).digest('base64url');
const hashOf = (token: string) =>
  createHash('sha256').update(token).digest('hex');

async function seedOrganisation(client: Client, organisationId: string) {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO department (organisation_id, name) SELECT $1, 'Afdeling ' || g FROM generate_series(1, 40) g`,
    [organisationId],
  );
  // Ten sub-departments, so the breakdown rolls small ones up into their parent.
  await client.query(
    `INSERT INTO department (organisation_id, name, parent_id)
     SELECT $1, 'Team ' || g, (SELECT id FROM department WHERE organisation_id = $1 AND parent_id IS NULL ORDER BY name OFFSET g LIMIT 1) FROM generate_series(1, 10) g`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO employee (organisation_id, employee_number, first_name, last_name, email, department_id, location, contract_type, status)
     SELECT $1, 'S' || g, 'Voor' || g, 'Naam' || g, 's' || g || '@bench.example',
            (SELECT id FROM department WHERE organisation_id = $1 ORDER BY name OFFSET (g % 50) LIMIT 1),
            (ARRAY['Utrecht','Zeist','Amersfoort','Houten','Nieuwegein'])[1 + g % 5], (ARRAY['VAST','TIJDELIJK','OPROEP']::contract_type[])[1 + g % 3], 'ACTIVE'
     FROM generate_series(1, $2::int) g`,
    [organisationId, EMPLOYEES],
  );
  await client.query('COMMIT');
}

/** A published survey with an invitation (and known one-time link) for every employee. */
async function publishedSurvey(
  client: Client,
  organisationId: string,
  authorId: string,
  run: string,
): Promise<string> {
  const surveyId = await insertPublishedSurvey(
    client,
    organisationId,
    authorId,
    `Bench ${run}`,
  );
  const employees = (
    await client.query<{
      n: number;
      email: string;
      department_id: string;
      location: string;
      contract_type: string;
    }>(
      `SELECT substring(email from 2 for position('@' in email) - 2)::int AS n, email, department_id, location, contract_type::text FROM employee WHERE organisation_id = $1`,
      [organisationId],
    )
  ).rows;
  for (let i = 0; i < employees.length; i += 2000) {
    const slice = employees.slice(i, i + 2000);
    await client.query(
      `INSERT INTO survey_invitation (organisation_id, survey_id, email, display_name, department_id, location, contract_type, token_hash, status, sent_at)
       SELECT $1, $2, e.email, e.email, e.department_id, e.location, e.contract_type, e.hash, 'SENT', now()
       FROM jsonb_to_recordset($3::jsonb) AS e(email text, department_id uuid, location text, contract_type text, hash text)`,
      [
        organisationId,
        surveyId,
        JSON.stringify(
          slice.map((e) => ({ ...e, hash: hashOf(tokenFor(run, e.n)) })),
        ),
      ],
    );
  }
  return surveyId;
}

async function timed<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function median(
  runs: number,
  work: () => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

describe('surveys at 20,000 employees', () => {
  let testApp: TestApp;
  let client: Client;
  let pool: Pool;
  let hr: GraphqlCaller;
  let organisationId: string;
  let authorId: string;

  beforeAll(async () => {
    testApp = await bootTestApp({ LOG_LEVEL: 'silent' });
    client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    pool = new Pool({
      connectionString: process.env['DATABASE_URL'],
      max: CONCURRENCY,
    });
    organisationId = await organisationBySlug(
      testApp,
      BENCH_SLUG,
      'Bench surveys',
    );
    const { rows } = await client.query<{ count: string }>(
      'SELECT count(*) FROM employee WHERE organisation_id = $1',
      [organisationId],
    );
    if (Number(rows[0]!.count) < EMPLOYEES)
      await seedOrganisation(client, organisationId);
    const helper = await createOrganisation(testApp.dataSource, 'bench-hr');
    await client.query(
      'UPDATE membership SET organisation_id = $1 WHERE organisation_id = $2',
      [organisationId, helper.id],
    );
    hr = (await callersFor(testApp.url, helper))[Role.HR];
    authorId = (
      await hr.request<{ viewer: { userId: string } }>('{ viewer { userId } }')
    ).data!.viewer.userId;
    await client.query('ANALYZE');
  }, 30 * 60_000);

  afterAll(async () => {
    await pool.end();
    await client.end();
    await testApp.close();
  });

  it('measures answer submissions per second and the results query against plain SQL', async () => {
    void SURVEY_TEMPLATES;
    const run = randomUUID();
    const surveyId = await publishedSurvey(
      client,
      organisationId,
      authorId,
      run,
    );
    await client.query('ANALYZE survey_invitation');

    // (a) GraphQL: numbers 1..SUBMISSIONS, 32 clients, each taking the next number.
    let next = 1;
    const acknowledged: number[] = [];
    const graphql = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          const caller = new GraphqlCaller(testApp.url);
          for (let n = next++; n <= SUBMISSIONS; n = next++) {
            const result = await caller.request<{
              submitSurveyByToken: boolean;
            }>(
              'mutation($t: String!, $a: [AnswerInput!]!) { submitSurveyByToken(token: $t, answers: $a) }',
              {
                t: tokenFor(run, n),
                a: benchResponse(n),
              },
            );
            if (result.data?.submitSurveyByToken === true) acknowledged.push(n);
            else throw new Error(JSON.stringify(result.errors));
          }
        }),
      ),
    );

    // Plain SQL: numbers SUBMISSIONS+1 .. 2×SUBMISSIONS, the same rows in one transaction each, same concurrency.
    const invitationIds = new Map(
      (
        await client.query<{ id: string; email: string }>(
          'SELECT id, email FROM survey_invitation WHERE survey_id = $1',
          [surveyId],
        )
      ).rows.map((r) => [r.email, r.id]),
    );
    const seal = testApp.app.get(AnswerSeal);
    const sealedSize = sealedSizeFor(
      benchSurveyDefinition() as SurveyDefinition,
    );
    const groups = new Map(
      (
        await client.query<{
          email: string;
          department_id: string;
        }>(
          'SELECT email, department_id FROM survey_invitation WHERE survey_id = $1',
          [surveyId],
        )
      ).rows.map((r) => [r.email, r]),
    );
    let plainNext = SUBMISSIONS + 1;
    const today = todayInAmsterdam();
    const plain = await timed(() =>
      Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let n = plainNext++; n <= 2 * SUBMISSIONS; n = plainNext++) {
            const email = `s${n}@bench.example`;
            const group = groups.get(email)!;
            const db = await pool.connect();
            try {
              await db.query('BEGIN');
              const used = await db.query<{ id: string }>(
                'INSERT INTO survey_token_use (organisation_id, survey_id, invitation_id, used_on) VALUES ($1, $2, $3, $4) RETURNING id',
                [organisationId, surveyId, invitationIds.get(email), today],
              );
              await db.query(
                'INSERT INTO survey_response_inbox (organisation_id, survey_id, sealed) VALUES ($1, $2, $3)',
                [
                  organisationId,
                  surveyId,
                  seal.seal(
                    surveyId,
                    {
                      unitKey: group.department_id,
                      tokenUseId: used.rows[0]!.id,
                      answers: Object.fromEntries(
                        benchResponse(n).map(({ questionKey, ...value }) => [
                          questionKey,
                          value,
                        ]),
                      ) as Answers,
                    },
                    sealedSize,
                  ),
                ],
              );
              await db.query('COMMIT');
            } finally {
              db.release();
            }
          }
        }),
      ),
    );
    const graphqlRate = SUBMISSIONS / (graphql.ms / 1000);
    const plainRate = SUBMISSIONS / (plain.ms / 1000);

    // The inbox's move of every waiting response (both halves), as when the survey closes.
    const move = await timed(() =>
      testApp.app.get(SurveyInbox).releaseAll(organisationId, surveyId),
    );
    expect(move.value).toBe(2 * SUBMISSIONS);

    // Exactly once: every acknowledged GraphQL submission is one token use, one response, twenty answers.
    const stored = (
      await client.query<{
        uses: number;
        waiting: number;
        responses: number;
        answers: number;
        duplicates: number;
      }>(
        `SELECT (SELECT count(*)::int FROM survey_token_use WHERE survey_id = $1) AS uses,
                (SELECT count(*)::int FROM survey_response_inbox WHERE survey_id = $1) AS waiting,
                (SELECT count(*)::int FROM survey_response WHERE survey_id = $1) AS responses,
                (SELECT count(*)::int FROM survey_answer WHERE survey_id = $1) AS answers,
                (SELECT count(*)::int FROM (SELECT invitation_id FROM survey_token_use WHERE survey_id = $1 GROUP BY 1 HAVING count(*) > 1) d) AS duplicates`,
        [surveyId],
      )
    ).rows[0]!;
    expect(acknowledged).toHaveLength(SUBMISSIONS);
    expect(new Set(acknowledged).size).toBe(SUBMISSIONS);
    expect(stored).toEqual({
      uses: 2 * SUBMISSIONS,
      waiting: 0,
      responses: 2 * SUBMISSIONS,
      answers: 2 * SUBMISSIONS * 20,
      duplicates: 0,
    });
    const usedByGraphql = await client.query<{ count: number }>(
      `SELECT count(*)::int FROM survey_token_use u JOIN survey_invitation i ON i.id = u.invitation_id WHERE u.survey_id = $1 AND i.token_hash = ANY($2::text[])`,
      [surveyId, acknowledged.map((n) => hashOf(tokenFor(run, n)))],
    );
    expect(usedByGraphql.rows[0]!.count).toBe(SUBMISSIONS);

    // (b) Results over 100,000 answers: a second survey with 5,000 responses inserted directly.
    const resultsSurvey = await publishedSurvey(
      client,
      organisationId,
      authorId,
      `${run}-results`,
    );
    await client.query(
      `WITH chosen AS (SELECT * FROM survey_invitation WHERE survey_id = $2 ORDER BY email LIMIT $3),
            responses AS (
              INSERT INTO survey_response (organisation_id, survey_id, released_on, unit_key)
              SELECT $1, $2, $4, department_id::text FROM chosen RETURNING id)
       INSERT INTO survey_answer (organisation_id, survey_id, response_id, question_key, number_value, option_keys)
       SELECT $1, $2, r.id, 'q' || q, CASE WHEN q <= 10 THEN 1 + (hashtext(r.id::text || q) & 1023) % 5 WHEN q <= 12 THEN (hashtext(r.id::text || q) & 1023) % 11 END,
              CASE WHEN q BETWEEN 13 AND 17 THEN ARRAY[(ARRAY['a','b','c','d'])[1 + (hashtext(r.id::text || q) & 3)]] WHEN q = 18 THEN ARRAY['b','a','d','c'] END
       FROM responses r CROSS JOIN generate_series(1, 20) q WHERE q <= 18`,
      [organisationId, resultsSurvey, RESULT_RESPONSES, today],
    );
    await client.query(
      `INSERT INTO survey_answer (organisation_id, survey_id, response_id, question_key, text_value)
       SELECT $1, $2, r.id, 'q' || q, 'Tekst ' || (hashtext(r.id::text) & 15) FROM survey_response r CROSS JOIN generate_series(19, 20) q WHERE r.survey_id = $2`,
      [organisationId, resultsSurvey],
    );
    // Closed: the department breakdown is published.
    await client.query(
      "UPDATE survey SET status = 'CLOSED', closed_at = now() WHERE id = $1",
      [resultsSurvey],
    );
    await client.query('ANALYZE survey_response; ANALYZE survey_answer');
    const answerCount = (
      await client.query<{ count: number }>(
        'SELECT count(*)::int FROM survey_answer WHERE survey_id = $1',
        [resultsSurvey],
      )
    ).rows[0]!.count;
    expect(answerCount).toBe(RESULT_RESPONSES * 20);

    const graphqlResults = () =>
      hr.request<{
        surveyResults: {
          respondents: number;
          units: { key: string; respondents: number }[];
          questions: {
            key: string;
            overall: { answered: number; mean: number | null } | null;
          }[];
        };
      }>(
        'query($id: ID!) { surveyResults(id: $id, breakdown: "DEPARTMENT") { respondents units { key respondents } questions { key overall { answered mean distribution { value count } } byUnit { unitKey summary { answered mean distribution { value count } } } } } }',
        { id: resultsSurvey },
      );
    const sqlAggregate = () =>
      client.query(
        `SELECT r.unit_key, a.question_key, coalesce(a.number_value::text, o.key) AS value, count(*)::int
         FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
         LEFT JOIN LATERAL unnest(a.option_keys) AS o(key) ON true
         WHERE a.survey_id = $1 AND a.text_value IS NULL
         GROUP BY GROUPING SETS ((r.unit_key, a.question_key, 3), (a.question_key, 3))`,
        [resultsSurvey],
      );
    const shown = (await graphqlResults()).data!.surveyResults;
    const check = await client.query<{ mean: string }>(
      `SELECT round(avg(number_value), 1)::text AS mean FROM survey_answer WHERE survey_id = $1 AND question_key = 'q1'`,
      [resultsSurvey],
    );
    expect(shown.respondents).toBe(RESULT_RESPONSES);
    expect(String(shown.questions[0]!.overall!.mean)).toBe(
      String(Number(check.rows[0]!.mean)),
    );
    const graphqlMs = await median(RESULT_RUNS, graphqlResults);
    const sqlMs = await median(RESULT_RUNS, sqlAggregate);

    const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
    console.log(
      [
        `Surveys at ${EMPLOYEES} employees, survey of 20 questions (${machine})`,
        `(a) submissions, ${CONCURRENCY} concurrent clients, ${SUBMISSIONS} each side:`,
        `    GraphQL (one-time link, validated, stored once): ${graphqlRate.toFixed(0)}/s`,
        `    plain INSERTs of the same rows (pg):              ${plainRate.toFixed(0)}/s`,
        `    ratio plain/GraphQL: ${(plainRate / graphqlRate).toFixed(1)}×`,
        `    then the inbox's move of all ${move.value} into responses and answers: ${(move.ms / 1000).toFixed(1)} s (${(move.value / (move.ms / 1000)).toFixed(0)}/s)`,
        `(b) results with department breakdown over ${answerCount} answers, median of ${RESULT_RUNS}:`,
        `    GraphQL surveyResults (suppressed): ${graphqlMs.toFixed(0)} ms`,
        `    one hand-written SQL aggregate:     ${sqlMs.toFixed(0)} ms`,
        `    ratio GraphQL/SQL: ${(graphqlMs / sqlMs).toFixed(1)}×`,
        `Checked after the move: ${SUBMISSIONS} acknowledged submissions stored exactly once (${stored.uses} token uses, ${stored.responses} responses, ${stored.answers} answers, 0 duplicates).`,
      ].join('\n'),
    );
  });
});
