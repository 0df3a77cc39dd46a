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

/**
 * Issue 3, item 8: with 50,000 participants, a filtered pool search and a
 * match for a project, through GraphQL over HTTP, next to the same work in
 * plain SQL with the pg driver, measured in the same run. Prints medians and
 * ratios; the assertions only check that both sides return the same answer.
 */
const RUNS = 25;

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
    organisationId = await poolOrganisation(testApp, client);
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
