import { cpus, totalmem } from 'node:os';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Role, todayInAmsterdam } from '@inspraak/domain';
import { Organisation } from '@inspraak/api-core';
import { refreshStanding } from '@inspraak/api-participants';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
} from '../test/test-app';

/**
 * Issue 3, item 8: with 50,000 participants, a filtered pool search and a
 * match for a project, through GraphQL over HTTP, next to the same work in
 * plain SQL with the pg driver, measured in the same run. Prints medians and
 * ratios; the assertions only check that both sides return the same answer.
 */
const PARTICIPANTS = 50_000;
const RUNS = 25;
const BENCH_SLUG = 'bench-50k';

async function median(
  runs: number,
  work: () => Promise<unknown>,
): Promise<number> {
  for (let i = 0; i < 3; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * The n of a bench account `p<n>@bench.example`, NULL for any other account:
 * PostgreSQL may test the conditions in any order, so other organisations'
 * accounts (the survey bench's, in the same database) must not make it fail.
 */
const BENCH_NUMBER = `substring(u.email from '^p([0-9]+)@bench\\.example$')::int`;

/** Seeds one organisation with 50,000 employees who all joined the pool; done once per bench database. */
async function seed(
  client: Client,
  dataSource: DataSource,
  organisationId: string,
): Promise<void> {
  const today = todayInAmsterdam();
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO department (organisation_id, name) SELECT $1, 'Afdeling ' || g FROM generate_series(1, 40) g`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO skill (organisation_id, name) SELECT $1, 'Vaardigheid ' || g FROM generate_series(1, 100) g`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO employee (organisation_id, employee_number, first_name, last_name, email, department_id, location, contract_type, status)
     SELECT $1, 'B' || g, 'Voor' || g, 'Naam' || g, 'p' || g || '@bench.example',
            (SELECT id FROM department WHERE organisation_id = $1 ORDER BY name OFFSET (g % 40) LIMIT 1),
            (ARRAY['Utrecht','Zeist','Amersfoort','Houten','Nieuwegein'])[1 + g % 5], 'VAST', 'ACTIVE'
     FROM generate_series(1, $2::int) g`,
    [organisationId, PARTICIPANTS],
  );
  await client.query(
    `INSERT INTO user_account (email, display_name, password_hash) SELECT 'p' || g || '@bench.example', 'Deelnemer ' || g, 'x' FROM generate_series(1, $1::int) g`,
    [PARTICIPANTS],
  );
  await client.query(
    `INSERT INTO membership (organisation_id, user_id, roles) SELECT $1, u.id, '{MEDEWERKER}' FROM user_account u WHERE u.email LIKE '%@bench.example'`,
    [organisationId],
  );
  // Fresh statistics, or the planner takes the new tables for empty and joins them row by row (minutes instead of seconds).
  await client.query('ANALYZE employee, user_account, membership, skill');
  await client.query(
    `WITH skills AS (SELECT array_agg(id ORDER BY name) AS ids FROM skill WHERE organisation_id = $1)
     INSERT INTO participant (organisation_id, user_id, employee_id, status, paused_until, skill_ids, themes, hours_per_month, ways_of_taking_part, languages, about, visibility, onboarded_at)
     SELECT $1, u.id, e.id, CASE WHEN n % 23 = 0 THEN 'PAUSED'::participation_status ELSE 'ACTIVE' END, CASE WHEN n % 23 = 0 THEN $2::date + 60 END,
            ARRAY[s.ids[1 + n % 100], s.ids[1 + (n * 7) % 100], s.ids[1 + (n * 13) % 100]], ARRAY[(ARRAY['Roosters','Huisvesting','ICT','Werkdruk'])[1 + n % 4]],
            2 + n % 15, '{WORKGROUP,SOUNDING_BOARD}', '{nl}', '', '{"skills":"COLLEAGUES","themes":"COLLEAGUES","availability":"ADVISOR_ONLY","about":"ADVISOR_ONLY"}', now()
     FROM (SELECT u.id, ${BENCH_NUMBER} AS n FROM user_account u WHERE u.email LIKE '%@bench.example') u(id, n)
     JOIN employee e ON e.organisation_id = $1 AND e.email = 'p' || u.n || '@bench.example'
     CROSS JOIN skills s`,
    [organisationId, today],
  );
  await client.query('ANALYZE participant');
  await client.query(
    `INSERT INTO consent_record (organisation_id, participant_id, purpose, granted, text_version)
     SELECT $1, p.id, w, true, 'bench' FROM participant p CROSS JOIN unnest('{WORKGROUP,SOUNDING_BOARD}'::consent_purpose[]) w WHERE p.organisation_id = $1`,
    [organisationId],
  );
  const [version] = (
    await client.query(
      `INSERT INTO agreement_version (organisation_id, version, status, title, markdown, content_hash, term_months, published_at)
     VALUES ($1, 1, 'PUBLISHED', 'Overeenkomst', 'Tekst', repeat('a', 64), 12, now()) RETURNING id`,
      [organisationId],
    )
  ).rows as { id: string }[];
  await client.query(
    `INSERT INTO agreement_acceptance (organisation_id, participant_id, version_id, version, content_hash, valid_until)
     SELECT $1, p.id, $2, 1, repeat('a', 64), $3::date + 200 FROM participant p JOIN user_account u ON u.id = p.user_id
     WHERE p.organisation_id = $1 AND ${BENCH_NUMBER} % 11 <> 0`,
    [organisationId, version!.id, today],
  );
  await client.query('COMMIT');
  // The records went in around the services; derive the standings as they would.
  await refreshStanding(dataSource.manager, organisationId);
  // That rewrote every participant row once more; compact, as rows written one by one over time would be.
  await client.query('VACUUM (FULL) participant');
  await client.query('VACUUM ANALYZE');
}

describe('participant pool at 50,000 participants', () => {
  let testApp: TestApp;
  let client: Client;
  let advisor: GraphqlCaller;
  let organisationId: string;
  let skillIds: string[];
  let departmentId: string;

  beforeAll(async () => {
    testApp = await bootTestApp();
    client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
    const existing = await testApp.dataSource
      .getRepository(Organisation)
      .findOne({ where: { slug: BENCH_SLUG } });
    organisationId =
      existing?.id ??
      (
        await testApp.dataSource
          .getRepository(Organisation)
          .save({ name: 'Bench 50k', slug: BENCH_SLUG })
      ).id;
    const { rows } = await client.query<{ count: string }>(
      'SELECT count(*) FROM participant WHERE organisation_id = $1',
      [organisationId],
    );
    if (Number(rows[0]!.count) < PARTICIPANTS) {
      const started = performance.now();
      await seed(client, testApp.dataSource, organisationId);
      console.log(
        `Seeded ${PARTICIPANTS} participants in ${Math.round(performance.now() - started)} ms`,
      );
    }
    // An advisor account inside the bench organisation.
    const helper = await createOrganisation(
      testApp.dataSource,
      'bench-advisor',
    );
    await client.query(
      'UPDATE membership SET organisation_id = $1 WHERE organisation_id = $2',
      [organisationId, helper.id],
    );
    advisor = (await callersFor(testApp.url, helper))[Role.ADVISEUR];
    skillIds = (
      await client.query<{ id: string }>(
        'SELECT id FROM skill WHERE organisation_id = $1 ORDER BY name LIMIT 2',
        [organisationId],
      )
    ).rows.map((r) => r.id);
    departmentId = (
      await client.query<{ id: string }>(
        'SELECT id FROM department WHERE organisation_id = $1 ORDER BY name LIMIT 1',
        [organisationId],
      )
    ).rows[0]!.id;
  }, 30 * 60_000);

  afterAll(async () => {
    await client.end();
    await testApp.close();
  });

  it(
    'measures a filtered pool search and a match against plain SQL',
    async () => {
      const filter = {
        skillIds: [skillIds[0]],
        departmentId,
        minHoursPerMonth: 5,
        agreementValid: true,
      };
      const graphqlSearch = () =>
        advisor.request<{
          pool: { total: number; items: { participantId: string }[] };
        }>(
          'query($f: PoolFilter) { pool(filter: $f, page: { limit: 25 }) { total items { participantId } } }',
          { f: filter },
        );
      const today = todayInAmsterdam();
      // The plain-SQL side reads the same data the API does: the standing kept on the participant, judged against the current agreement.
      const currentAgreement = `LEFT JOIN (SELECT version, previous_versions_valid_until FROM agreement_version
        WHERE organisation_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1) cur ON true`;
      const agreementValid = (day: string) => `p.agreement_valid_until >= ${day}
        AND (p.accepted_agreement_version = cur.version OR cur.previous_versions_valid_until IS NULL OR cur.previous_versions_valid_until >= ${day})`;
      const sqlSearch = async () => {
        const where = `p.organisation_id = $1 AND p.status <> 'LEFT' AND p.skill_ids @> $2::uuid[] AND e.department_id = $3 AND p.hours_per_month >= 5
        AND ${agreementValid('$4::date')}`;
        const from = `FROM participant p JOIN user_account u ON u.id = p.user_id LEFT JOIN employee e ON e.id = p.employee_id ${currentAgreement} WHERE ${where}`;
        const total = await client.query(
          `SELECT count(*)::int AS total ${from}`,
          [organisationId, [skillIds[0]], departmentId, today],
        );
        const page = await client.query(
          `SELECT p.id ${from} ORDER BY u.display_name, p.id LIMIT 25`,
          [organisationId, [skillIds[0]], departmentId, today],
        );
        return {
          total: (total.rows[0] as { total: number }).total,
          ids: page.rows.map((r: { id: string }) => r.id),
        };
      };

      const need = {
        skillIds,
        themes: ['ICT'],
        size: 8,
        hoursPerMonth: 6,
        wayOfTakingPart: 'WORKGROUP',
        mustCoverDepartmentIds: [departmentId],
      };
      const graphqlMatch = () =>
        advisor.request<{ matchParticipants: { eligibleCount: number } }>(
          'query($n: MatchNeedInput!) { matchParticipants(need: $n) { eligibleCount candidates { participantId score } } }',
          { n: need },
        );
      // The plain-SQL counterpart ranks in the database by skills in common, among eligible people (not paused, a valid agreement, consent).
      const sqlMatch = () =>
        client.query(
          `SELECT p.id, cardinality(ARRAY(SELECT unnest(p.skill_ids) INTERSECT SELECT unnest($2::uuid[]))) AS matched
         FROM participant p ${currentAgreement}
         WHERE p.organisation_id = $1 AND p.status <> 'LEFT'
           AND NOT CASE WHEN p.paused_until IS NULL THEN p.status = 'PAUSED' ELSE $3::date < p.paused_until END
           AND ${agreementValid('$3::date')} AND 'WORKGROUP' = ANY (p.consents)
         ORDER BY matched DESC, p.hours_per_month DESC, p.id LIMIT 20`,
          [organisationId, skillIds, today],
        );

      // A need without skills: the candidates are found by theme, way and hours instead of the skills index.
      const themeNeed = { ...need, skillIds: [] };
      const graphqlThemeMatch = () =>
        advisor.request<{ matchParticipants: { eligibleCount: number } }>(
          'query($n: MatchNeedInput!) { matchParticipants(need: $n) { eligibleCount candidates { participantId score } } }',
          { n: themeNeed },
        );
      const sqlThemeMatch = () =>
        client.query(
          `SELECT p.id, ('ICT' = ANY (p.themes))::int AS matched
         FROM participant p ${currentAgreement}
         WHERE p.organisation_id = $1 AND p.status <> 'LEFT'
           AND NOT CASE WHEN p.paused_until IS NULL THEN p.status = 'PAUSED' ELSE $2::date < p.paused_until END
           AND ${agreementValid('$2::date')} AND 'WORKGROUP' = ANY (p.consents)
         ORDER BY matched DESC, p.hours_per_month DESC, p.id LIMIT 20`,
          [organisationId, today],
        );

      // Both sides answer the same question.
      const [viaGraphql, viaSql] = [await graphqlSearch(), await sqlSearch()];
      expect(viaGraphql.data?.pool.total).toBe(viaSql.total);
      expect(viaGraphql.data!.pool.total).toBeGreaterThan(0);
      const matched = await graphqlMatch();
      expect(matched.data?.matchParticipants.eligibleCount).toBeGreaterThan(
        40_000,
      );
      expect(
        (await graphqlThemeMatch()).data?.matchParticipants.eligibleCount,
      ).toBe(matched.data?.matchParticipants.eligibleCount);

      const figures = {
        searchGraphql: await median(RUNS, graphqlSearch),
        searchSql: await median(RUNS, sqlSearch),
        matchGraphql: await median(Math.ceil(RUNS / 2), graphqlMatch),
        matchSql: await median(Math.ceil(RUNS / 2), sqlMatch),
        themeMatchGraphql: await median(Math.ceil(RUNS / 2), graphqlThemeMatch),
        themeMatchSql: await median(Math.ceil(RUNS / 2), sqlThemeMatch),
      };
      const cpu = cpus();
      const line = (label: string, ours: number, baseline: number) =>
        `${label.padEnd(34)} ${ours.toFixed(1).padStart(8)} ms   plain SQL ${baseline.toFixed(1).padStart(8)} ms   ratio ${(ours / baseline).toFixed(2)}×`;
      console.log(
        [
          `Participant pool benchmark, ${PARTICIPANTS} participants, median of ${RUNS} runs (match: ${Math.ceil(RUNS / 2)})`,
          `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
          line(
            'Filtered pool search (GraphQL)',
            figures.searchGraphql,
            figures.searchSql,
          ),
          line(
            'Match for a project (GraphQL)',
            figures.matchGraphql,
            figures.matchSql,
          ),
          line(
            'Match without skills (GraphQL)',
            figures.themeMatchGraphql,
            figures.themeMatchSql,
          ),
        ].join('\n'),
      );
    },
    30 * 60_000,
  );
});
