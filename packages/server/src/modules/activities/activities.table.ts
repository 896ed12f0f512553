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
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }),
    foreignKey({ columns: [t.orgId, t.leadId], foreignColumns: [leads.orgId, leads.id] }),
    unique('activities_external_id_key').on(t.orgId, t.externalId),
    // The "when" of an activity: done ones by completion, planned ones by schedule.
    index('activities_owner_idx').on(t.orgId, t.ownerId, sql`coalesce(${t.completedAt}, ${t.scheduledAt})`),
    index('activities_when_idx').on(t.orgId, sql`coalesce(${t.completedAt}, ${t.scheduledAt})`),
    index('activities_account_idx').on(t.orgId, t.accountId),
    index('activities_contact_idx').on(t.orgId, t.contactId),
    index('activities_deal_idx').on(t.orgId, t.dealId),
    index('activities_lead_idx').on(t.orgId, t.leadId),
    index('activities_call_report_idx').on(t.orgId, t.callReportId),
  ],
);
