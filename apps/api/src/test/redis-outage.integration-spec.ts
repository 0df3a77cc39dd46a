import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@inspraak/domain';
import {
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  TestApp,
} from './test-app';
import { csvBase64 } from './directory-fixtures';

/** Redis is only for background work: without it the API serves on, and queued work catches up later. */
describe('when Redis is away', () => {
  let withoutRedis: TestApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    // Port 9 (discard) has no Redis on this machine: connections are refused.
    withoutRedis = await bootTestApp({ REDIS_URL: 'redis://127.0.0.1:9/0' });
  });
  afterAll(async () => {
    await worker?.close();
    await withoutRedis.close();
  });

  it(
    'keeps serving, accepts an import at once, and the worker runs it once Redis is back',
    async () => {
      const health = await fetch(`${withoutRedis.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'degraded',
        checks: { database: { status: 'up' }, redis: { status: 'down' } },
      });

      const organisation = await createOrganisation(
        withoutRedis.dataSource,
        'outage',
      );
      const hr = (await callersFor(withoutRedis.url, organisation))[Role.HR];
      expect(
        (await hr.request<{ departments: unknown[] }>('{ departments { id } }'))
          .data,
      ).toEqual({ departments: [] });

      // Answered while Redis is down (the test's timeout bounds it; no time is asserted: a busy machine is slow, not wrong).
      const response = await hr.request<{
        startEmployeeImport: { id: string; status: string };
      }>(
        'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id status } }',
        {
          i: {
            fileName: 'outage.csv',
            mode: 'PARTIAL',
            contentBase64: csvBase64([
              'personeelsnummer;voornaam;achternaam;email;afdeling',
              '1;Ria;Storing;ria@example.nl;Zorg',
            ]),
          },
        },
      );
      expect(response.data?.startEmployeeImport.status).toBe('QUEUED');
      const id = response.data!.startEmployeeImport.id;

      // The worker (with the real Redis) sweeps for imports left QUEUED for more than 10 seconds.
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      worker = await bootTestWorker();
      let status = 'QUEUED';
      const giveUpAt = Date.now() + 5 * 60_000;
      while (status !== 'COMPLETED' && Date.now() < giveUpAt) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = (
          await hr.request<{ employeeImport: { status: string } }>(
            'query($id: ID!) { employeeImport(id: $id) { status } }',
            { id },
          )
        ).data!.employeeImport.status;
      }
      expect(status).toBe('COMPLETED');
      expect(
        (
          await hr.request<{ employees: { total: number } }>(
            '{ employees { total } }',
          )
        ).data,
      ).toEqual({ employees: { total: 1 } });
    },
    10 * 60_000,
  );
});
