import { date, index, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.table';

/**
 * The daily rollup: one row per rep, day (org time zone) and base metric, kept in step with every
 * write of a fact in the same transaction, so progress and charts read small aggregates. `currency`
 * and `dimension` ('' when none) keep money per currency and a metric per product line or pipeline
 * apart. `pacer rollups rebuild` recomputes it from the facts and must give identical rows.
 */
export const metricRollups = pgTable(
  'metric_rollups',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    repId: uuid('rep_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    metric: text('metric').notNull(),
    dimension: text('dimension').notNull().default(''),
    currency: text('currency').notNull().default(''),
    value: numeric('value', { precision: 24, scale: 4 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.repId, t.day, t.metric, t.dimension, t.currency] }),
    // A period of the whole org (leaderboards, the wall chart) reads by day first.
    index('metric_rollups_day_idx').on(t.orgId, t.metric, t.day),
    // One metric of a set of reps over a span (a team's goal, a wall chart's column) reads by rep.
    index('metric_rollups_rep_idx').on(t.orgId, t.metric, t.dimension, t.repId, t.day),
  ],
);
