import { type CustomValues, leadSources, leadStatuses } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { archivedAt, createdAt, externalId, ownerId, searchText, updatedAt } from '../../platform/db/columns';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';

export const leadSourceEnum = pgEnum('lead_source', leadSources);
export const leadStatusEnum = pgEnum('lead_status', leadStatuses);

/**
 * Prospects not yet qualified. Conversion makes an account, a contact and a deal and keeps the
 * links here; the link columns carry no foreign keys so the records they name stay independent.
 */
export const leads = pgTable(
  'leads',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: ownerId(),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    fullName: text('full_name').generatedAlwaysAs(sql`btrim(coalesce(first_name, '') || ' ' || last_name)`),
    company: text('company'),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    source: leadSourceEnum('source').notNull(),
    status: leadStatusEnum('status').notNull().default('new'),
    followUpDueAt: timestamp('follow_up_due_at', { withTimezone: true }),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    disqualifiedReason: text('disqualified_reason'),
    notes: text('notes'),
    convertedAt: timestamp('converted_at', { withTimezone: true }),
    convertedAccountId: uuid('converted_account_id'),
    convertedContactId: uuid('converted_contact_id'),
    convertedDealId: uuid('converted_deal_id'),
    custom: jsonb('custom').$type<CustomValues>().notNull().default({}),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    searchText: searchText(
      sql`lower(coalesce(first_name, '') || ' ' || last_name || ' ' || coalesce(company, '') || ' ' || coalesce(email, ''))`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    unique('leads_external_id_key').on(t.orgId, t.externalId),
    index('leads_owner_idx').on(t.orgId, t.ownerId, t.createdAt),
    index('leads_created_idx').on(t.orgId, t.createdAt),
    index('leads_status_idx').on(t.orgId, t.status),
    // Open follow-ups: the overdue filter and alerts read only these.
    index('leads_follow_up_idx')
      .on(t.orgId, t.followUpDueAt)
      .where(sql`${t.followedUpAt} is null and ${t.followUpDueAt} is not null`),
    index('leads_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);
