import type { AuditEvent } from '@pacer/core';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { users } from '../identity/identity.table';
import { auditEvents } from './audit.table';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
}

/** Appends one event to the org's audit log, in the caller's transaction. */
export const recordAudit = async (db: Db, actor: { orgId: string; userId: string | null }, entry: AuditEntry) => {
  await db.insert(auditEvents).values({
    orgId: actor.orgId,
    actorId: actor.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    data: entry.data ?? {},
  });
};

export const listAuditEvents = async (
  db: Db,
  scope: Scope,
  query: { limit: number; cursor?: string | undefined; entity?: string | undefined },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> => {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const rows = await db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        inOrg(scope, auditEvents.orgId),
        query.entity ? eq(auditEvents.entity, query.entity) : undefined,
        after
          ? or(
              lt(auditEvents.at, new Date(String(after[0]))),
              and(eq(auditEvents.at, new Date(String(after[0]))), lt(auditEvents.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ event, actorName }) => ({
      id: event.id,
      actorId: event.actorId,
      actorName,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      data: event.data,
      at: event.at.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.event.at.toISOString(), last.event.id]) : null,
  };
};
