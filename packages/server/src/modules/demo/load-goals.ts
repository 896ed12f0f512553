import { localDateOf } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { resolveScope, type Scope } from '../../platform/auth/access-policy';
import { type Clock, fixedClock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { splitGoal } from '../goals/goal-cascade';
import { applyEstimatesRule } from '../goals/goal-estimates-rule';
import { setGoal } from '../goals/goals.service';

/**
 * A team's revenue quota for the quarter from `startsOn`: last year's plus 10 %, split among its
 * reps by their share of last year. Answers the team goal's id.
 */
export const setTeamRevenueQuota = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  team: { id: string; name: string },
  startsOn: string,
): Promise<string> => {
  const id = await setGoal(db, scope, clock, {
    name: `${team.name} revenue`,
    kind: 'quota',
    metric: 'won_revenue',
    scopeKind: 'team',
    scopeId: team.id,
    periodKind: 'quarter',
    startsOn,
    baseline: 'same_period_last_year',
    upliftPercent: '10',
    pacing: 'linear',
    checklist: false,
    repeats: false,
  });
  await splitGoal(db, scope, clock, id, { into: 'reps', method: 'last_year' });
  return id;
};

/**
 * The goals a sales leader has running when the demo opens, set by the VP as a person would:
 * each team's revenue this quarter at last year's plus 10 %, split among its reps by their share
 * of last year; the inside team's calls this month at last month's plus 5 %, split evenly, and a
 * recurring 40 calls a week each; the estimates rule on the first field team's revenue.
 * The org-wide goals are left for the visitor to set.
 */
export const loadDemoGoals = async (db: Db, orgId: string, now: Date): Promise<number> => {
  const [top] = await queryRows<{ id: string; manager_id: string; time_zone: string }>(
    db,
    sql`select t.id::text, t.manager_id::text, o.time_zone from teams t join orgs o on o.id = t.org_id
        where t.org_id = ${orgId} and t.parent_id is null and t.manager_id is not null order by t.created_at limit 1`,
  );
  if (!top) return 0;
  const teams = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text, name from teams where org_id = ${orgId} and parent_id = ${top.id} order by name`,
  );
  const scope = await resolveScope(db, orgId, top.manager_id, 'manager');
  const clock = fixedClock(now);
  const today = localDateOf(now, top.time_zone);
  let count = 0;
  for (const team of teams) {
    await setTeamRevenueQuota(db, scope, clock, team, today);
    count += 1;
    if (!team.name.startsWith('Inside')) continue;
    const calls = await setGoal(db, scope, clock, {
      name: `${team.name} calls`,
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'team',
      scopeId: team.id,
      periodKind: 'month',
      startsOn: today,
      baseline: 'previous_period',
      upliftPercent: '5',
      pacing: 'linear',
      checklist: false,
      repeats: false,
    });
    await splitGoal(db, scope, clock, calls, { into: 'reps', method: 'even' });
    // And 40 calls a week each, starting again every Monday by itself.
    const [members] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from team_members where org_id = ${orgId} and team_id = ${team.id}`,
    );
    const weekly = await setGoal(db, scope, clock, {
      name: `${team.name}: 40 calls a week each`,
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'team',
      scopeId: team.id,
      periodKind: 'week',
      startsOn: today,
      target: String(40 * (members?.n ?? 1)),
      pacing: 'linear',
      checklist: false,
      repeats: true,
    });
    await splitGoal(db, scope, clock, weekly, { into: 'reps', method: 'even' });
    count += 1;
  }
  // The estimates rule on the first field team's revenue: estimates each month ≥ 3 × its quota.
  const [field] = await queryRows<{ id: string }>(
    db,
    sql`select g.id::text from goals g join teams t on t.org_id = g.org_id and t.id = g.scope_id
        where g.org_id = ${orgId} and g.parent_id is null and g.metric = 'won_revenue' and t.name like 'Field%'
        order by t.name limit 1`,
  );
  if (field) await applyEstimatesRule(db, scope, clock, field.id, { factor: '3' });
  return count;
};
