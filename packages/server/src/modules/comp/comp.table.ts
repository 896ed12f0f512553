import { type CompPlanTerms, compComponentKinds, type ExplanationPart } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { amount, archivedAt, createdAt, currency, nowMs, updatedAt } from '../../platform/db/columns';
import { users } from '../identity/identity.table';
import { members, roleEnum } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';
import { teams } from '../teams/teams.table';

/** A comp plan: a name and the currency of its amounts; what it pays lives in its versions. */
export const compPlans = pgTable(
  'comp_plans',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    currency: currency(),
    createdBy: uuid('created_by').references(() => users.id),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('comp_plans_name_idx').on(t.orgId, t.name, t.id)],
);

/**
 * The terms of a plan from a day on. Append-only: a change is a new version, so a past period is
 * always computed with the terms that were in effect, and an acknowledgement stays tied to them.
 */
export const compPlanVersions = pgTable(
  'comp_plan_versions',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    terms: jsonb('terms').$type<CompPlanTerms>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [compPlans.orgId, compPlans.id] }),
    unique('comp_plan_versions_number_key').on(t.orgId, t.planId, t.version),
    check('comp_plan_versions_number_check', sql`${t.version} >= 1`),
  ],
);

/**
 * Who a plan applies to, and for which days (both included; no end: open-ended): one rep, a team
 * with its sub-teams, or everyone of a role. The service keeps one target's assignments apart.
 */
export const compAssignments = pgTable(
  'comp_assignments',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    repId: uuid('rep_id'),
    teamId: uuid('team_id'),
    role: roleEnum('role'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [compPlans.orgId, compPlans.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
    check(
      'comp_assignments_one_target_check',
      sql`num_nonnulls(${t.repId}, ${t.teamId}, ${t.role}) = 1 and (${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn})`,
    ),
    index('comp_assignments_plan_idx').on(t.orgId, t.planId),
    index('comp_assignments_rep_idx').on(t.orgId, t.repId),
    index('comp_assignments_team_idx').on(t.orgId, t.teamId),
  ],
);

/** A rep's acknowledgement of a plan version's terms: once per rep and version, with the time. */
export const compPlanAcknowledgements = pgTable(
  'comp_plan_acknowledgements',
  {
    orgId: uuid('org_id').notNull(),
    versionId: uuid('version_id').notNull(),
    repId: uuid('rep_id').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull().default(nowMs),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.versionId, t.repId] }),
    foreignKey({ columns: [t.orgId, t.versionId], foreignColumns: [compPlanVersions.orgId, compPlanVersions.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    index('comp_plan_acknowledgements_rep_idx').on(t.orgId, t.repId),
  ],
);

/** A period run: who computed which span of days, when. Its lines are never changed. */
export const compRuns = pgTable(
  'comp_runs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    // What the run wrote, kept with it so the list of runs need not add up every line again.
    repCount: integer('rep_count').notNull().default(0),
    lineCount: integer('line_count').notNull().default(0),
    totals: jsonb('totals').$type<{ currency: string; amount: string }[]>().notNull().default([]),
    // The teams a run was made for, named as they were; empty: the whole org. No foreign key: the
    // record of a run outlives a team deleted later.
    teams: jsonb('teams').$type<{ id: string; name: string }[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('comp_runs_period_idx').on(t.orgId, t.periodStart, t.periodEnd),
    index('comp_runs_created_idx').on(t.orgId, t.createdAt, t.id),
  ],
);

export const compComponentKindEnum = pgEnum('comp_component_kind', compComponentKinds);

/**
 * The earnings ledger: the engine's lines of one run, per rep in the engine's order. Append-only;
 * a later run adds its own lines. Base and rate keep every digit the engine gave (no scale).
 */
export const compEarningLines = pgTable(
  'comp_earning_lines',
  {
    orgId: uuid('org_id').notNull(),
    runId: uuid('run_id').notNull(),
    repId: uuid('rep_id').notNull(),
    position: integer('position').notNull(),
    planVersionId: uuid('plan_version_id').notNull(),
    componentId: text('component_id').notNull(),
    componentKind: compComponentKindEnum('component_kind').notNull(),
    // No foreign key: the ledger outlives a deal that is deleted later.
    dealId: uuid('deal_id'),
    creditDate: date('credit_date', { mode: 'string' }),
    base: numeric('base'),
    rate: numeric('rate'),
    tier: integer('tier'),
    amount: amount('amount').notNull(),
    currency: currency(),
    explanation: jsonb('explanation').$type<ExplanationPart[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.runId, t.repId, t.position] }),
    foreignKey({ columns: [t.orgId, t.runId], foreignColumns: [compRuns.orgId, compRuns.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({
      columns: [t.orgId, t.planVersionId],
      foreignColumns: [compPlanVersions.orgId, compPlanVersions.id],
    }),
    index('comp_earning_lines_rep_idx').on(t.orgId, t.repId, t.runId),
    // Clawbacks look up what was paid for a cancelled or refunded deal.
    index('comp_earning_lines_deal_idx').on(t.orgId, t.dealId),
  ],
);

/**
 * The org's exchange rates: 1 `from_currency` is worth `rate` `to_currency` from a day on, until
 * the pair's next rate. Only the direction given converts, so no inverse is ever rounded.
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    fromCurrency: text('from_currency').notNull(),
    toCurrency: text('to_currency').notNull(),
    // No scale: the rate keeps exactly the digits it was given.
    rate: numeric('rate').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('exchange_rates_pair_day_key').on(t.orgId, t.fromCurrency, t.toCurrency, t.effectiveOn),
    check('exchange_rates_rate_check', sql`${t.rate} > 0 and ${t.fromCurrency} <> ${t.toCurrency}`),
  ],
);
