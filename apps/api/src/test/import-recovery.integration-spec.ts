import { INestApplicationContext } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { Role } from '@inspraak/domain';
import { loadConfig, QueueName, redisConnection } from '@inspraak/api-core';
import { EmployeeImportService } from '@inspraak/api-directory';
import {
  bootTestApp,
  bootTestWorker,
  createOrganisation,
  TestApp,
} from './test-app';

/**
 * An import whose job died without a word (a worker killed more often than
 * BullMQ retries a stalled job, or Redis restarted empty) must not show
 * RUNNING forever: the worker's sweep ends it as FAILED, unless its
 * transaction is still open somewhere.
 */
describe('imports left RUNNING by a job that is gone', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext | undefined;
  let organisationId: string;
  let userId: string;

  beforeAll(async () => {
    testApp = await bootTestApp();
    const organisation = await createOrganisation(
      testApp.dataSource,
      'abandoned',
    );
    organisationId = organisation.id;
    const [user] = (await testApp.dataSource.query(
      'SELECT id FROM user_account WHERE email = $1',
      [organisation.emails[Role.HR]],
    )) as { id: string }[];
    userId = user!.id;
  });
  afterAll(async () => {
    await worker?.close();
    await testApp.close();
  });

  async function runningImport(startedMinutesAgo: number): Promise<string> {
    const [row] = (await testApp.dataSource.query(
      `INSERT INTO employee_import (organisation_id, file_name, mode, status, created_by_user_id, created_at)
       VALUES ($1, 'export.csv', 'PARTIAL', 'RUNNING', $2, now() - make_interval(mins => $3)) RETURNING id`,
      [organisationId, userId, startedMinutesAgo],
    )) as { id: string }[];
    return row!.id;
  }

  const status = async (id: string) =>
    (
      (await testApp.dataSource.query(
        'SELECT status, failure_code AS "failureCode" FROM employee_import WHERE id = $1',
        [id],
      )) as { status: string; failureCode: string | null }[]
    )[0];

  /** Leaves a failed job behind in Redis as BullMQ does for a job that stalled too often (no `failed` event in any worker). */
  async function failedJob(importId: string): Promise<void> {
    const connection = redisConnection(loadConfig().REDIS_URL, 'worker');
    const queue = new Queue(QueueName.DirectoryImport, { connection });
    const failing = new Worker(QueueName.DirectoryImport, null, {
      connection,
      autorun: false,
    });
    try {
      await queue.add(
        'import',
        { importId, organisationId },
        { jobId: importId, attempts: 1 },
      );
      const token = `test-${importId}`;
      for (;;) {
        const job = await failing.getNextJob(token);
        if (!job) throw new Error('the job did not arrive');
        if (job.id === importId) {
          await job.moveToFailed(
            new Error('job stalled more than allowable limit'),
            token,
          );
          break;
        }
        // Another file's job: put it back untouched.
        await job.moveToDelayed(Date.now(), token);
      }
      expect(await queue.getJobState(importId)).toBe('failed');
    } finally {
      await failing.close();
      await queue.close();
    }
  }

  it('marks FAILED an old one without a job and a new one whose job failed, and leaves one whose transaction is open', async () => {
    const withoutJob = await runningImport(120);
    const jobFailed = await runningImport(0);
    await failedJob(jobFailed);
    const stillRunning = await runningImport(120);
    const young = await runningImport(0);

    // A worker in the middle of the import holds its lock in an open transaction.
    const otherWorker = new Client({
      connectionString: loadConfig().DATABASE_URL,
    });
    await otherWorker.connect();
    try {
      await otherWorker.query('BEGIN');
      await otherWorker.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `employee-import:${stillRunning}`,
      ]);

      worker = await bootTestWorker();
      // One whole pass of the sweep (it also runs at start and every 30 seconds).
      await worker.get(EmployeeImportService).failAbandoned();

      expect(await status(withoutJob)).toEqual({
        status: 'FAILED',
        failureCode: 'IMPORT_INTERNAL_ERROR',
      });
      expect((await status(jobFailed))?.status).toBe('FAILED');
      expect((await status(stillRunning))?.status).toBe('RUNNING');
      // Just started, its job perhaps still on its way: not given up yet.
      expect((await status(young))?.status).toBe('RUNNING');
    } finally {
      await otherWorker.query('ROLLBACK').catch(() => undefined);
      await otherWorker.end();
    }
    await worker.get(EmployeeImportService).failAbandoned();
    expect((await status(stillRunning))?.status).toBe('FAILED');
  });
});
