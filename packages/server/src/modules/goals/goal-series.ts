import {
  addDays,
  currencyMinorUnits,
  expectedLine,
  type GoalSeries,
  isWorkingDay,
  Money,
  metricCatalog,
  projectionFan,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { activityContributions } from '../metrics/metric-facts.queries';
import { dailyValuesOfGoals } from './goal-paces';
import { monthWeights, type PaceCalendar, pacedOf } from './goal-progress';
import { type GoalRow, readGoal, toGoal } from './goal-rows';
import { orgCalendar } from './goals.service';

/** Each day's value so far: a checklist's accounts reached for the first time that day, else the metric's daily total. */
const dailyTotals = async (db: Db, scope: Scope, row: GoalRow, calendar: PaceCalendar) => {
  const goal = pacedOf(row);
  const timeZone = calendar.timeZone;
  const to = calendar.today < goal.endsOn ? calendar.today : goal.endsOn;
  if (goal.checklist) {
    const rows = await queryRows<{ day: string; reached: number }>(
      db,
      sql`select first_day::text as day, count(*)::int as reached from (
            select acc.id, (select min(hits.day) from (${activityContributions(
              scope.orgId,
              timeZone,
              sql`a.account_id = acc.id
                and a.activity_at >= (${goal.startsOn}::date::timestamp at time zone ${timeZone})
                and a.activity_at < ((${to}::date + 1)::timestamp at time zone ${timeZone})`,
            )}) hits where hits.metric = ${goal.metric}) as first_day
            from unnest(${sql.param([...goal.accountIds])}::uuid[]) as acc(id)) firsts
          where first_day is not null group by 1`,
    );
    return new Map(rows.map((row) => [row.day, String(row.reached)]));
  }
  return (await dailyValuesOfGoals(db, scope, [row], calendar)).get(row.id) ?? new Map<string, string>();
};

/**
 * The target in effect from each day on: each change applies from its effective day (never before
 * the start); of two changes effective the same day, the later one counts.
 */
const targetSteps = (changes: { from: string; target: string }[], startsOn: string) => {
  const steps: { from: string; target: string }[] = [];
  for (const change of changes) {
    const from = change.from < startsOn ? startsOn : change.from;
    const target = new Money(change.target).toFixed();
    if (steps.at(-1)?.from === from) steps.pop();
    if (steps.at(-1)?.target !== target) steps.push({ from, target });
  }
  return steps;
};

/**
 * The burn-up of a goal that adds up over days: its running total to today and its pace line to
 * the deadline, one point a day. A ratio or a snapshot has no running total: it gets the pace line.
 */
export const goalSeries = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<GoalSeries> => {
  const [row, calendar] = await Promise.all([readGoal(db, scope, id), orgCalendar(db, scope, clock)]);
  const goal = pacedOf(row);
  const cumulative = metricCatalog[goal.metric].aggregation.kind === 'sum' || goal.checklist;
  const to = calendar.today < goal.endsOn ? calendar.today : goal.endsOn;
  const [totals, weights, changes] = await Promise.all([
    cumulative && calendar.today >= goal.startsOn
      ? dailyTotals(db, scope, row, calendar)
      : new Map<string | null, string>(),
    goal.pacing === 'seasonal' && cumulative ? monthWeights(db, scope, goal) : undefined,
    queryRows<{ from: string; target: string }>(
      db,
      sql`select effective_from::text as "from", to_target::text as target from goal_target_changes
          where org_id = ${scope.orgId} and goal_id = ${id} order by effective_from, at, id`,
    ),
  ]);
  const points: GoalSeries['points'] = [];
  let running = new Money(0);
  const worked: string[] = [];
  // A rate or a snapshot is expected at its target all along.
  const line = cumulative
    ? expectedLine({
        target: goal.target,
        period: { start: goal.startsOn, end: goal.endsOn },
        decimals: 2,
        ...(weights ? { monthWeights: weights } : {}),
      })
    : null;
  const level = new Money(goal.target).toFixed(2);
  for (let day = goal.startsOn, i = 0; day <= goal.endsOn; day = addDays(day, 1), i += 1) {
    running = running.plus(totals.get(day) ?? '0');
    if (day <= to && isWorkingDay(day)) worked.push(totals.get(day) ?? '0');
    const expected = line ? (line[i]?.expected ?? level) : level;
    points.push({ day, actual: cumulative && day <= to ? running.toFixed() : null, expected });
  }
  const fan =
    cumulative && calendar.today >= goal.startsOn && calendar.today < goal.endsOn
      ? projectionFan({
          actual: running.toFixed(),
          dailyValues: worked,
          days: points.filter((p) => p.day > calendar.today).map((p) => p.day),
          decimals: goal.currency
            ? currencyMinorUnits(goal.currency)
            : metricCatalog[goal.metric].unit === 'count'
              ? 0
              : 1,
        })
      : [];
  return {
    target: toGoal(row).target,
    fan,
    targetSteps: targetSteps(changes, goal.startsOn),
    startsOn: goal.startsOn,
    endsOn: goal.endsOn,
    today: calendar.today,
    points,
  };
};
