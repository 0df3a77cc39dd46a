import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuditAction, AuditEntityType } from '@inspraak/shared';
import type { TenantScope } from '../tenancy/tenant-scope';
import { AuditEntry } from './audit-entry.entity';

export type FieldChanges = Record<string, [unknown, unknown]>;

/** Field-by-field difference of two plain records, for audit trails. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const a = normalise(before[field]);
    const b = normalise(after[field]);
    // By value: arrays and JSON columns are new objects after every load (and jsonb reorders keys).
    if (stableJson(a) !== stableJson(b)) changes[field] = [a, b];
  }
  return changes;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

export interface AuditEvent {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  changes?: Record<string, unknown>;
}

/** Records audit entries inside the caller's transaction, so the trail and the change commit together. */
export async function recordAudit(
  scope: TenantScope,
  events: AuditEvent | AuditEvent[],
): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  const rows = list.map((event) => ({
    organisationId: scope.organisationId,
    actorUserId: scope.actor.userId,
    actorEmail: scope.actor.email,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes ?? {},
  }));
  // Chunked: a 10,000-row import writes one entry per changed employee.
  for (let i = 0; i < rows.length; i += 1000) {
    // TypeORM's deep-partial type cannot express a jsonb Record column; the rows match the entity.
    await scope.manager.insert(
      AuditEntry,
      rows.slice(i, i + 1000) as QueryDeepPartialEntity<AuditEntry>[],
    );
  }
}
