import { estimateStatuses } from '@pacer/core';
import {
  date,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { amount, archivedAt, createdAt, currency, externalId, ownerId, updatedAt } from '../../platform/db/columns';
import { accounts } from '../accounts/accounts.table';
import { deals } from '../deals/deals.table';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { productLines } from '../products/products.table';

export const estimateStatusEnum = pgEnum('estimate_status', estimateStatuses);

/** Quotes sent to accounts, per product line; counted by rep × line × month. */
export const estimates = pgTable(
  'estimates',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: ownerId(),
    number: text('number'),
    accountId: uuid('account_id').notNull(),
    dealId: uuid('deal_id'),
    productLineId: uuid('product_line_id').notNull(),
    amount: amount('amount').notNull(),
    currency: currency(),
    status: estimateStatusEnum('status').notNull().default('draft'),
    estimateDate: date('estimate_date', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    notes: text('notes'),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }),
    foreignKey({ columns: [t.orgId, t.productLineId], foreignColumns: [productLines.orgId, productLines.id] }),
    unique('estimates_external_id_key').on(t.orgId, t.externalId),
    index('estimates_owner_idx').on(t.orgId, t.ownerId, t.estimateDate),
    index('estimates_date_idx').on(t.orgId, t.estimateDate),
    // Estimates per product line and month are a rule reps are held to ("3 × the month's quota").
    index('estimates_line_idx').on(t.orgId, t.productLineId, t.estimateDate),
    index('estimates_account_idx').on(t.orgId, t.accountId),
    index('estimates_deal_idx').on(t.orgId, t.dealId),
  ],
);
