import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { addDays, todayInAmsterdam } from '@inspraak/domain';
import { loadConfig } from '@inspraak/api-core';
import {
  migrate,
  migrationDataSource,
} from '../database/migration-data-source';
import {
  DEMO_ACCOUNTS,
  DEMO_ORGANISATION_SLUG,
  DEMO_PASSWORD,
  seedDemo,
} from '../seed/demo-seed';
import {
  pendingShowcaseParts,
  seedShowcase,
  SHOWCASE_PARTS,
  SHOWCASE_TITLES,
} from '../seed/demo-showcase';
import { bootTestApp, GraphqlCaller, TestApp } from './test-app';

/**
 * The demo organisation on a database of its own (its slug is unique, and
 * the other test files share theirs): seeded twice, the second run adds
 * nothing, and what it shows is what the product shows.
 */
describe('demo organisation', () => {
  const baseUrl = new URL(loadConfig().DATABASE_URL);
  const freshName = `${baseUrl.pathname.slice(1)}_demo_${process.pid}`;
  const freshUrl = Object.assign(new URL(baseUrl.href), {
    pathname: `/${freshName}`,
  }).href;
  const admin = () =>
    new Client({
      connectionString: Object.assign(new URL(baseUrl.href), {
        pathname: '/postgres',
      }).href,
    });
  let testApp: TestApp;
  let dataSource: DataSource;
  let organisationId: string;
  let firstRunMs: number;
  let secondRunMs: number;

  const count = async (sql: string, ...params: unknown[]) =>
    Number(
      (
        (await dataSource.query(sql, [organisationId, ...params])) as {
          n: string;
        }[]
      )[0]!.n,
    );

  /** Everything the seed made, row by row, to compare two runs. */
  const census = async () => {
    const tables = [
      'employee',
      'department',
      'user_account',
      'membership',
      'skill',
      'participant',
      'consent_record',
      'agreement_version',
      'agreement_acceptance',
      'trajectory',
      'regie_team_member',
      'workgroup',
      'workgroup_membership',
      'board_post',
      'meeting',
      'action_item',
      'phase_evaluation',
      'survey',
      'survey_invitation',
      'survey_response',
      'procedure',
      'procedure_evidence',
      'notification',
    ];
    const result: Record<string, number> = {};
    for (const table of tables)
      result[table] =
        table === 'user_account'
          ? Number(
              (
                (await dataSource.query(
                  'SELECT count(*) AS n FROM user_account',
                )) as { n: string }[]
              )[0]!.n,
            )
          : await count(
              `SELECT count(*) AS n FROM ${table} WHERE organisation_id = $1`,
            );
    return result;
  };

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${freshName}"`);
    await client.query(`CREATE DATABASE "${freshName}"`);
    await client.end();
    const migrations = await migrationDataSource({
      DATABASE_URL: freshUrl,
    }).initialize();
    await migrate(migrations);
    await migrations.destroy();
    testApp = await bootTestApp({ DATABASE_URL: freshUrl });
    dataSource = testApp.dataSource;
  });
  afterAll(async () => {
    await testApp?.close();
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${freshName}" WITH (FORCE)`);
    await client.end();
  });

  it('is seeded once with its content; a second run adds nothing', async () => {
    let started = Date.now();
    expect(await seedDemo(dataSource)).toBe(true);
    [{ id: organisationId }] = (await dataSource.query(
      'SELECT id FROM organisation WHERE slug = $1',
      [DEMO_ORGANISATION_SLUG],
    )) as { id: string }[];
    const timings = await seedShowcase(testApp.app, dataSource, organisationId);
    firstRunMs = Date.now() - started;
    expect(timings.map((t) => t.part)).toEqual([...SHOWCASE_PARTS]);
    const first = await census();

    started = Date.now();
    expect(await seedDemo(dataSource)).toBe(false);
    expect(await pendingShowcaseParts(dataSource, organisationId)).toEqual([]);
    // Nothing to do: the second run finds every part recorded and makes nothing (its time is printed, not asserted).
    expect(await seedShowcase(testApp.app, dataSource, organisationId)).toEqual(
      [],
    );
    secondRunMs = Date.now() - started;
    expect(await census()).toEqual(first);
    console.log(
      `Demo seed: first run ${(firstRunMs / 1000).toFixed(1)} s (${timings
        .map((t) => `${t.part} ${(t.ms / 1000).toFixed(1)} s`)
        .join(', ')}), second run ${secondRunMs} ms`,
    );

    // About 200 employees, every one with an account linked to the directory; the six logins each with a department.
    expect(first['employee']).toBeGreaterThanOrEqual(200);
    expect(
      await count(
        `SELECT count(*) AS n FROM employee e WHERE e.organisation_id = $1
         AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.employee_id = e.id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM membership m JOIN user_account u ON u.id = m.user_id
         JOIN employee e ON e.id = m.employee_id
         WHERE m.organisation_id = $1 AND u.email = ANY($2) AND e.department_id IS NOT NULL`,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    ).toBe(6);
  });

  it('has a pool with skills, consents and accepted agreements, a few ending soon', async () => {
    expect(
      await count(
        "SELECT count(*) AS n FROM participant WHERE organisation_id = $1 AND status <> 'LEFT'",
      ),
    ).toBe(60);
    expect(
      await count('SELECT count(*) AS n FROM skill WHERE organisation_id = $1'),
    ).toBeGreaterThanOrEqual(10);
    expect(
      await count(
        "SELECT count(*) AS n FROM agreement_version WHERE organisation_id = $1 AND status = 'PUBLISHED'",
      ),
    ).toBe(1);
    const accepted = await count(
      'SELECT count(DISTINCT participant_id) AS n FROM agreement_acceptance WHERE organisation_id = $1',
    );
    expect(accepted).toBeGreaterThanOrEqual(50);
    expect(accepted).toBeLessThan(60);
    const today = todayInAmsterdam();
    expect(
      await count(
        'SELECT count(*) AS n FROM agreement_acceptance WHERE organisation_id = $1 AND valid_until BETWEEN $2 AND $3',
        today,
        addDays(today, 30),
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        'SELECT count(DISTINCT participant_id) AS n FROM consent_record WHERE organisation_id = $1',
      ),
    ).toBe(60);
  });

  it('has three trajectories in different phases with full regie teams and their work', async () => {
    const trajectories = (await dataSource.query(
      'SELECT id, title, current_phase AS phase FROM trajectory WHERE organisation_id = $1',
      [organisationId],
    )) as { id: string; title: string; phase: number }[];
    expect(trajectories.map((t) => t.title).sort()).toEqual(
      [...SHOWCASE_TITLES.trajectories].sort(),
    );
    expect(new Set(trajectories.map((t) => t.phase)).size).toBe(3);
    for (const trajectory of trajectories)
      expect(
        await count(
          'SELECT count(DISTINCT role) AS n FROM regie_team_member WHERE organisation_id = $1 AND trajectory_id = $2',
          trajectory.id,
        ),
      ).toBe(4);
    expect(
      await count(
        "SELECT count(*) AS n FROM workgroup WHERE organisation_id = $1 AND call_status = 'OPEN' AND closes_on >= $2",
        todayInAmsterdam(),
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM workgroup_membership WHERE organisation_id = $1 AND status = 'APPLIED'",
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        "SELECT count(*) AS n FROM workgroup_membership WHERE organisation_id = $1 AND status = 'MEMBER'",
      ),
    ).toBeGreaterThanOrEqual(6);
    expect(
      await count(
        "SELECT count(*) AS n FROM board_post WHERE organisation_id = $1 AND kind IN ('PRO', 'CON') AND response IS NOT NULL",
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        'SELECT count(*) AS n FROM board_post WHERE organisation_id = $1 AND response IS NULL',
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        'SELECT count(*) AS n FROM meeting WHERE organisation_id = $1 AND minutes IS NOT NULL',
      ),
    ).toBeGreaterThanOrEqual(3);
    expect(
      await count(
        "SELECT count(*) AS n FROM action_item WHERE organisation_id = $1 AND status <> 'DONE' AND due_on < $2",
        todayInAmsterdam(),
      ),
    ).toBeGreaterThanOrEqual(2);
    expect(
      await count(
        'SELECT count(*) AS n FROM phase_evaluation WHERE organisation_id = $1',
      ),
    ).toBe(1);
  });

  it('has two closed runs of one survey whose results an author reads above the threshold, and one running survey', async () => {
    const surveys = (await dataSource.query(
      'SELECT id, title, status, series_id AS series, run, closed_at AS "closedAt" FROM survey WHERE organisation_id = $1 ORDER BY title, run',
      [organisationId],
    )) as {
      id: string;
      title: string;
      status: string;
      series: string;
      run: number;
      closedAt: Date | null;
    }[];
    const runs = surveys.filter((s) => s.title === SHOWCASE_TITLES.series);
    expect(runs.map((s) => [s.run, s.status])).toEqual([
      [1, 'CLOSED'],
      [2, 'CLOSED'],
    ]);
    expect(runs[0]!.series).toBe(runs[1]!.series);
    expect(runs[0]!.closedAt!.getTime()).toBeLessThan(Date.now() - 86_400_000);
    const running = surveys.find((s) => s.title === SHOWCASE_TITLES.running)!;
    expect(running.status).toBe('PUBLISHED');
    expect(
      await count(
        'SELECT count(*) AS n FROM survey_token_use WHERE organisation_id = $1 AND survey_id = $2',
        running.id,
      ),
    ).toBeGreaterThan(0);

    const hr = new GraphqlCaller(testApp.url);
    expect((await hr.login('hr@demo.inspraak.nl', DEMO_PASSWORD)).errors).toBe(
      undefined,
    );
    for (const run of runs) {
      const response = await hr.request<{
        surveyResults: {
          respondents: number | null;
          breakdownShown: boolean;
          units: { respondents: number }[];
          hiddenGroups: number;
          previousRunId: string | null;
          questions: {
            key: string;
            overall: { mean: number | null } | null;
            previous: { mean: number | null } | null;
          }[];
        };
      }>(
        'query($id: ID!) { surveyResults(id: $id) { respondents breakdownShown hiddenGroups previousRunId units { respondents } questions { key overall { mean } previous { mean } } } }',
        { id: run.id },
      );
      expect(response.errors).toBe(undefined);
      const results = response.data!.surveyResults;
      expect(results.respondents).toBeGreaterThanOrEqual(100);
      expect(results.breakdownShown).toBe(true);
      expect(results.units.length).toBeGreaterThanOrEqual(3);
      for (const unit of results.units)
        expect(unit.respondents).toBeGreaterThanOrEqual(5);
      const workload = results.questions.find((q) => q.key === 'workload')!;
      expect(workload.overall?.mean).toEqual(expect.any(Number));
      if (run.run === 2) {
        expect(results.previousRunId).toBe(runs[0]!.id);
        expect(workload.previous?.mean).toEqual(expect.any(Number));
      }
    }
  });

  it('has a procedure with evidence and a draft letter, and one in its suspension month', async () => {
    const procedures = (await dataSource.query(
      `SELECT p.id, p.state, (SELECT count(*)::int FROM procedure_evidence e WHERE e.procedure_id = p.id) AS evidence,
              (SELECT l.draft FROM procedure_letter l WHERE l.procedure_id = p.id) AS draft
       FROM procedure p WHERE p.organisation_id = $1`,
      [organisationId],
    )) as {
      id: string;
      state: string;
      evidence: number;
      draft: string | null;
    }[];
    expect(procedures).toHaveLength(2);
    const consulted = procedures.find(
      (p) => p.state === 'EMPLOYEES_CONSULTED',
    )!;
    expect(consulted.evidence).toBe(3);
    expect(consulted.draft).toEqual(expect.stringContaining('Logistiek'));
    expect(procedures.some((p) => p.state === 'SUSPENDED')).toBe(true);

    const secretary = new GraphqlCaller(testApp.url);
    await secretary.login('or-secretaris@demo.inspraak.nl', DEMO_PASSWORD);
    const suspended = procedures.find((p) => p.state === 'SUSPENDED')!;
    const response = await secretary.request<{
      procedure: { nextDeadline: { kind: string; date: string } | null };
    }>(
      'query($id: ID!) { procedure(id: $id) { nextDeadline { kind date } } }',
      {
        id: suspended.id,
      },
    );
    expect(response.errors).toBe(undefined);
    expect(
      response.data!.procedure.nextDeadline!.date > todayInAmsterdam(),
    ).toBe(true);
  });

  it('has notifications for each demo login, in both languages', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const rows = (await dataSource.query(
        `SELECT n.title_nl AS nl, n.title_en AS en FROM notification n JOIN user_account u ON u.id = n.user_id
         WHERE n.organisation_id = $1 AND u.email = $2`,
        [organisationId, account.email],
      )) as { nl: string; en: string }[];
      expect(rows.length).toBeGreaterThanOrEqual(1);
      for (const row of rows) {
        expect(row.nl).not.toBe('');
        expect(row.en).not.toBe('');
      }
    }
  });
});
