import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.table';

/** Append-only record of who changed what. Never updated or deleted by the application. */
export const auditEvents = pgTable(
  'audit_events',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    // Milliseconds, like JavaScript dates, so a page cursor taken from a row matches it exactly.
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`date_trunc('milliseconds', now())`),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // A record's timeline reads its own events.
    index('audit_events_entity_idx').on(t.orgId, t.entity, t.entityId, t.at),
  ],
);
