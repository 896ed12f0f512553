import type { CustomValues } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  amount,
  archivedAt,
  createdAt,
  currency,
  externalId,
  ownerId,
  searchText,
  updatedAt,
} from '../../platform/db/columns';
import { accounts } from '../accounts/accounts.table';
import { contacts } from '../contacts/contacts.table';
import { leads } from '../leads/leads.table';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { pipelines, salesRoleEnum, stages } from '../pipelines/pipelines.table';
import { productLines, products } from '../products/products.table';

/** Deals on a pipeline. Won and lost are stages; entering one sets `closed_on`. */
export const deals = pgTable(
  'deals',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: ownerId(),
    name: text('name').notNull(),
    accountId: uuid('account_id'),
    pipelineId: uuid('pipeline_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    amount: amount('amount').notNull().default('0'),
    currency: currency(),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    // A won deal's invoice paid in full on this day: plans paying only on paid invoices hold it until then.
    invoicePaidOn: date('invoice_paid_on', { mode: 'string' }),
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true })
      .notNull()
      .default(sql`date_trunc('milliseconds', now())`),
    lostReason: text('lost_reason'),
    competitor: text('competitor'),
    sourceLeadId: uuid('source_lead_id'),
    custom: jsonb('custom').$type<CustomValues>().notNull().default({}),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    searchText: searchText(sql`lower(name || ' ' || coalesce(competitor, ''))`),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ columns: [t.orgId, t.pipelineId], foreignColumns: [pipelines.orgId, pipelines.id] }),
    foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [stages.orgId, stages.id] }),
    foreignKey({ columns: [t.orgId, t.sourceLeadId], foreignColumns: [leads.orgId, leads.id] }),
    unique('deals_external_id_key').on(t.orgId, t.externalId),
    index('deals_owner_idx').on(t.orgId, t.ownerId, t.createdAt),
    index('deals_created_idx').on(t.orgId, t.createdAt),
    index('deals_stage_idx').on(t.orgId, t.stageId, t.createdAt),
    index('deals_account_idx').on(t.orgId, t.accountId),
    index('deals_closed_idx').on(t.orgId, t.closedOn),
    // A period run looks up the invoices paid in the period; most deals have none.
    index('deals_invoice_paid_idx').on(t.orgId, t.invoicePaidOn).where(sql`${t.invoicePaidOn} is not null`),
    // Goals' projections read the open deals of a set of reps with these columns only: from the
    // index alone (the open pipeline is small beside all deals, whose rows it would otherwise fetch).
    index('deals_open_pipeline_idx')
      .on(t.orgId, t.ownerId, t.id, t.stageId, t.currency, t.expectedCloseDate, t.amount, t.accountId)
      .where(sql`${t.closedOn} is null and ${t.archivedAt} is null`),
    // The open pipeline sorted by amount: only open, active deals (closed ones carry closed_on).
    index('deals_open_amount_idx')
      .on(t.orgId, t.amount, t.id)
      .where(sql`${t.closedOn} is null and ${t.archivedAt} is null`),
    index('deals_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** What a deal sells: product, quantity, price, discount; the line total is kept exact. */
export const dealLineItems = pgTable(
  'deal_line_items',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    dealId: uuid('deal_id').notNull(),
    position: integer('position').notNull(),
    productId: uuid('product_id'),
    productName: text('product_name').notNull(),
    productLineId: uuid('product_line_id'),
    quantity: numeric('quantity', { precision: 19, scale: 4 }).notNull(),
    unitPrice: amount('unit_price').notNull(),
    discountPercent: numeric('discount_percent', { precision: 7, scale: 4 }).notNull().default('0'),
    total: amount('total').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id] }),
    foreignKey({ columns: [t.orgId, t.productLineId], foreignColumns: [productLines.orgId, productLines.id] }),
    index('deal_line_items_deal_idx').on(t.orgId, t.dealId),
    index('deal_line_items_line_idx').on(t.orgId, t.productLineId),
  ],
);

/** Credit splits between reps; the percentages of a deal sum to 100. No rows: the owner has it all. */
export const dealSplits = pgTable(
  'deal_splits',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    dealId: uuid('deal_id').notNull(),
    userId: uuid('user_id').notNull(),
    percent: numeric('percent', { precision: 7, scale: 4 }).notNull(),
    role: salesRoleEnum('role'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.dealId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [members.orgId, members.userId] }),
    index('deal_splits_user_idx').on(t.orgId, t.userId),
  ],
);

/** The people of a deal and their part in it (decision maker, champion, …). */
export const dealContacts = pgTable(
  'deal_contacts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    dealId: uuid('deal_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    role: text('role'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.dealId, t.contactId] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    index('deal_contacts_contact_idx').on(t.orgId, t.contactId),
  ],
);

/**
 * Every stage a deal entered, with when and by whom (the first row is its creation). The funnel,
 * conversion and cycle times are computed from this history; it is only ever appended to.
 */
export const dealStageChanges = pgTable(
  'deal_stage_changes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    dealId: uuid('deal_id').notNull(),
    fromStageId: uuid('from_stage_id'),
    toStageId: uuid('to_stage_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true })
      .notNull()
      .default(sql`date_trunc('milliseconds', now())`),
    changedById: uuid('changed_by_id'),
    fromOwnerId: uuid('from_owner_id'),
    toOwnerId: uuid('to_owner_id').notNull(),
    handoff: boolean('handoff').notNull().default(false),
    amount: amount('amount').notNull(),
    currency: currency(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.fromStageId], foreignColumns: [stages.orgId, stages.id] }),
    foreignKey({ columns: [t.orgId, t.toStageId], foreignColumns: [stages.orgId, stages.id] }),
    index('deal_stage_changes_deal_idx').on(t.orgId, t.dealId, t.changedAt),
    index('deal_stage_changes_at_idx').on(t.orgId, t.changedAt),
  ],
);
