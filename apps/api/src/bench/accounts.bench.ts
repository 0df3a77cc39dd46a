import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { Role } from '@inspraak/domain';
import { QueueName } from '@inspraak/api-core';
import {
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
} from '../test/test-app';

/**
 * Issue 12, "Speed". An organisation of 20,000 employees without accounts:
 *  (a) `inviteEmployees(everyoneWithoutAccount)` through GraphQL — 20,000
 *      accounts, memberships and pending invitations in one transaction, and
 *      400 batches queued in Redis — next to plain INSERT … SELECTs of the
 *      same rows (user_account, membership, account_invitation) for a second
 *      organisation of 20,000, in the same run;
 *  (b) the worker's sending rate: a worker with INVITATION_MAILS_PER_SECOND
 *      (default here 100) mails into the development outbox for
 *      RATE_SECONDS; mails per second counted from the invitations marked
 *      sent. The rest is revoked and the queue emptied afterwards.
 */
const EMPLOYEES = 20_000;
const RATE_SECONDS = 15;
const MAILS_PER_SECOND = process.env['INVITATION_MAILS_PER_SECOND'] ?? '100';

async function seedOrganisation(
  client: Client,
  name: string,
  emailPrefix: string,
): Promise<string> {
  await client.query('BEGIN');
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO organisation (name, slug) VALUES ($1, $2) RETURNING id`,
    [name, name.toLowerCase().replace(/[^a-z0-9]+/g, '-')],
  );
  const organisationId = rows[0]!.id;
  await client.query(
    `INSERT INTO department (organisation_id, name) SELECT $1, 'Afdeling ' || g FROM generate_series(1, 40) g`,
    [organisationId],
  );
  await client.query(
    `INSERT INTO employee (organisation_id, employee_number, first_name, last_name, email, department_id, status)
     SELECT $1, 'A' || g, 'Voor' || g, 'Naam' || g, $3 || g || '@bench.example',
            (SELECT id FROM department WHERE organisation_id = $1 ORDER BY name OFFSET (g % 40) LIMIT 1), 'ACTIVE'
       FROM generate_series(1, $2::int) g`,
    [organisationId, EMPLOYEES, emailPrefix],
  );
  await client.query('COMMIT');
  return organisationId;
}

async function timed<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

describe('account invitations at 20,000 employees', () => {
  let testApp: TestApp;
  let client: Client;

  beforeAll(async () => {
    testApp = await bootTestApp({ LOG_LEVEL: 'silent' });
    client = new Client({ connectionString: process.env['DATABASE_URL'] });
    await client.connect();
  }, 10 * 60_000);

  afterAll(async () => {
    await client.end();
    await testApp.close();
  });

  it('queues invitations for everyone without an account next to plain SQL, and sends at the configured rate', async () => {
    const run = randomUUID().slice(0, 8);
    const seeded = await timed(async () => ({
      graphql: await seedOrganisation(
        client,
        `Bench accounts ${run}`,
        `a${run}-`,
      ),
      sql: await seedOrganisation(
        client,
        `Bench accounts sql ${run}`,
        `s${run}-`,
      ),
    }));
    const { graphql: organisationId, sql: sqlOrganisationId } = seeded.value;
    // An advisor of the bench organisation (not a directory entry: not invited).
    const helper = await createOrganisation(testApp.dataSource, 'bench-adv');
    await client.query(
      'UPDATE membership SET organisation_id = $1 WHERE organisation_id = $2',
      [organisationId, helper.id],
    );
    const advisor: GraphqlCaller = (await callersFor(testApp.url, helper))[
      Role.ADVISEUR
    ];
    await client.query('ANALYZE');

    // (a) GraphQL, including the 400 batches queued in Redis.
    const graphql = await timed(() =>
      advisor.request<{
        inviteEmployees: { id: string; invitationCount: number };
      }>(
        'mutation { inviteEmployees(input: { everyoneWithoutAccount: true }) { id invitationCount } }',
      ),
    );
    expect(graphql.value.errors).toBeUndefined();
    expect(graphql.value.data!.inviteEmployees.invitationCount).toBe(EMPLOYEES);
    const queue = testApp.app.get<Queue>(
      getQueueToken(QueueName.AccountInvitations),
    );
    const queued = Object.values(
      await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed'),
    ).reduce((sum, n) => sum + n, 0);

    // Plain SQL: the same three kinds of rows for the second organisation, one transaction.
    const sql = await timed(async () => {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO user_account (email, display_name)
         SELECT email, first_name || ' ' || last_name FROM employee WHERE organisation_id = $1`,
        [sqlOrganisationId],
      );
      await client.query(
        `INSERT INTO membership (organisation_id, user_id, employee_id, roles, activated_at)
         SELECT $1, u.id, e.id, '{MEDEWERKER}', NULL
           FROM employee e JOIN user_account u ON u.email = e.email WHERE e.organisation_id = $1`,
        [sqlOrganisationId],
      );
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO account_invitation_run (organisation_id, created_by_user_id, invitation_count) VALUES ($1, $2, $3) RETURNING id`,
        [sqlOrganisationId, randomUUID(), EMPLOYEES],
      );
      await client.query(
        `INSERT INTO account_invitation (organisation_id, membership_id, run_id)
         SELECT $1, m.id, $2 FROM membership m WHERE m.organisation_id = $1`,
        [sqlOrganisationId, rows[0]!.id],
      );
      await client.query('COMMIT');
    });

    // (b) A worker sends for RATE_SECONDS, into the development outbox.
    const worker = await bootTestWorker({
      INVITATION_MAILS_PER_SECOND: MAILS_PER_SECOND,
      SMTP_URL: '',
      LOG_LEVEL: 'silent',
    });
    const sent = async () =>
      Number(
        (
          await client.query<{ n: string }>(
            `SELECT count(*) AS n FROM account_invitation WHERE organisation_id = $1 AND sent_at IS NOT NULL`,
            [organisationId],
          )
        ).rows[0]!.n,
      );
    // The first batch shows the worker is running; the rate is measured from there.
    while ((await sent()) === 0)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const start = { at: performance.now(), sent: await sent() };
    await new Promise((resolve) => setTimeout(resolve, RATE_SECONDS * 1000));
    const end = { at: performance.now(), sent: await sent() };
    await worker.close();
    const rate = ((end.sent - start.sent) * 1000) / (end.at - start.at);

    // Clean up: the rest is not sent by a later run's worker.
    await queue.obliterate({ force: true });
    await client.query(
      `UPDATE account_invitation SET status = 'REVOKED' WHERE organisation_id = ANY($1::uuid[]) AND status IN ('PENDING', 'SENDING')`,
      [[organisationId, sqlOrganisationId]],
    );

    const report = [
      '',
      `Account invitations, ${EMPLOYEES.toLocaleString('en')} employees without an account (seeding two organisations: ${(seeded.ms / 1000).toFixed(1)} s)`,
      `  inviteEmployees(everyoneWithoutAccount) via GraphQL: ${(graphql.ms / 1000).toFixed(2)} s (accounts, memberships, invitations, run, audit; ${queued} jobs in the queue)`,
      `  plain SQL INSERT … SELECT of the same rows:          ${(sql.ms / 1000).toFixed(2)} s`,
      `  worker sending rate (INVITATION_MAILS_PER_SECOND=${MAILS_PER_SECOND}, outbox): ${rate.toFixed(1)} mails/s over ${RATE_SECONDS} s`,
      '',
    ].join('\n');
    process.stdout.write(report);
    expect(graphql.ms).toBeLessThan(30_000);
  });
});
