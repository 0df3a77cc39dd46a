import { DataSource } from 'typeorm';
import { Role, todayInAmsterdam } from '@inspraak/domain';
import { Actor, TenantDb } from '@inspraak/api-core';
import {
  MatchNeedInput,
  PoolService,
  refreshStanding,
} from '@inspraak/api-participants';
import { bootTestApp, createOrganisation, TestApp } from './test-app';

/**
 * `matchParticipants` reads only the candidates that can reach the answer
 * (pool-match.ts). This checks, on a varied pool and many needs, that the
 * answer equals the reference: every snapshot loaded and ranked by the
 * domain's `rankParticipants` / `suggestTeam` (PoolService.matchByFullLoad),
 * and that the fast path really answered (no fallback).
 */
const PARTICIPANTS = 700;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seedPool(dataSource: DataSource, organisationId: string) {
  const today = todayInAmsterdam();
  const q = (sql: string, params: unknown[]) => dataSource.query(sql, params);
  await q(
    `INSERT INTO department (organisation_id, name) SELECT $1, CASE WHEN g = 6 THEN '' ELSE 'Afdeling ' || g END FROM generate_series(1, 7) g`,
    [organisationId],
  );
  await q(
    `INSERT INTO skill (organisation_id, name) SELECT $1, 'Vaardigheid ' || g FROM generate_series(1, 9) g`,
    [organisationId],
  );
  const tag = organisationId.slice(0, 8);
  // Some employees without department or location; participants 1..N.
  await q(
    `INSERT INTO employee (organisation_id, employee_number, first_name, last_name, email, department_id, location, contract_type, status)
     SELECT $1, 'E' || g, 'Voor' || g, 'Naam' || g, 'm' || g || '.' || $3 || '@eq.example',
            CASE WHEN g % 17 = 0 THEN NULL ELSE (SELECT id FROM department WHERE organisation_id = $1 ORDER BY name OFFSET ((g * 7) % 7) LIMIT 1) END,
            CASE WHEN g % 19 = 0 THEN NULL ELSE (ARRAY['Utrecht','Zeist','Amersfoort',''])[1 + (g * 3) % 4] END, 'VAST', 'ACTIVE'
     FROM generate_series(1, $2::int) g`,
    [organisationId, PARTICIPANTS, tag],
  );
  await q(
    `UPDATE employee e SET department_id = (SELECT id FROM department WHERE organisation_id = $1 ORDER BY name OFFSET (substring(e.employee_number from 2)::int % 7) LIMIT 1)
     WHERE e.organisation_id = $1 AND e.department_id IS NOT NULL`,
    [organisationId],
  );
  await q(
    `INSERT INTO user_account (email, display_name, password_hash) SELECT 'm' || g || '.' || $2 || '@eq.example', 'Deelnemer ' || g, 'x' FROM generate_series(1, $1::int) g`,
    [PARTICIPANTS, tag],
  );
  // Skills, themes, hours, ways and statuses vary with different strides, so features combine freely (hours include 0 and negatives never occur: smallint >= 0 in practice but 0 is kept).
  await q(
    `WITH skills AS (SELECT array_agg(id ORDER BY name) AS ids FROM skill WHERE organisation_id = $1)
     INSERT INTO participant (organisation_id, user_id, employee_id, status, paused_until, skill_ids, themes, hours_per_month, ways_of_taking_part, languages, about, visibility, onboarded_at)
     SELECT $1, u.id, e.id,
            CASE WHEN n % 13 = 0 THEN 'PAUSED'::participation_status WHEN n % 29 = 0 THEN 'LEFT' ELSE 'ACTIVE' END,
            CASE WHEN n % 13 = 0 AND n % 2 = 0 THEN $2::date + 30 WHEN n % 13 = 0 AND n % 3 = 0 THEN $2::date - 3 WHEN n % 31 = 0 THEN $2::date + 5 WHEN n % 37 = 0 THEN $2::date END,
            (ARRAY[s.ids[1 + n % 9], s.ids[1 + (n * 5) % 9], s.ids[1 + (n * 7) % 9]])[1:(n % 4)],
            (ARRAY['Roosters','Huisvesting','ICT','Werkdruk','roosters'])[1 + n % 5:1 + n % 5 + (n / 5) % 3],
            (n * 11) % 25,
            (ARRAY['{WORKGROUP}','{SOUNDING_BOARD,WORKGROUP}','{}','{SURVEY_PANEL}','{AMBASSADOR,WORKGROUP}'])[1 + (n / 3) % 5]::way_of_taking_part[],
            '{nl}', '', '{}', now()
     FROM (SELECT u.id, substring(u.email from 2 for position('.' in u.email) - 2)::int AS n FROM user_account u WHERE u.email LIKE '%.' || $3 || '@eq.example') u(id, n)
     JOIN employee e ON e.organisation_id = $1 AND e.email = 'm' || u.n || '.' || $3 || '@eq.example'
     CROSS JOIN skills s`,
    [organisationId, today, tag],
  );
  // A few without a directory entry (location '', no department).
  await q(
    `UPDATE participant SET employee_id = NULL WHERE organisation_id = $1 AND abs(hashtext(id::text)) % 23 = 0`,
    [organisationId],
  );
  // Consents: granted, later withdrawn, withdrawn and granted again, per purpose.
  await q(
    `INSERT INTO consent_record (organisation_id, participant_id, purpose, granted, text_version, recorded_at)
     SELECT $1, p.id, w, true, 't', now() - interval '2 days' FROM participant p CROSS JOIN unnest('{WORKGROUP,SOUNDING_BOARD,SURVEY_PANEL}'::consent_purpose[]) w
     WHERE p.organisation_id = $1 AND (hashtext(p.id::text || w::text) % 5) <> 0`,
    [organisationId],
  );
  await q(
    `INSERT INTO consent_record (organisation_id, participant_id, purpose, granted, text_version, recorded_at)
     SELECT $1, c.participant_id, c.purpose, abs(hashtext(c.id::text)) % 3 = 0, 't', now() - interval '1 day' FROM consent_record c
     WHERE c.organisation_id = $1 AND abs(hashtext(c.id::text)) % 4 = 0`,
    [organisationId],
  );
  // Two published versions: v2 current, acceptance of v1 valid until a transition date (in the past, so v1 holders are outdated).
  const [v1] = (await q(
    `INSERT INTO agreement_version (organisation_id, version, status, title, markdown, content_hash, term_months, published_at)
     VALUES ($1, 1, 'PUBLISHED', 'Overeenkomst', 'Tekst', repeat('a', 64), 12, now()) RETURNING id`,
    [organisationId],
  )) as { id: string }[];
  const [v2] = (await q(
    `INSERT INTO agreement_version (organisation_id, version, status, title, markdown, content_hash, term_months, published_at, previous_versions_valid_until)
     VALUES ($1, 2, 'PUBLISHED', 'Overeenkomst', 'Tekst 2', repeat('b', 64), 12, now(), $2::date - 1) RETURNING id`,
    [organisationId, today],
  )) as { id: string }[];
  // Acceptances: none, of v1 only, of v2 (some expired, some expiring today), of both.
  await q(
    `INSERT INTO agreement_acceptance (organisation_id, participant_id, version_id, version, content_hash, valid_until)
     SELECT $1, p.id, $2, 1, repeat('a', 64), $3::date + 100 FROM participant p WHERE p.organisation_id = $1 AND abs(hashtext(p.id::text)) % 7 IN (1, 2, 3)`,
    [organisationId, v1!.id, today],
  );
  await q(
    `INSERT INTO agreement_acceptance (organisation_id, participant_id, version_id, version, content_hash, valid_until)
     SELECT $1, p.id, $2, 2, repeat('b', 64), CASE WHEN abs(hashtext(p.id::text)) % 11 = 0 THEN $3::date - 1 WHEN abs(hashtext(p.id::text)) % 13 = 0 THEN $3::date ELSE $3::date + 200 END
     FROM participant p WHERE p.organisation_id = $1 AND abs(hashtext(p.id::text)) % 7 IN (0, 3, 4, 5)`,
    [organisationId, v2!.id, today],
  );
  // Written around the services, so the standings are derived here.
  await refreshStanding(dataSource.manager, organisationId);
  // A skill nobody holds whose mask bit is that of a held skill, so the masks' false positives are exercised.
  await q(
    `INSERT INTO skill (id, organisation_id, name)
     SELECT g.id, $1, 'Vaardigheid botsend' FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, 5000)) g
     WHERE participant_uuid_mask(ARRAY[g.id]) = (SELECT participant_uuid_mask(ARRAY[id]) FROM skill WHERE organisation_id = $1 AND name = 'Vaardigheid 1')
     LIMIT 1`,
    [organisationId],
  );
}

/** A theme nobody holds whose mask bit is that of 'ICT', which many hold. */
async function collidingTheme(dataSource: DataSource): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT 'Thema ' || g AS theme FROM generate_series(1, 5000) g
     WHERE participant_text_mask(ARRAY['Thema ' || g]::varchar[]) = participant_text_mask('{ICT}'::varchar[]) LIMIT 1`,
  )) as { theme: string }[];
  return row!.theme;
}

describe('matchParticipants equals the full-load reference', () => {
  let testApp: TestApp;
  let pool: PoolService;
  let tenantDb: TenantDb;
  let actor: Actor;
  let skills: string[];
  let departments: string[];

  beforeAll(async () => {
    testApp = await bootTestApp();
    const organisation = await createOrganisation(
      testApp.dataSource,
      'match-eq',
    );
    await seedPool(testApp.dataSource, organisation.id);
    pool = testApp.app.get(PoolService);
    tenantDb = testApp.app.get(TenantDb);
    actor = {
      userId: '00000000-0000-0000-0000-000000000000',
      email: organisation.emails[Role.ADVISEUR],
      displayName: 'Adviseur',
      organisationId: organisation.id,
      roles: [Role.ADVISEUR],
      employeeId: null,
      sessionId: null,
    };
    skills = (
      (await testApp.dataSource.query(
        'SELECT id FROM skill WHERE organisation_id = $1 ORDER BY name',
        [organisation.id],
      )) as { id: string }[]
    ).map((r) => r.id);
    departments = (
      (await testApp.dataSource.query(
        'SELECT id FROM department WHERE organisation_id = $1 ORDER BY name',
        [organisation.id],
      )) as { id: string }[]
    ).map((r) => r.id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const pick = <T>(next: () => number, from: readonly T[], max: number) =>
    from.filter(() => next() < max / Math.max(1, from.length));

  it('gives the same candidates, scores, counts, team and uncovered list for many needs', async () => {
    const next = random(20_260_101);
    const ways = ['WORKGROUP', 'SOUNDING_BOARD', 'SURVEY_PANEL', 'AMBASSADOR'];
    const locations = ['Utrecht', 'Zeist', 'Amersfoort', '', 'Nergens'];
    const themes = [
      'Roosters',
      'Huisvesting',
      'ICT',
      'Werkdruk',
      'Onbekend',
      await collidingTheme(testApp.dataSource),
    ];
    expect(skills).toHaveLength(10);
    const fullLoad = jest.spyOn(pool, 'matchByFullLoad');
    let nonTrivial = 0;
    for (let run = 0; run < 60; run += 1) {
      const need: MatchNeedInput = {
        skillIds: [
          ...pick(next, skills, 1 + Math.floor(next() * 4)),
          // Duplicates and another spelling of an id are part of the contract too.
          ...(run % 7 === 0 ? [skills[0]!, skills[0]!.toUpperCase()] : []),
        ],
        themes: pick(next, themes, Math.floor(next() * 3)),
        size: 1 + Math.floor(next() * 12),
        mustCoverDepartmentIds:
          run % 3 === 0 ? [] : pick(next, departments, 1 + next() * 3),
        mustCoverLocations:
          run % 4 === 0 ? [] : pick(next, locations, next() * 3),
        hoursPerMonth: run % 5 === 0 ? undefined : Math.floor(next() * 20),
        wayOfTakingPart: ways[
          run % ways.length
        ] as MatchNeedInput['wayOfTakingPart'],
      };
      const limit = 1 + Math.floor(next() * 30);
      fullLoad.mockClear();
      const fast = await pool.match(actor, need, limit);
      expect(fullLoad).not.toHaveBeenCalled();
      const scope = tenantDb.scope(actor);
      const reference = await pool.matchByFullLoad(
        scope,
        {
          skills: need.skillIds,
          themes: need.themes,
          size: need.size,
          mustCoverDepartments: need.mustCoverDepartmentIds,
          mustCoverLocations: need.mustCoverLocations,
          hoursPerMonth: need.hoursPerMonth ?? undefined,
          wayOfTakingPart: need.wayOfTakingPart,
        },
        limit,
        todayInAmsterdam(),
      );
      expect(fast).toEqual(reference);
      if (reference.candidates.length > 0 && reference.ineligible.length > 2)
        nonTrivial += 1;
    }
    expect(nonTrivial).toBeGreaterThan(30);
    fullLoad.mockRestore();
  });

  it('keeps masks that follow the arrays, with a bit of its own for every purpose and way', async () => {
    const q = (sql: string) =>
      testApp.dataSource.query(sql) as Promise<Record<string, unknown>[]>;
    // A value added to either enum without a bit in the mask functions would silently never match.
    for (const [type, fn] of [
      ['consent_purpose', 'participant_consent_mask'],
      ['way_of_taking_part', 'participant_way_mask'],
    ] as const) {
      const bits = await q(
        `SELECT v::text AS value, ${fn}(ARRAY[v]) AS bit FROM unnest(enum_range(NULL::${type})) v`,
      );
      const values = bits.map((b) => Number(b['bit']));
      expect(values.every((b) => b > 0 && (b & (b - 1)) === 0)).toBe(true);
      expect(new Set(values).size).toBe(bits.length);
    }
    // Written through TypeORM like any profile change: the masks follow.
    const [someone] = await q(
      `SELECT id FROM participant WHERE organisation_id = '${actor.organisationId}' LIMIT 1`,
    );
    await testApp.dataSource.query(
      `UPDATE participant SET skill_ids = $2, themes = '{Nieuw}', ways_of_taking_part = '{AMBASSADOR}' WHERE id = $1`,
      [someone!['id'], [skills[3]]],
    );
    const [after] = await testApp.dataSource.query(
      `SELECT skill_mask = participant_uuid_mask($2::uuid[]) AS skills, theme_mask = participant_text_mask('{Nieuw}') AS themes,
              way_mask = 8 AS ways, consent_mask = participant_consent_mask(consents) AS consents
       FROM participant WHERE id = $1`,
      [someone!['id'], [skills[3]]],
    );
    expect(after).toEqual({
      skills: true,
      themes: true,
      ways: true,
      consents: true,
    });
  });
});
