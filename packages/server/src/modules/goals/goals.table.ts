import { goalBaselines, goalKinds, goalPacings, goalScopeKinds } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { amount, archivedAt, createdAt, nowMs, updatedAt } from '../../platform/db/columns';
import { accounts } from '../accounts/accounts.table';
import { users } from '../identity/identity.table';
import { orgs } from '../orgs/orgs.table';
import { productLines } from '../products/products.table';

/**
 * Goals, quotas and milestones: a catalog metric over a scope and a period, with a target.
 * `scope_id` names a region, team, member or product line depending on `scope_kind`, so it has no
 * foreign key; the service checks it. The target is always stored absolute: a relative one keeps
 * the baseline it was computed from.
 */
export const goals = pgTable(
  'goals',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: goalKinds }).notNull(),
    metric: text('metric').notNull(),
    scopeKind: text('scope_kind', { enum: goalScopeKinds }).notNull(),
    scopeId: uuid('scope_id'),
    productLineId: uuid('product_line_id'),
    periodKind: text('period_kind', { enum: ['day', 'week', 'month', 'quarter', 'year', 'custom'] }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    target: amount('target').notNull(),
    currency: text('currency'),
    baseline: text('baseline', { enum: goalBaselines }),
    baselineValue: amount('baseline_value'),
    upliftPercent: amount('uplift_percent'),
    pacing: text('pacing', { enum: goalPacings }).notNull().default('linear'),
    checklist: boolean('checklist').notNull().default(false),
    parentId: uuid('parent_id'),
    /** The goal of the period before that this one continues (next cycle). */
    rolledFromId: uuid('rolled_from_id'),
    /** A quota that starts again by itself each period (40 calls every week), with the same target. */
    repeats: boolean('repeats').notNull().default(false),
    /**
     * A target that follows another goal's: `linked_factor` × that goal's target for this goal's
     * months (the estimates rule: estimates sent each month ≥ 3 × that month's quota).
     */
    linkedGoalId: uuid('linked_goal_id'),
    linkedFactor: amount('linked_factor'),
    /** Why a missed goal was missed, asked when it is rolled forward. */
    missedReason: text('missed_reason'),
    note: text('note'),
    rewardText: text('reward_text'),
    rewardAmount: amount('reward_amount'),
    achievedAt: timestamp('achieved_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.parentId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.rolledFromId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.linkedGoalId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.productLineId], foreignColumns: [productLines.orgId, productLines.id] }),
    index('goals_period_idx').on(t.orgId, t.endsOn, t.startsOn),
    index('goals_scope_idx').on(t.orgId, t.scopeKind, t.scopeId),
    index('goals_parent_idx').on(t.orgId, t.parentId),
    index('goals_linked_idx').on(t.orgId, t.linkedGoalId).where(sql`linked_goal_id is not null`),
  ],
);

/** The named accounts of an account-set goal ("these 10 top prospects"). */
export const goalAccounts = pgTable(
  'goal_accounts',
  {
    orgId: uuid('org_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    accountId: uuid('account_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.goalId, t.accountId] }),
    foreignKey({ columns: [t.orgId, t.goalId], foreignColumns: [goals.orgId, goals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
  ],
);

/** Every target a goal has had: who set it, when, from what, and from which day it applies. Append-only. */
export const goalTargetChanges = pgTable(
  'goal_target_changes',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    goalId: uuid('goal_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().default(nowMs),
    byId: uuid('by_id').references(() => users.id),
    fromTarget: amount('from_target'),
    toTarget: amount('to_target').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.goalId], foreignColumns: [goals.orgId, goals.id] }).onDelete('cascade'),
    index('goal_target_changes_goal_idx').on(t.orgId, t.goalId, t.at),
  ],
);
