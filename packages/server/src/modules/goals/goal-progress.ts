import { type LocalDate, type MetricKey, samePeriodLastYear } from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { activityContributions } from '../metrics/metric-facts.queries';
import { metricValues } from '../metrics/metrics.service';
import type { GoalRow } from './goal-rows';
import { type GoalScope, metricQueryOf } from './goal-scope';

/** What the pace of a goal needs to know about it. */
export interface PacedGoal extends GoalScope {
  metric: MetricKey;
  startsOn: LocalDate;
  endsOn: LocalDate;
  target: string;
  currency: string | null;
  pacing: 'linear' | 'seasonal';
  checklist: boolean;
}

/** The parts of a goal's row its pace needs. */
export const pacedOf = (row: GoalRow): PacedGoal => ({
  metric: row.metric,
  scopeKind: row.scope_kind,
  scopeId: row.scope_id,
  productLineId: row.product_line_id,
  accountIds: row.account_ids,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  target: row.target,
  currency: row.currency,
  pacing: row.pacing,
  checklist: row.checklist,
});

/** The org's calendar for pace: today in its time zone. */
export interface PaceCalendar {
  today: LocalDate;
  timeZone: string;
}

/**
 * A goal's totals are aggregates its viewers may see whoever's facts they add up (a rep sees the
 * org's revenue goal move), so they are counted over everyone in the scope, not the caller's reach.
 */
const goalValue = async (db: Db, scope: Scope, goal: PacedGoal, from: LocalDate, to: LocalDate) => {
  const answer = await metricValues(db, scope, metricQueryOf(goal, from, to), null);
  const row = answer.rows.find((r) => r.currency === goal.currency) ?? answer.rows.find((r) => r.currency === null);
  return row?.value ?? '0';
};

/** A checklist milestone counts the accounts of its set with at least one qualifying activity in the period. */
const accountsReached = async (db: Db, scope: Scope, goal: PacedGoal, to: LocalDate, timeZone: string) => {
  const [row] = await queryRows<{ reached: number }>(
    db,
    sql`select count(*)::int as reached from unnest(${sql.param([...goal.accountIds])}::uuid[]) as acc(id)
        where exists (
          select 1 from (${activityContributions(
            scope.orgId,
            timeZone,
            sql`a.account_id = acc.id
              and a.activity_at >= (${goal.startsOn}::date::timestamp at time zone ${timeZone})
              and a.activity_at < ((${to}::date + 1)::timestamp at time zone ${timeZone})`,
          )}) hits where hits.metric = ${goal.metric})`,
  );
  return String(row?.reached ?? 0);
};

/** Last year's value of each calendar month over the same span, as the weights of a seasonal pace. */
export const monthWeights = async (db: Db, scope: Scope, goal: PacedGoal): Promise<number[]> => {
  const last = samePeriodLastYear({ start: goal.startsOn, end: goal.endsOn });
  const answer = await metricValues(db, scope, metricQueryOf(goal, last.start, last.end, 'month'), null);
  const weights = Array.from({ length: 12 }, () => 0);
  for (const row of answer.rows) {
    if (!row.period || (row.currency !== goal.currency && row.currency !== null)) continue;
    const month = Number(row.period.slice(5, 7)) - 1;
    weights[month] = (weights[month] ?? 0) + Math.max(Number(row.value ?? 0), 0);
  }
  return weights;
};

/** A goal's actual so far: the accounts a checklist reached, else its metric from the start to today. */
export const goalActual = (db: Db, scope: Scope, goal: PacedGoal, calendar: PaceCalendar): Promise<string> => {
  const to = calendar.today < goal.endsOn ? calendar.today : goal.endsOn;
  return goal.checklist
    ? accountsReached(db, scope, goal, to, calendar.timeZone)
    : goalValue(db, scope, goal, goal.startsOn, to);
};
