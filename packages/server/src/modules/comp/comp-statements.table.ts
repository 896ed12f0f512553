import {
  type Attainment,
  compAdjustmentKinds,
  compInquiryStatuses,
  compStatementStatuses,
  type OpenCreditReason,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { amount, createdAt, currency, updatedAt } from '../../platform/db/columns';
import { users } from '../identity/identity.table';
import { members } from '../members/members.table';
import { compComponentKindEnum, compEarningLines, compRuns } from './comp.table';

export const compStatementStatusEnum = pgEnum('comp_statement_status', compStatementStatuses);
export const compAdjustmentKindEnum = pgEnum('comp_adjustment_kind', compAdjustmentKinds);
export const compInquiryStatusEnum = pgEnum('comp_inquiry_status', compInquiryStatuses);

/** A credit of the period that made no line, as the statement shows it. */
export interface StoredOpenCredit {
  dealId: string;
  date: string;
  amount: string;
  currency: string;
  reason: OpenCreditReason;
}

/**
 * A rep's statement of a period. Its lines are the ledger lines of `run_id` (a run moves an open
 * statement to its own lines; a frozen one keeps its run). The draw balance, attainment and open
 * credits are the engine's answer for that run, kept so a frozen statement stays as approved.
 */
export const compStatements = pgTable(
  'comp_statements',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    repId: uuid('rep_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    status: compStatementStatusEnum('status').notNull().default('draft'),
    runId: uuid('run_id'),
    drawBalance: amount('draw_balance').notNull().default('0'),
    attainment: jsonb('attainment').$type<Attainment | null>(),
    openCredits: jsonb('open_credits').$type<StoredOpenCredit[]>().notNull().default([]),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    paidBy: uuid('paid_by').references(() => users.id),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.runId], foreignColumns: [compRuns.orgId, compRuns.id] }),
    unique('comp_statements_rep_period_key').on(t.orgId, t.repId, t.periodStart, t.periodEnd),
    check('comp_statements_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
    index('comp_statements_period_idx').on(t.orgId, t.periodStart, t.periodEnd),
  ],
);

/**
 * Adjustments: the second half of the earnings ledger, append-only like the first. Each is paid
 * with one statement; a recomputed one names the frozen statement whose period it corrects.
 */
export const compAdjustments = pgTable(
  'comp_adjustments',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    statementId: uuid('statement_id').notNull(),
    repId: uuid('rep_id').notNull(),
    kind: compAdjustmentKindEnum('kind').notNull(),
    sourceStatementId: uuid('source_statement_id'),
    runId: uuid('run_id'),
    inquiryId: uuid('inquiry_id'),
    componentKind: compComponentKindEnum('component_kind'),
    componentId: text('component_id'),
    // No foreign key: like the earning lines, an adjustment outlives a deal deleted later.
    dealId: uuid('deal_id'),
    amount: amount('amount').notNull(),
    currency: currency(),
    before: amount('before'),
    after: amount('after'),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.statementId], foreignColumns: [compStatements.orgId, compStatements.id] }),
    foreignKey({ columns: [t.orgId, t.sourceStatementId], foreignColumns: [compStatements.orgId, compStatements.id] }),
    foreignKey({ columns: [t.orgId, t.runId], foreignColumns: [compRuns.orgId, compRuns.id] }),
    foreignKey({ columns: [t.orgId, t.inquiryId], foreignColumns: [compInquiries.orgId, compInquiries.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    check('comp_adjustments_amount_check', sql`${t.amount} <> 0`),
    index('comp_adjustments_statement_idx').on(t.orgId, t.statementId),
    index('comp_adjustments_source_idx').on(t.orgId, t.sourceStatementId),
    index('comp_adjustments_deal_idx').on(t.orgId, t.dealId),
  ],
);

/** A rep's question on one ledger line of their statement; the thread stays on that line. */
export const compInquiries = pgTable(
  'comp_inquiries',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    statementId: uuid('statement_id').notNull(),
    repId: uuid('rep_id').notNull(),
    runId: uuid('run_id').notNull(),
    position: integer('position').notNull(),
    status: compInquiryStatusEnum('status').notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.statementId], foreignColumns: [compStatements.orgId, compStatements.id] }),
    foreignKey({
      columns: [t.orgId, t.runId, t.repId, t.position],
      foreignColumns: [
        compEarningLines.orgId,
        compEarningLines.runId,
        compEarningLines.repId,
        compEarningLines.position,
      ],
    }),
    index('comp_inquiries_statement_idx').on(t.orgId, t.statementId),
  ],
);

/** The thread of an inquiry: the question, then answers and follow-ups, oldest first. */
export const compInquiryMessages = pgTable(
  'comp_inquiry_messages',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    inquiryId: uuid('inquiry_id').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    comment: text('comment').notNull(),
    adjustmentId: uuid('adjustment_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.inquiryId], foreignColumns: [compInquiries.orgId, compInquiries.id] }),
    foreignKey({ columns: [t.orgId, t.adjustmentId], foreignColumns: [compAdjustments.orgId, compAdjustments.id] }),
    index('comp_inquiry_messages_inquiry_idx').on(t.orgId, t.inquiryId, t.createdAt),
  ],
);
