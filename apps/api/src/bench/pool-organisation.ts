import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { todayInAmsterdam } from '@inspraak/domain';
import { Organisation } from '@inspraak/api-core';
import { refreshStanding } from '@inspraak/api-participants';
import type { TestApp } from '../test/test-app';

/**
 * The benches' large organisation: 50,000 employees who all joined the
 * participant pool (pool.bench.ts measures its search and match; the mixed
 * load browses it). Seeded once per bench database, about two minutes.
 */
export const PARTICIPANTS = 50_000;
const BENCH_SLUG = 'bench-50k';

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

/** The id of a bench organisation kept in the bench database from run to run; made on first use. */
export async function organisationBySlug(
  testApp: TestApp,
  slug: string,
  name: string,
): Promise<string> {
  const organisations = testApp.dataSource.getRepository(Organisation);
  const existing = await organisations.findOne({ where: { slug } });
  return existing?.id ?? (await organisations.save({ name, slug })).id;
}

/** The id of the 50,000-participant organisation, seeded first when the bench database does not have it yet. */
export async function poolOrganisation(
  testApp: TestApp,
  client: Client,
): Promise<string> {
  const organisationId = await organisationBySlug(
    testApp,
    BENCH_SLUG,
    'Bench 50k',
  );
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
  return organisationId;
}
