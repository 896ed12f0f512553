import { type Leaderboard, type LeaderboardQuery, previousPeriod, rankReps } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Scope, upkeepScope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { leaderboardReach, leaderboardReps } from '../metrics/metrics.service';
import { pacesOfGoals } from './goal-paces';
import { type GoalRow, selectGoals } from './goal-rows';
import { orgCalendar } from './goals.service';

/**
 * Each rep's own goal on the metric running on a day: the latest started, the shortest when two
 * start together. Read across the reps in reach (teammates' goals are otherwise not theirs to see):
 * only the attainment leaves this module.
 */
const ownGoals = async (db: Db, scope: Scope, metric: string, on: string, reps: string[]) => {
  if (reps.length === 0) return new Map<string, GoalRow>();
  const rows = await queryRows<GoalRow>(
    db,
    selectGoals(
      upkeepScope(scope.orgId),
      sql`g.archived_at is null and g.scope_kind = 'rep' and g.metric = ${metric} and g.product_line_id is null
          and g.scope_id = any(${sql.param(reps)}::uuid[]) and ${on}::date between g.starts_on and g.ends_on`,
      sql`order by g.starts_on desc, g.ends_on, g.id`,
    ),
  );
  const own = new Map<string, GoalRow>();
  for (const row of rows) if (!own.has(row.scope_id as string)) own.set(row.scope_id as string, row);
  return own;
};

/**
 * A leaderboard of reps by the share of their own target reached, so a new rep with a smaller
 * target competes fairly with a senior one: each rep's goal on the metric running at the end of
 * the period, and at the end of the period before for the move. Reps without such a goal are
 * listed unranked.
 */
export const goalLeaderboard = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  query: LeaderboardQuery,
): Promise<Leaderboard> => {
  const previous = previousPeriod(query.from, query.to);
  const reach = await leaderboardReach(db, scope);
  const [reps, calendar] = await Promise.all([
    leaderboardReps(db, scope, query.teamId, reach),
    orgCalendar(db, scope, clock),
  ]);
  const attainment = async (on: string) => {
    const goals = await ownGoals(
      db,
      scope,
      query.metric,
      on,
      reps.map((rep) => rep.id),
    );
    // As of that day: the period before is compared as it stood then, not with today's actuals.
    const asOf = { ...calendar, today: on < calendar.today ? on : calendar.today };
    const paces = await pacesOfGoals(db, upkeepScope(scope.orgId), [...goals.values()], asOf, { simulate: false });
    return reps.map((rep) => {
      const goal = goals.get(rep.id);
      return goal ? (paces.get(goal.id)?.attainmentPercent ?? null) : null;
    });
  };
  const [values, previousValues] = await Promise.all([attainment(query.to), attainment(previous.to)]);
  const rows = rankReps(reps, values, previousValues, true);
  return {
    metric: query.metric,
    from: query.from,
    to: query.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    currency: null,
    rows,
  };
};
