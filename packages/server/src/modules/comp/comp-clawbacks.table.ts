import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { amount, createdAt, currency } from '../../platform/db/columns';
import { deals } from '../deals/deals.table';
import { users } from '../identity/identity.table';

/**
 * Money a customer got back on a won deal: a fact of the deal, recorded by an admin. A refund dated
 * in a period claws back that share of what was paid for the deal, when the plan says so.
 */
export const compDealRefunds = pgTable(
  'comp_deal_refunds',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    dealId: uuid('deal_id').notNull(),
    amount: amount('amount').notNull(),
    currency: currency(),
    refundedOn: date('refunded_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    check('comp_deal_refunds_amount_check', sql`${t.amount} > 0`),
    index('comp_deal_refunds_deal_idx').on(t.orgId, t.dealId),
    index('comp_deal_refunds_day_idx').on(t.orgId, t.refundedOn),
  ],
);
