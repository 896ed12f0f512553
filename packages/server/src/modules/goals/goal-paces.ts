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
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { baseTotals, type FactFilters } from '../metrics/metric-facts.queries';
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

export const to = (goal: GoalRow, today: string) => (today < goal.ends_on ? today : goal.ends_on);
export const isRep = (goal: GoalRow) => goal.scope_kind === 'rep' && !goal.checklist;
const addsUp = (goal: GoalRow) => metricCatalog[goal.metric].aggregation.kind === 'sum' && !goal.checklist;

/** The facts filter of a goal's question, for the given people. */
export const filtersOf = (goal: GoalRow, today: string, timeZone: string, people: (rep: SQL) => SQL): FactFilters => {
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

/** Whose facts a goal counts, as a key: reps' goals together (grouped by rep), one team's, the whole company's, else its own. */
const peopleKey = (goal: GoalRow) => {
  if (isRep(goal)) return 'reps';
  if (goal.scope_kind === 'team' || goal.scope_kind === 'org') return `${goal.scope_kind}:${goal.scope_id ?? ''}`;
  return `goal:${goal.id}`;
};

/**
 * The question a goal asks of the facts: goals with the same metric, people, span and product line
 * share one statement (the parts of one split, a wall chart's column). Different metrics stay apart:
 * one metric over a set of reps reads the rollup by rep; several at once tempt the planner into
 * reading the whole org's days, and separate statements run side by side.
 */
export const questionOf = (goal: GoalRow, today: string) =>
  [goal.metric, peopleKey(goal), goal.starts_on, to(goal, today), goal.product_line_id ?? ''].join('|');

/** Goals grouped by a key; each group is asked in one statement. */
export const batchesOf = (goals: GoalRow[], key: (goal: GoalRow) => string) => {
  const batches = new Map<string, GoalRow[]>();
  for (const goal of goals) {
    const batch = batches.get(key(goal));
    if (batch) batch.push(goal);
    else batches.set(key(goal), [goal]);
  }
  return [...batches.values()] as [GoalRow, ...GoalRow[]][];
};

/** The members of each team goal's team and its sub-teams, read once for all of them. */
export const teamPeopleOf = async (db: Db, scope: Scope, goals: GoalRow[]): Promise<Map<string, Set<string>>> => {
  const teamIds = [...new Set(goals.filter((g) => g.scope_kind === 'team').map((g) => g.scope_id as string))];
  if (teamIds.length === 0) return new Map();
  const rows = await queryRows<{ team_id: string; user_id: string }>(
    db,
    sql`with recursive subtree(root, id) as (
          select id, id from teams where org_id = ${scope.orgId} and id = any(${sql.param(teamIds)}::uuid[])
          union
          select s.root, t.id from teams t join subtree s on t.parent_id = s.id where t.org_id = ${scope.orgId})
        select distinct s.root::text as team_id, tm.user_id::text
        from subtree s join team_members tm on tm.org_id = ${scope.orgId} and tm.team_id = s.id`,
  );
  const people = new Map(teamIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) people.get(row.team_id)?.add(row.user_id);
  return people;
};

/**
 * Whose facts a batch counts, as a predicate and, when known, as a set of people: a set reads the
 * rollup by rep, far less than a whole org's period filtered afterwards.
 */
export const peopleOf = (scope: Scope, batch: GoalRow[], teams: Map<string, Set<string>>) => {
  const [first] = batch as [GoalRow];
  const known = isRep(first)
    ? new Set(batch.map((goal) => goal.scope_id as string))
    : first.scope_kind === 'team'
      ? (teams.get(first.scope_id as string) ?? new Set<string>())
      : null;
  if (known) return { predicate: peoplePredicate(scope, {}, known), repIds: known };
  return { predicate: peoplePredicate(scope, {}, null), repIds: undefined };
};

/** Each goal's base totals by day (rep goals of a batch split by the rep in the group key). */
const dailyFacts = async (
  db: Db,
  scope: Scope,
  goals: GoalRow[],
  calendar: PaceCalendar,
  teams: Map<string, Set<string>>,
) => {
  const days = new Map<string, Map<string, BaseTotal[]>>();
  const counted = goals.filter((goal) => calendar.today >= goal.starts_on && addsUp(goal));
  const batches = batchesOf(counted, (g) => questionOf(g, calendar.today));
  await Promise.all(
    batches.map(async (batch) => {
      const [first] = batch;
      const byRep = isRep(first);
      const filters = filtersOf(first, calendar.today, calendar.timeZone, peopleOf(scope, batch, teams).predicate);
      // One metric per batch (see questionOf): each row belongs to the goals of its rep, or to all of them.
      const rows = await baseTotals(db, scope, [first.metric], filters, byRep ? 'rep_day' : 'day');
      const money = metricCatalog[first.metric].unit === 'money';
      for (const goal of batch) days.set(goal.id, new Map());
      for (const row of rows) {
        const [rep, day] = byRep ? (row.group ?? '').split(' ') : [null, row.group];
        if (!day) continue;
        for (const goal of batch) {
          if ((byRep && goal.scope_id !== rep) || (money && row.currency !== goal.currency)) continue;
          const byDay = days.get(goal.id) as Map<string, BaseTotal[]>;
          const totals = byDay.get(day);
          if (totals) totals.push(row);
          else byDay.set(day, [row]);
        }
      }
    }),
  );
  return days;
};

/** The open deals of revenue goals still running, read once per batch of reps. */
const pipelines = async (
  db: Db,
  scope: Scope,
  goals: GoalRow[],
  calendar: PaceCalendar,
  teams: Map<string, Set<string>>,
) => {
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
    batchesOf(open, (g) => [peopleKey(g), g.ends_on, g.product_line_id, g.currency].join('|')).map(async (batch) => {
      const [first] = batch;
      const query = metricQueryOf(pacedOf(first), first.starts_on, first.ends_on);
      const people = peopleOf(scope, batch, teams);
      const deals = await openDealChances(db, scope, {
        people: people.predicate,
        repIds: people.repIds,
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
const levelActuals = async (
  db: Db,
  scope: Scope,
  goals: GoalRow[],
  calendar: PaceCalendar,
  teams: Map<string, Set<string>>,
) => {
  const actuals = new Map<string, string>();
  const levels = goals.filter((goal) => !addsUp(goal) && (calendar.today >= goal.starts_on || !goal.checklist));
  const isRate = (goal: GoalRow) =>
    metricCatalog[goal.metric].aggregation.kind === 'ratio' && calendar.today >= goal.starts_on;
  // Rates of any scope but a checklist's: base totals of the same question in one statement.
  const rates = levels.filter((goal) => isRate(goal) && !goal.checklist);
  await Promise.all([
    ...levels
      .filter((goal) => !rates.includes(goal))
      .map(async (goal) => actuals.set(goal.id, await goalActual(db, scope, pacedOf(goal), calendar))),
    ...batchesOf(rates, (g) => questionOf(g, calendar.today)).map(async (batch) => {
      const [first] = batch;
      const byRep = isRep(first);
      const filters = filtersOf(first, calendar.today, calendar.timeZone, peopleOf(scope, batch, teams).predicate);
      const bases = [...new Set(batch.flatMap((goal) => baseMetricsOf(goal.metric)))];
      const rows = await baseTotals(db, scope, bases, filters, byRep ? 'rep' : 'none');
      for (const goal of batch) {
        const totals = byRep ? rows.filter((row) => row.group === goal.scope_id) : rows;
        const currency = metricCatalog[goal.metric].unit === 'money' ? goal.currency : null;
        const value =
          metricValue(goal.metric, totals).find((v) => v.currency === currency) ?? metricValue(goal.metric, totals)[0];
        actuals.set(goal.id, value?.value ?? '0');
      }
    }),
  ]);
  return actuals;
};

/** Each goal's value by day from its start to today, for goals that add up (the burn-up). */
export const dailyValuesOfGoals = async (db: Db, scope: Scope, goals: GoalRow[], calendar: PaceCalendar) => {
  const days = await dailyFacts(db, scope, goals, calendar, await teamPeopleOf(db, scope, goals));
  const values = new Map<string, Map<string, string>>();
  for (const goal of goals) {
    const byDay = new Map<string, string>();
    for (const [day, totals] of days.get(goal.id) ?? [])
      byDay.set(day, metricValue(goal.metric, totals)[0]?.value ?? '0');
    values.set(goal.id, byDay);
  }
  return values;
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
  const teams = await teamPeopleOf(db, scope, goals);
  const [days, chances, levels, weights] = await Promise.all([
    dailyFacts(db, scope, goals, calendar, teams),
    pipelines(db, scope, goals, calendar, teams),
    levelActuals(db, scope, goals, calendar, teams),
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
      // The days feed the simulation only; a wall of goals leaves it out.
      for (let day = goal.starts_on; options.simulate && day <= to(goal, calendar.today); day = addDays(day, 1)) {
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
