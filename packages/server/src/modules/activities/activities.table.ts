import { activityDirections, activityOutcomes, activityTypes } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { archivedAt, createdAt, externalId, ownerId, updatedAt } from '../../platform/db/columns';
import { accounts } from '../accounts/accounts.table';
import { contacts } from '../contacts/contacts.table';
import { deals } from '../deals/deals.table';
import { leads } from '../leads/leads.table';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';

export const activityTypeEnum = pgEnum('activity_type', activityTypes);
export const activityDirectionEnum = pgEnum('activity_direction', activityDirections);
export const activityOutcomeEnum = pgEnum('activity_outcome', activityOutcomes);

/**
 * Calls, meetings, visits, e-mails, presentations and tasks, with the written call report in
 * `notes`. The biggest table by far (millions of rows), so it carries only the indexes lists need.
 */
export const activities = pgTable(
  'activities',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: ownerId(),
    type: activityTypeEnum('type').notNull(),
    direction: activityDirectionEnum('direction'),
    outcome: activityOutcomeEnum('outcome'),
    subject: text('subject'),
    notes: text('notes'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    durationMinutes: integer('duration_minutes'),
    location: text('location'),
    accountId: uuid('account_id'),
    contactId: uuid('contact_id'),
    dealId: uuid('deal_id'),
    leadId: uuid('lead_id'),
    callReportId: uuid('call_report_id'),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /**
     * The "when" of an activity: done ones by completion, planned ones by schedule, an undated to-do
     * by its creation. Never null and in milliseconds, so lists, timelines and days cut on it by index.
     */
    activityAt: timestamp('activity_at', { withTimezone: true })
      .notNull()
      // Truncated in UTC: date_trunc on timestamptz depends on the session zone, which a generated column may not.
      .generatedAlwaysAs(
        sql`date_trunc('milliseconds', coalesce(completed_at, scheduled_at, created_at) at time zone 'UTC') at time zone 'UTC'`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }),
    foreignKey({ columns: [t.orgId, t.leadId], foreignColumns: [leads.orgId, leads.id] }),
    unique('activities_external_id_key').on(t.orgId, t.externalId),
    // Lists, a rep's day and a record's timeline read newest first by the "when".
    index('activities_owner_idx').on(t.orgId, t.ownerId, t.activityAt),
    // Owner, account and archived ride along so a month's footer counts for a manager's reach or
    // the whole org from the index alone (the heap holds a month's rows on as many pages as rows).
    index('activities_when_idx').on(t.orgId, t.activityAt, t.ownerId, t.accountId, t.archivedAt),
    index('activities_account_idx').on(t.orgId, t.accountId, t.activityAt),
    // Most activities name only some of these links: partial indexes skip the rows without one, which
    // keeps logging and imports cheaper (a lookup by a value implies it is not null, so they serve it).
    index('activities_contact_idx').on(t.orgId, t.contactId, t.activityAt).where(sql`${t.contactId} is not null`),
    index('activities_deal_idx').on(t.orgId, t.dealId, t.activityAt).where(sql`${t.dealId} is not null`),
    index('activities_lead_idx').on(t.orgId, t.leadId, t.activityAt).where(sql`${t.leadId} is not null`),
    index('activities_call_report_idx').on(t.orgId, t.callReportId).where(sql`${t.callReportId} is not null`),
    // Planned activities (no completion yet) by when they are due: a small slice of a big table. The
    // expression is the list's `scheduledAt` sort (undated to-dos first), so the index serves that order.
    index('activities_planned_idx')
      .on(t.orgId, sql`coalesce(${t.scheduledAt}, '-infinity'::timestamptz)`)
      .where(sql`${t.completedAt} is null`),
  ],
);
