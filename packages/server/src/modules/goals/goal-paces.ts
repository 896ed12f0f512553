import {
  addDays,
  type BaseTotal,
  baseMetricsOf,
  currencyMinorUnits,
  isWorkingDay,
  metricCatalog,
  metricValue,
  type PaceView,
  paceOf,
} from '@pacer/core';
import type { SQL } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { type BaseRow, baseTotals, type FactFilters } from '../metrics/metric-facts.queries';
import { peoplePredicate } from '../metrics/metrics.service';
import { type OpenDealChance, openDealChances } from './goal-pipeline.queries';
import { goalActual, monthWeights, type PaceCalendar, type PacedGoal, pacedOf } from './goal-progress';
import type { GoalRow } from './goal-rows';
import { metricQueryOf } from './goal-scope';

/**
 * The pace of many goals at once, in few statements: goals that ask the same question of
 * different reps (the parts of one cascade, a wall chart's column) share one statement grouped
 * by rep and day; every goal's actual is the sum of its days, which also feed the simulation.
 */

const to = (goal: GoalRow, today: string) => (today < goal.ends_on ? today : goal.ends_on);
const isRep = (goal: GoalRow) => goal.scope_kind === 'rep' && !goal.checklist;
const addsUp = (goal: GoalRow) => metricCatalog[goal.metric].aggregation.kind === 'sum' && !goal.checklist;

/** The facts filter of a goal's question, for the given people. */
const filtersOf = (goal: GoalRow, today: string, timeZone: string, people: (rep: SQL) => SQL): FactFilters => {
  const query = metricQueryOf(pacedOf(goal), goal.starts_on, to(goal, today));
  return {
    from: query.from,
    to: query.to,
    timeZone,
    people,
    ...(query.productLineId ? { productLineId: query.productLineId } : {}),
    ...(query.regionId ? { regionId: query.regionId } : {}),
    ...(query.accountIds ? { accountIds: query.accountIds } : {}),
  };
};

/** Goals that may share a statement: reps' goals with the same metric, span and product line; every other goal alone. */
const batchesOf = (goals: GoalRow[], key: (goal: GoalRow) => string) => {
  const batches = new Map<string, GoalRow[]>();
  for (const goal of goals) {
    const batch = isRep(goal) ? key(goal) : goal.id;
    batches.set(batch, [...(batches.get(batch) ?? []), goal]);
  }
  return [...batches.values()] as [GoalRow, ...GoalRow[]][];
};

const peopleOf = (scope: Scope, batch: GoalRow[]) => {
  const [first] = batch as [GoalRow];
  if (isRep(first)) return peoplePredicate(scope, {}, new Set(batch.map((goal) => goal.scope_id as string)));
  const query = metricQueryOf(pacedOf(first), first.starts_on, first.ends_on);
  return peoplePredicate(scope, { repId: query.repId, teamId: query.teamId }, null);
};

/** Each goal's base totals by day (rep goals of a batch split by the rep in the group key). */
const dailyFacts = async (db: Db, scope: Scope, goals: GoalRow[], calendar: PaceCalendar) => {
  const days = new Map<string, Map<string, BaseTotal[]>>();
  const counted = goals.filter((goal) => calendar.today >= goal.starts_on && addsUp(goal));
  const batches = batchesOf(counted, (g) =>
    [g.metric, g.starts_on, to(g, calendar.today), g.product_line_id].join('|'),
  );
  await Promise.all(
    batches.map(async (batch) => {
      const [first] = batch;
      const byRep = isRep(first);
      const filters = filtersOf(first, calendar.today, calendar.timeZone, peopleOf(scope, batch));
      const rows = await baseTotals(db, scope, [first.metric], filters, byRep ? 'rep_day' : 'day');
      const perGoal = new Map<string, BaseRow[]>();
      for (const row of rows) {
        const [rep, day] = byRep ? (row.group ?? '').split(' ') : [null, row.group];
        const goal = byRep ? batch.find((g) => g.scope_id === rep) : first;
        if (!goal || !day) continue;
        perGoal.set(goal.id, [...(perGoal.get(goal.id) ?? []), { ...row, group: day }]);
      }
      for (const goal of batch) {
        const byDay = new Map<string, BaseTotal[]>();
        for (const row of perGoal.get(goal.id) ?? []) {
          if (metricCatalog[goal.metric].unit === 'money' && row.currency !== goal.currency) continue;
          byDay.set(row.group as string, [...(byDay.get(row.group as string) ?? []), row]);
        }
        days.set(goal.id, byDay);
      }
    }),
  );
  return days;
};

/** The open deals of revenue goals still running, read once per batch of reps. */
const pipelines = async (db: Db, scope: Scope, goals: GoalRow[], calendar: PaceCalendar) => {
  const open = goals.filter(
    (g) =>
      g.metric === 'won_revenue' &&
      g.currency &&
      !g.checklist &&
      calendar.today >= g.starts_on &&
      calendar.today <= g.ends_on,
  );
  const chances = new Map<string, OpenDealChance[]>();
  await Promise.all(
    batchesOf(open, (g) => [g.ends_on, g.product_line_id].join('|')).map(async (batch) => {
      const [first] = batch;
      const query = metricQueryOf(pacedOf(first), first.starts_on, first.ends_on);
      const deals = await openDealChances(db, scope, {
        people: peopleOf(scope, batch),
        productLineId: query.productLineId,
        regionId: query.regionId,
        accountIds: query.accountIds,
        currency: first.currency as string,
        deadline: first.ends_on,
      });
      for (const goal of batch) {
        chances.set(goal.id, isRep(goal) ? deals.filter((deal) => deal.repId === goal.scope_id) : deals);
      }
    }),
  );
  return chances;
};

const decimalsOf = (goal: PacedGoal): number => {
  const { unit } = metricCatalog[goal.metric];
  if (unit === 'money') return goal.currency ? currencyMinorUnits(goal.currency) : 2;
  return unit === 'count' ? 0 : 1;
};

/** Rates of reps (a column of the wall chart) share one statement per batch; snapshots and checklists are asked one by one. */
const levelActuals = async (db: Db, scope: Scope, goals: GoalRow[], calendar: PaceCalendar) => {
  const actuals = new Map<string, string>();
  const levels = goals.filter((goal) => !addsUp(goal) && (calendar.today >= goal.starts_on || !goal.checklist));
  const isRate = (goal: GoalRow) =>
    metricCatalog[goal.metric].aggregation.kind === 'ratio' && calendar.today >= goal.starts_on;
  const rates = levels.filter((goal) => isRep(goal) && isRate(goal));
  await Promise.all([
    ...levels
      .filter((goal) => !rates.includes(goal))
      .map(async (goal) => actuals.set(goal.id, await goalActual(db, scope, pacedOf(goal), calendar))),
    ...batchesOf(rates, (g) => [g.metric, g.starts_on, to(g, calendar.today), g.product_line_id].join('|')).map(
      async (batch) => {
        const [first] = batch;
        const filters = filtersOf(first, calendar.today, calendar.timeZone, peopleOf(scope, batch));
        const rows = await baseTotals(db, scope, baseMetricsOf(first.metric), filters, 'rep');
        for (const goal of batch) {
          const totals = rows.filter((row) => row.group === goal.scope_id);
          const currency = metricCatalog[goal.metric].unit === 'money' ? goal.currency : null;
          const value =
            metricValue(goal.metric, totals).find((v) => v.currency === currency) ??
            metricValue(goal.metric, totals)[0];
          actuals.set(goal.id, value?.value ?? '0');
        }
      },
    ),
  ]);
  return actuals;
};

/** Paces of the goals that are not archived, by goal id. `simulate: false` leaves out the chance of reaching. */
export const pacesOfGoals = async (
  db: Db,
  scope: Scope,
  rows: GoalRow[],
  calendar: PaceCalendar,
  options: { simulate: boolean } = { simulate: true },
): Promise<Map<string, PaceView>> => {
  const goals = rows.filter((row) => !row.archived_at);
  const [days, chances, levels, weights] = await Promise.all([
    dailyFacts(db, scope, goals, calendar),
    pipelines(db, scope, goals, calendar),
    levelActuals(db, scope, goals, calendar),
    Promise.all(
      goals
        .filter((goal) => goal.pacing === 'seasonal' && addsUp(goal))
        .map(async (goal) => [goal.id, await monthWeights(db, scope, pacedOf(goal))] as const),
    ).then((pairs) => new Map(pairs)),
  ]);
  const paces = new Map<string, PaceView>();
  for (const goal of goals) {
    const paced = pacedOf(goal);
    const byDay = days.get(goal.id);
    let actual = levels.get(goal.id) ?? '0';
    const dailyValues: string[] = [];
    if (byDay) {
      const currency = metricCatalog[goal.metric].unit === 'money' ? goal.currency : null;
      const all = [...byDay.values()].flat();
      actual = metricValue(goal.metric, all).find((v) => v.currency === currency)?.value ?? '0';
      for (let day = goal.starts_on; day <= to(goal, calendar.today); day = addDays(day, 1)) {
        if (!isWorkingDay(day)) continue;
        const totals = byDay.get(day);
        dailyValues.push(totals ? (metricValue(goal.metric, totals)[0]?.value ?? '0') : '0');
      }
    }
    const pipeline = chances.get(goal.id);
    const monthly = weights.get(goal.id);
    paces.set(
      goal.id,
      paceOf({
        target: goal.target,
        actual,
        accrual: addsUp(goal) || goal.checklist ? 'cumulative' : 'level',
        higherIsBetter: metricCatalog[goal.metric].higherIsBetter,
        period: { start: goal.starts_on, end: goal.ends_on },
        today: calendar.today,
        decimals: decimalsOf(paced),
        dailyValues,
        simulate: options.simulate,
        ...(monthly ? { monthWeights: monthly } : {}),
        ...(pipeline ? { openPipeline: pipeline } : {}),
      }),
    );
  }
  return paces;
};
