import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Actor,
  APP_CONFIG,
  AppConfig,
  AppError,
  badInput,
  LocalisedText,
  diffFields,
  endSessionsOfEmployees,
  linkAccountsToNewEmployees,
  QueueName,
  recordAudit,
  TenantDb,
  TenantScope,
  UserAccount,
  withTimeout,
} from '@inspraak/api-core';
import {
  Department,
  Employee,
  EmployeeImport,
  EmploymentStatus,
  ImportMode,
  ImportStatus,
} from '../directory.entities';
import {
  CsvReadResult,
  EmployeeRow,
  readEmployeeCsv,
  RowError,
  UnusableReason,
} from './employee-csv';
import { todayInAmsterdam } from '@inspraak/domain';

export interface DirectoryImportJob {
  importId: string;
  organisationId: string;
}

type UnusableFile = Extract<CsvReadResult, { usable: false }>;

const UNUSABLE_TEXT: Record<
  UnusableReason,
  (file: UnusableFile) => LocalisedText
> = {
  IMPORT_EMPTY: () => ({
    nl: 'Het bestand is leeg.',
    en: 'The file is empty.',
  }),
  IMPORT_WRONG_ENCODING: () => ({
    nl: 'Het bestand is niet in UTF-8 opgeslagen. Sla het in Excel op als "CSV UTF-8" en probeer het opnieuw.',
    en: 'The file is not saved as UTF-8. Save it in Excel as "CSV UTF-8" and try again.',
  }),
  IMPORT_MISSING_COLUMNS: (file) => ({
    nl: `Verplichte kolommen ontbreken: ${(file.missingColumns ?? []).join(', ')}.`,
    en: `Required columns are missing: ${(file.missingColumns ?? []).join(', ')}.`,
  }),
  IMPORT_MALFORMED: (file) => ({
    nl: `Het bestand is geen geldige CSV${file.line ? ` (regel ${file.line})` : ''}.`,
    en: `The file is not valid CSV${file.line ? ` (line ${file.line})` : ''}.`,
  }),
};

export function unusableFileError(file: UnusableFile): AppError {
  return badInput(file.reason, UNUSABLE_TEXT[file.reason](file));
}

const EMPLOYEE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'departmentId',
  'location',
  'jobTitle',
  'contractType',
  'employmentStart',
  'status',
  'leftOn',
] as const;
const WRITE_CHUNK = 500;
/**
 * A full import that would mark more than this share of the active workforce
 * as left is refused unless confirmed: a truncated export or the wrong file
 * should not end half the organisation's employment in one click.
 */
const MASS_LEAVE_SHARE = 0.2;
const MASS_LEAVE_MINIMUM = 10;

class TooManyLeavers extends Error {
  constructor(readonly count: number) {
    super(`A full import would mark ${count} employees as left`);
  }
}
const ENQUEUE_TIMEOUT_MS = 1_500;

/** The advisory lock an import's transaction holds while it runs. */
function importLockKey(importId: string): string {
  return `employee-import:${importId}`;
}
const REDIS_WARNING_INTERVAL_MS = 60_000;

/**
 * The CSV import of an HR export: accepted and queued by the API, applied by
 * the worker in one transaction, so a file either lands completely (minus the
 * rows reported as wrong) or not at all.
 */
@Injectable()
export class EmployeeImportService {
  private readonly logger = new Logger(EmployeeImportService.name);

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.DirectoryImport)
    private readonly queue: Queue<DirectoryImportJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Without a listener every reconnect attempt would be logged as an unhandled error.
    let lastWarning = 0;
    this.queue.on('error', (error) => {
      if (Date.now() - lastWarning < REDIS_WARNING_INTERVAL_MS) return;
      lastWarning = Date.now();
      this.logger.warn(
        `Queue ${QueueName.DirectoryImport} cannot reach Redis: ${error.message}`,
      );
    });
  }

  async start(
    actor: Actor,
    input: {
      fileName: string;
      contentBase64: string;
      mode: ImportMode;
      allowManyLeavers?: boolean;
    },
  ): Promise<EmployeeImport> {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) {
      throw badInput('IMPORT_NOT_BASE64', {
        nl: 'Het bestand kwam niet goed door. Probeer het opnieuw.',
        en: 'The file did not arrive correctly. Please try again.',
      });
    }
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length > this.config.IMPORT_MAX_BYTES) {
      const mb = Math.round(this.config.IMPORT_MAX_BYTES / 1024 / 1024);
      throw badInput('IMPORT_TOO_LARGE', {
        nl: `Het bestand is groter dan ${mb} MB.`,
        en: `The file is larger than ${mb} MB.`,
      });
    }
    // Refuse an unusable file at once, before anything is stored or queued.
    const check = readEmployeeCsv(content);
    if (!check.usable) throw unusableFileError(check);

    const created = await this.tenantDb.transaction(actor, async (scope) => {
      const imports = scope.repo(EmployeeImport);
      const row = await imports.save(
        imports.create({
          fileName: input.fileName.slice(0, 255),
          mode: input.mode,
          allowManyLeavers: input.allowManyLeavers ?? false,
          content,
          totalRows: check.totalRows,
          createdByUserId: actor.userId,
        }),
      );
      await recordAudit(scope, {
        action: 'employee-import.started',
        entityType: 'EmployeeImport',
        entityId: row.id,
        changes: {
          fileName: row.fileName,
          mode: row.mode,
          rows: check.totalRows,
        },
      });
      return row;
    });
    await this.enqueue(created);
    return created;
  }

  /**
   * Safe to call repeatedly: the job id is the import id, so BullMQ keeps one
   * job per import. Never waits long for Redis: when it is away the import
   * stays QUEUED in PostgreSQL and the worker's sweep queues it later.
   */
  async enqueue(
    row: Pick<EmployeeImport, 'id' | 'organisationId'>,
  ): Promise<boolean> {
    try {
      await withTimeout(
        this.queue.add(
          'import',
          { importId: row.id, organisationId: row.organisationId },
          { jobId: row.id },
        ),
        ENQUEUE_TIMEOUT_MS,
        'Redis',
      );
      return true;
    } catch (error) {
      this.logger.warn(
        `Import ${row.id} not queued yet: ${(error as Error).message}`,
      );
      return false;
    }
  }

  find(actor: Actor, id: string): Promise<EmployeeImport | null> {
    return this.tenantDb.scope(actor).repo(EmployeeImport).findOne({ id });
  }

  recent(actor: Actor): Promise<EmployeeImport[]> {
    return this.tenantDb
      .scope(actor)
      .repo(EmployeeImport)
      .find({ order: { createdAt: 'DESC' }, take: 20 });
  }

  /** Imports whose job may have been lost (Redis was down when they were queued). */
  async staleQueuedImports(
    olderThanSeconds: number,
  ): Promise<Pick<EmployeeImport, 'id' | 'organisationId'>[]> {
    return this.dataSource
      .getRepository(EmployeeImport)
      .createQueryBuilder('i')
      .select(['i.id', 'i.organisationId'])
      .where(
        'i.status = :status AND i.createdAt < now() - make_interval(secs => :seconds)',
        { status: ImportStatus.QUEUED, seconds: olderThanSeconds },
      )
      .getMany();
  }

  /**
   * Marks FAILED the imports left RUNNING that nobody runs any more: their
   * job failed without telling the worker (it stalled more often than
   * allowed: a worker killed twice) or is gone from Redis (emptied) and the
   * import is older than IMPORT_STALE_MINUTES. Nothing of them was written
   * (an import writes in one transaction). An import whose transaction is
   * still open holds its lock and is left alone. Returns how many it ended.
   */
  async failAbandoned(): Promise<number> {
    const running = await this.dataSource.getRepository(EmployeeImport).find({
      select: { id: true, createdAt: true },
      where: { status: ImportStatus.RUNNING },
    });
    const staleBefore = Date.now() - this.config.IMPORT_STALE_MINUTES * 60_000;
    let ended = 0;
    for (const row of running) {
      const state = await this.queue.getJobState(row.id);
      const jobLeft = state !== 'failed' && state !== 'unknown';
      const tooYoung =
        state === 'unknown' && row.createdAt.getTime() > staleBefore;
      if (jobLeft || tooYoung) continue;
      const failed = await this.dataSource.transaction(async (manager) => {
        const [{ free }] = (await manager.query(
          'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS free',
          [importLockKey(row.id)],
        )) as [{ free: boolean }];
        if (!free) return false;
        const result = await manager.update(
          EmployeeImport,
          { id: row.id, status: ImportStatus.RUNNING },
          {
            status: ImportStatus.FAILED,
            failureCode: 'IMPORT_INTERNAL_ERROR',
            content: null,
            finishedAt: new Date(),
          } as object,
        );
        return (result.affected ?? 0) > 0;
      });
      if (failed) {
        ended += 1;
        this.logger.warn(
          `Import ${row.id} was left RUNNING without a job (${state}): marked FAILED`,
        );
      }
    }
    return ended;
  }

  /** Runs one import; called by the worker. Returns false when there was nothing (left) to do. */
  async run(
    job: DirectoryImportJob,
    reportProgress: (percent: number) => Promise<void>,
  ): Promise<boolean> {
    const imports = this.dataSource.getRepository(EmployeeImport);
    const record = await imports.findOne({
      where: { id: job.importId, organisationId: job.organisationId },
      select: {
        id: true,
        organisationId: true,
        status: true,
        mode: true,
        allowManyLeavers: true,
        createdByUserId: true,
        content: true,
        fileName: true,
      },
    });
    if (
      !record ||
      record.status === ImportStatus.COMPLETED ||
      record.status === ImportStatus.FAILED ||
      !record.content
    )
      return false;

    const parsed = readEmployeeCsv(record.content);
    if (!parsed.usable) {
      await this.markFailed(record.id, parsed.reason);
      return true;
    }
    const actor = await this.actorFor(record);
    const progress = async (processedRows: number, percent: number) => {
      // Written outside the import's transaction so that the UI sees it while the import runs.
      await imports.update(
        { id: record.id },
        { processedRows, progress: percent },
      );
      await reportProgress(percent);
    };
    await imports.update(
      { id: record.id },
      { status: ImportStatus.RUNNING, progress: 1 },
    );
    await progress(0, 5);

    try {
      const applied = await this.dataSource.transaction(async (manager) => {
        // Held while the import runs: the sweep for abandoned imports leaves it alone.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          importLockKey(record.id),
        ]);
        // One import per organisation at a time, whichever worker runs it: a second one waits here and then sees the first's result.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          record.organisationId,
        ]);
        // Given up by the sweep meanwhile (or done by another worker): nothing more to do.
        // (Not locked: progress is written to the row from outside this transaction.)
        const current = await manager.findOne(EmployeeImport, {
          select: { id: true, status: true },
          where: { id: record.id },
        });
        if (current?.status !== ImportStatus.RUNNING) return false;
        const scope = new TenantScope(manager, actor);
        const summary = await this.apply(
          scope,
          parsed,
          record.mode,
          record.allowManyLeavers,
          progress,
        );
        await manager.update(EmployeeImport, { id: record.id }, {
          status: ImportStatus.COMPLETED,
          progress: 100,
          processedRows: parsed.totalRows,
          createdCount: summary.created,
          updatedCount: summary.updated,
          unchangedCount: summary.unchanged,
          markedLeftCount: summary.markedLeft,
          errorCount: summary.errors.length,
          errors: summary.errors,
          content: null,
          finishedAt: new Date(),
        } as object);
        await recordAudit(scope, {
          action: 'employee-import.completed',
          entityType: 'EmployeeImport',
          entityId: record.id,
          changes: {
            created: summary.created,
            updated: summary.updated,
            unchanged: summary.unchanged,
            markedLeft: summary.markedLeft,
            errors: summary.errors.length,
          },
        });
        return true;
      });
      if (!applied) return false;
    } catch (error) {
      if (error instanceof TooManyLeavers) {
        await this.markFailed(
          record.id,
          'IMPORT_TOO_MANY_LEAVERS',
          error.count,
        );
      } else {
        this.logger.error(
          `Import ${record.id} failed: ${(error as Error).stack}`,
        );
        await this.markFailed(record.id, 'IMPORT_INTERNAL_ERROR');
      }
    }
    return true;
  }

  /** Ends an import that cannot complete; nothing of it was written (its transaction rolled back or never started). */
  async markFailed(
    importId: string,
    failureCode: string,
    wouldMarkLeft = 0,
  ): Promise<void> {
    await this.dataSource
      .getRepository(EmployeeImport)
      .createQueryBuilder()
      .update()
      .set({
        status: ImportStatus.FAILED,
        failureCode,
        markedLeftCount: wouldMarkLeft,
        content: null,
        finishedAt: new Date(),
      })
      .where('id = :importId AND status <> :completed', {
        importId,
        completed: ImportStatus.COMPLETED,
      })
      .execute();
  }

  private async actorFor(record: EmployeeImport): Promise<Actor> {
    const user = await this.dataSource
      .getRepository(UserAccount)
      .findOne({ where: { id: record.createdByUserId } });
    return {
      userId: record.createdByUserId,
      email: user?.email ?? 'unknown',
      displayName: user?.displayName ?? '',
      organisationId: record.organisationId,
      roles: [],
      employeeId: null,
      sessionId: null,
    };
  }

  private async apply(
    scope: TenantScope,
    parsed: Extract<CsvReadResult, { usable: true }>,
    mode: ImportMode,
    allowManyLeavers: boolean,
    progress: (processedRows: number, percent: number) => Promise<void>,
  ) {
    const errors: RowError[] = [...parsed.errors];
    const departmentIds = await this.ensureDepartments(scope, parsed.rows);
    const existing = await scope.repo(Employee).find();
    if (mode === ImportMode.FULL && !allowManyLeavers) {
      const active = existing.filter(
        (e) => e.status === EmploymentStatus.ACTIVE,
      );
      const leaving = active.filter(
        (e) => !parsed.employeeNumbersSeen.has(e.employeeNumber),
      ).length;
      if (
        leaving > MASS_LEAVE_MINIMUM &&
        leaving > active.length * MASS_LEAVE_SHARE
      )
        throw new TooManyLeavers(leaving);
    }
    const byNumber = new Map(existing.map((e) => [e.employeeNumber, e]));
    const numberByEmail = new Map(
      existing.map((e) => [e.email, e.employeeNumber]),
    );

    const toInsert: Partial<Employee>[] = [];
    const toUpdate: { before: Employee; after: Employee }[] = [];
    let unchanged = 0;
    for (const row of parsed.rows) {
      const owner = numberByEmail.get(row.email);
      if (owner !== undefined && owner !== row.employeeNumber) {
        errors.push({
          row: row.row,
          column: 'email',
          code: 'DUPLICATE_EMAIL',
          value: row.email,
        });
        continue;
      }
      const values = this.valuesFor(row, departmentIds);
      const current = byNumber.get(row.employeeNumber);
      if (!current) {
        toInsert.push({
          ...values,
          organisationId: scope.organisationId,
          employeeNumber: row.employeeNumber,
        });
        continue;
      }
      const after = Object.assign(
        Object.create(Employee.prototype) as Employee,
        current,
        values,
      );
      if (Object.keys(diffFields(current, after, EMPLOYEE_FIELDS)).length === 0)
        unchanged += 1;
      else toUpdate.push({ before: current, after });
    }
    errors.sort((a, b) => a.row - b.row);

    const total = toInsert.length + toUpdate.length || 1;
    let written = 0;
    const step = async (count: number) => {
      written += count;
      await progress(
        Math.min(
          parsed.totalRows,
          Math.round((written / total) * parsed.totalRows),
        ),
        10 + Math.round((written / total) * 85),
      );
    };

    for (let i = 0; i < toInsert.length; i += WRITE_CHUNK) {
      const chunk = toInsert.slice(i, i + WRITE_CHUNK);
      const result = await scope.manager
        .createQueryBuilder()
        .insert()
        .into(Employee)
        .values(chunk as object[])
        .returning(['id'])
        .execute();
      await linkAccountsToNewEmployees(
        scope.manager,
        scope.organisationId,
        result.identifiers.map((row) => String((row as { id: string }).id)),
      );
      await recordAudit(
        scope,
        chunk.map((employee, index) => ({
          action: 'employee.created',
          entityType: 'Employee',
          entityId: String((result.identifiers[index] as { id: string }).id),
          changes: {
            source: 'import',
            employeeNumber: employee.employeeNumber,
          },
        })),
      );
      await step(chunk.length);
    }
    for (let i = 0; i < toUpdate.length; i += WRITE_CHUNK) {
      const chunk = toUpdate.slice(i, i + WRITE_CHUNK);
      await this.updateMany(
        scope.manager,
        chunk.map((c) => c.after),
      );
      await recordAudit(
        scope,
        chunk.map(({ before, after }) => ({
          action: 'employee.updated',
          entityType: 'Employee',
          entityId: before.id,
          changes: {
            source: 'import',
            ...diffFields(before, after, EMPLOYEE_FIELDS),
          },
        })),
      );
      await step(chunk.length);
    }

    let markedLeft = 0;
    if (mode === ImportMode.FULL) {
      const leaving = existing.filter(
        (e) =>
          e.status === EmploymentStatus.ACTIVE &&
          !parsed.employeeNumbersSeen.has(e.employeeNumber),
      );
      const today = todayInAmsterdam();
      for (let i = 0; i < leaving.length; i += WRITE_CHUNK) {
        const chunk = leaving.slice(i, i + WRITE_CHUNK);
        await scope.manager.update(
          Employee,
          {
            organisationId: scope.organisationId,
            id: In(chunk.map((e) => e.id)),
          },
          { status: EmploymentStatus.LEFT, leftOn: today },
        );
        await endSessionsOfEmployees(
          scope.manager,
          scope.organisationId,
          chunk.map((e) => e.id),
        );
        await recordAudit(
          scope,
          chunk.map((e) => ({
            action: 'employee.left',
            entityType: 'Employee',
            entityId: e.id,
            changes: {
              source: 'import',
              status: [EmploymentStatus.ACTIVE, EmploymentStatus.LEFT],
              leftOn: [null, today],
            },
          })),
        );
      }
      markedLeft = leaving.length;
    }
    return {
      created: toInsert.length,
      updated: toUpdate.length,
      unchanged,
      markedLeft,
      errors,
    };
  }

  private valuesFor(row: EmployeeRow, departmentIds: Map<string, string>) {
    return {
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      departmentId: departmentIds.get(pathKey(row.departmentPath)) ?? null,
      location: row.location,
      jobTitle: row.jobTitle,
      contractType: row.contractType,
      employmentStart: row.employmentStart,
      // Someone in the file works here: a returning employee becomes active again.
      status: EmploymentStatus.ACTIVE,
      leftOn: null,
    };
  }

  /** One UPDATE … FROM (VALUES …) per chunk instead of one statement per employee. */
  private async updateMany(
    manager: EntityManager,
    employees: Employee[],
  ): Promise<void> {
    const params: unknown[] = [];
    const tuples = employees.map((e) => {
      const values = [
        e.id,
        e.firstName,
        e.lastName,
        e.email,
        e.departmentId,
        e.location,
        e.jobTitle,
        e.contractType,
        e.employmentStart,
        e.status,
        e.leftOn,
      ];
      const start = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${start + i + 1}`).join(', ')})`;
    });
    const organisationParam = `$${params.length + 1}`;
    params.push(employees[0]?.organisationId);
    await manager.query(
      `UPDATE employee AS e SET
         first_name = v.first_name, last_name = v.last_name, email = v.email, department_id = v.department_id::uuid,
         location = v.location, job_title = v.job_title, contract_type = v.contract_type::contract_type,
         employment_start = v.employment_start::date, status = v.status::employment_status, left_on = v.left_on::date, updated_at = now()
       FROM (VALUES ${tuples.join(', ')}) AS v(id, first_name, last_name, email, department_id, location, job_title, contract_type, employment_start, status, left_on)
       WHERE e.id = v.id::uuid AND e.organisation_id = ${organisationParam}`,
      params,
    );
  }

  /** Creates the departments named in the file that do not exist yet, parents first. */
  private async ensureDepartments(
    scope: TenantScope,
    rows: EmployeeRow[],
  ): Promise<Map<string, string>> {
    const departments = scope.repo(Department);
    const all = await departments.find();
    const byParentAndName = new Map(
      all.map((d) => [`${d.parentId ?? ''}|${d.name.toLowerCase()}`, d.id]),
    );
    const ids = new Map<string, string>();
    const created: Department[] = [];
    for (const row of rows) {
      let parentId: string | null = null;
      for (let depth = 0; depth < row.departmentPath.length; depth += 1) {
        const key = pathKey(row.departmentPath.slice(0, depth + 1));
        let id = ids.get(key);
        if (!id) {
          const name = row.departmentPath[depth] as string;
          id = byParentAndName.get(`${parentId ?? ''}|${name.toLowerCase()}`);
          if (!id) {
            const department: Department = await departments.save(
              departments.create({ name, parentId }),
            );
            id = department.id;
            created.push(department);
            byParentAndName.set(`${parentId ?? ''}|${name.toLowerCase()}`, id);
          }
          ids.set(key, id);
        }
        parentId = id;
      }
    }
    await recordAudit(
      scope,
      created.map((d) => ({
        action: 'department.created',
        entityType: 'Department',
        entityId: d.id,
        changes: { source: 'import', name: d.name, parentId: d.parentId },
      })),
    );
    return ids;
  }
}

const pathKey = (path: string[]) =>
  path.map((p) => p.toLowerCase()).join('\u0000');
