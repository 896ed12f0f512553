import {
  AppError,
  Money,
  metricCatalog,
  type PaceView,
  type WallChart,
  type WallChartCell,
  type WallChartQuery,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { peoplePredicate } from '../metrics/metrics.service';
import { pacesOfGoals } from './goal-paces';
import { type GoalRow, selectGoals, toGoal } from './goal-rows';
import { orgCalendar } from './goals.service';

/** The reps on the chart: active reps the caller may see, in the team when one is asked. */
const chartReps = async (db: Db, scope: Scope, teamId: string | undefined) => {
  if (teamId && scope.teamIds && !scope.teamIds.has(teamId)) throw new AppError('NOT_FOUND', 'No such team');
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select m.user_id::text as id, u.name from members m join users u on u.id = m.user_id
        where m.org_id = ${scope.orgId} and m.role = 'rep' and m.status = 'active'
          and ${peoplePredicate(scope, { teamId })(sql`m.user_id`)}
        order by u.name`,
  );
};

/** Goals that were split from one goal share a column; others share one when metric and period match. */
const columnKeyOf = (goal: GoalRow) =>
  goal.parent_id ?? [goal.metric, goal.starts_on, goal.ends_on, goal.product_line_id ?? '', goal.kind].join('|');

/** A rep's goal is named after its column and the rep ("Calls · North · Rita"): the column keeps the first part. */
const columnNameOf = (goal: GoalRow) =>
  goal.scope_name && goal.name.endsWith(` · ${goal.scope_name}`)
    ? goal.name.slice(0, -` · ${goal.scope_name}`.length)
    : goal.name;

/** The team × goals grid: each rep's goals running on a day, with their status and distance still to go. */
export const wallChart = async (db: Db, scope: Scope, clock: Clock, query: WallChartQuery): Promise<WallChart> => {
  const calendar = await orgCalendar(db, scope, clock);
  const on = query.on ?? calendar.today;
  const reps = await chartReps(db, scope, query.teamId);
  const goals = reps.length
    ? await queryRows<GoalRow>(
        db,
        selectGoals(
          scope,
          sql`g.archived_at is null and g.scope_kind = 'rep' and g.checklist = false
              and g.scope_id = any(${sql.param(reps.map((r) => r.id))}::uuid[])
              and ${on}::date between g.starts_on and g.ends_on`,
          sql`order by g.ends_on, g.starts_on, g.name`,
        ),
      )
    : [];
  // A wall of goals shows where each stands; the chance of reaching is simulated on the goal page.
  const paces = await pacesOfGoals(db, scope, goals, calendar, { simulate: false });

  const columns: WallChart['columns'] = [];
  const columnIndex = new Map<string, number>();
  const cells = new Map<string, (WallChartCell | null)[]>();
  for (const goal of goals) {
    const key = columnKeyOf(goal);
    if (!columnIndex.has(key)) {
      columnIndex.set(key, columns.length);
      columns.push({
        key,
        name: columnNameOf(goal),
        metric: goal.metric,
        startsOn: goal.starts_on,
        endsOn: goal.ends_on,
        currency: goal.currency,
        target: '0',
        actual: metricCatalog[goal.metric].aggregation.kind === 'sum' ? '0' : null,
      });
    }
    const index = columnIndex.get(key) as number;
    const column = columns[index] as WallChart['columns'][number];
    const { target } = toGoal(goal);
    const pace = paces.get(goal.id) as PaceView;
    column.target = new Money(column.target).plus(target).toFixed();
    if (column.actual !== null) {
      const places = pace.actual.split('.')[1]?.length ?? 0;
      column.actual = new Money(column.actual).plus(pace.actual).toFixed(places);
    }
    const row = cells.get(goal.scope_id as string) ?? [];
    row[index] = {
      goalId: goal.id,
      target,
      actual: pace.actual,
      expected: pace.expected,
      distance: pace.distance,
      attainmentPercent: pace.attainmentPercent,
      runRateNeeded: pace.runRateNeeded,
      projected: pace.projected,
      status: pace.status,
    };
    cells.set(goal.scope_id as string, row);
  }
  return {
    on,
    columns,
    rows: reps.map((rep) => ({
      repId: rep.id,
      repName: rep.name,
      cells: columns.map((_, i) => cells.get(rep.id)?.[i] ?? null),
    })),
  };
};
