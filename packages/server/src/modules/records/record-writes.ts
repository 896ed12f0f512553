import { type BulkActionInput, invalidField } from '@pacer/core';
import { and, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { resolveOwner } from './record-checks';
import type { OwnedTable, RecordKind } from './record-queries';

// Each module hands over its own table in its RecordKind: these helpers write only what the owner passes.

/** What an edit changed, field by field, for the audit log and the record's timeline. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `input` whose value differs from `before`. */
export const changedFields = (before: Record<string, unknown>, input: Record<string, unknown>): FieldChanges => {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!same(before[field], value)) changes[field] = { from: before[field] ?? null, to: value };
  }
  return changes;
};

type ChangeStageInput = Extract<BulkActionInput, { action: 'change_stage' }>;

/** Rows among `ids` the caller may change: visible, and not locked. */
const changeableAmong = <T extends OwnedTable>(scope: Scope, kind: RecordKind<T>, ids: string[]) =>
  and(kind.visible(scope), inArray(kind.table.id, ids), kind.changeable);

/**
 * Archives or restores the records among `ids` the caller may change and that are not so already,
 * auditing each; answers how many changed.
 */
export const setRecordsArchived = async <T extends OwnedTable>(
  db: Db,
  scope: Scope,
  kind: RecordKind<T>,
  ids: string[],
  archived: boolean,
  at = new Date(),
): Promise<number> => {
  const { table, entity } = kind;
  const write = async () =>
    (await db
      .update(table)
      .set({ archivedAt: archived ? at : null, updatedAt: at } as PgUpdateSetSource<T>)
      .where(and(changeableAmong(scope, kind, ids), archived ? isNull(table.archivedAt) : isNotNull(table.archivedAt)))
      .returning({ id: table.id })) as { id: string }[];
  const changed = kind.aroundWrite ? await kind.aroundWrite(db, scope.orgId, ids, write) : await write();
  for (const { id } of changed) {
    await recordAudit(db, scope, { action: `${entity}.${archived ? 'archived' : 'restored'}`, entity, entityId: id });
  }
  return changed.length;
};

/** Hands the records among `ids` the caller may change to another owner, auditing each; answers how many changed. */
export const reassignRecords = async <T extends OwnedTable>(
  db: Db,
  scope: Scope,
  kind: RecordKind<T>,
  ids: string[],
  newOwnerId: string,
  at = new Date(),
): Promise<number> => {
  const { table, entity } = kind;
  const ownerId = await resolveOwner(db, scope, newOwnerId);
  const write = async () =>
    (await db
      .update(table)
      .set({ ownerId, updatedAt: at } as PgUpdateSetSource<T>)
      .where(and(changeableAmong(scope, kind, ids), sql`${table.ownerId} <> ${ownerId}`))
      .returning({ id: table.id })) as { id: string }[];
  const changed = kind.aroundWrite ? await kind.aroundWrite(db, scope.orgId, ids, write) : await write();
  for (const { id } of changed) {
    await recordAudit(db, scope, {
      action: `${entity}.updated`,
      entity,
      entityId: id,
      data: { ownerId: { to: ownerId } },
    });
  }
  return changed.length;
};

/**
 * Reassign, archive or restore many records in one transaction; those the caller may not change are
 * left alone. Only record types with stages (deals) pass `changeStage`.
 */
export const bulkUpdateRecords = <T extends OwnedTable>(
  db: Db,
  scope: Scope,
  kind: RecordKind<T>,
  input: BulkActionInput,
  options: { at?: Date; changeStage?: (tx: Db, input: ChangeStageInput) => Promise<{ updated: number }> } = {},
): Promise<{ updated: number }> =>
  db.transaction(async (tx) => {
    switch (input.action) {
      case 'archive':
      case 'restore':
        return {
          updated: await setRecordsArchived(tx, scope, kind, input.ids, input.action === 'archive', options.at),
        };
      case 'reassign':
        return { updated: await reassignRecords(tx, scope, kind, input.ids, input.ownerId, options.at) };
      case 'change_stage':
        if (options.changeStage) return options.changeStage(tx, input);
        throw invalidField('action', `${kind.plural} have no stages`);
    }
  });

/**
 * Archives or restores one record: `read` loads it as the caller sees it (404 when they may not),
 * `check` may refuse the change; answers the record as it is afterwards.
 */
export const archiveRecord = <T extends OwnedTable, R>(
  db: Db,
  scope: Scope,
  kind: RecordKind<T>,
  id: string,
  archived: boolean,
  read: (tx: Db) => Promise<R>,
  options: { at?: Date; check?: (record: R) => void } = {},
): Promise<R> =>
  db.transaction(async (tx) => {
    const record = await read(tx);
    options.check?.(record);
    await setRecordsArchived(tx, scope, kind, [id], archived, options.at);
    return read(tx);
  });
