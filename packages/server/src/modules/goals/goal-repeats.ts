import { encodeTargetReason, goalPeriodOf, localDateOf, nextGoalPeriod } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Scope, upkeepScope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { nextChildRange, nextCycleOf } from './goal-roll-forward';
import { type GoalRow, selectGoals } from './goal-rows';
import { insertGoal } from './goals.service';

/**
 * Recurring quotas (40 calls every week, 15 a day): when one's period is over, the period that
 * holds today starts by itself with the same target and the same parts. A period missed while
 * Pacer was not running is skipped, not made up. Upkeep, swept with the achievements.
 */

/** The period of the same kind that holds today; a custom range moves on by its own length. */
const periodHolding = (goal: GoalRow, today: string, fiscalStartMonth: number) => {
  if (goal.period_kind !== 'custom') return goalPeriodOf(goal.period_kind, today, fiscalStartMonth);
  let range = { start: goal.starts_on, end: goal.ends_on };
  while (range.end < today) range = nextGoalPeriod('custom', range, fiscalStartMonth);
  return range;
};

const renew = async (db: Db, orgId: string, goal: GoalRow, today: string, fiscalStartMonth: number) =>
  db.transaction(async (tx) => {
    // The goal is locked so two servers sweeping at once start the next period only once.
    const [free] = await queryRows(
      tx,
      sql`select 1 from goals g where g.org_id = ${orgId} and g.id = ${goal.id} and g.repeats
            and not exists (select 1 from goals s where s.org_id = g.org_id and s.rolled_from_id = g.id
                            and s.archived_at is null)
          for update`,
    );
    if (!free) return false;
    // Whoever set the quota sets its next period.
    const scope = { ...upkeepScope(orgId), userId: goal.created_by } as Scope;
    const next = periodHolding(goal, today, fiscalStartMonth);
    const nextId = await insertGoal(tx, scope, {
      ...nextCycleOf(goal),
      startsOn: next.start,
      endsOn: next.end,
      target: goal.target,
      repeats: true,
      rolledFromId: goal.id,
      reason: encodeTargetReason('recurring'),
    });
    const parts = await queryRows<GoalRow>(
      tx,
      selectGoals(scope, sql`g.parent_id = ${goal.id} and g.archived_at is null`, sql`order by g.starts_on, g.id`),
    );
    const shift = Math.round((Date.parse(next.start) - Date.parse(goal.starts_on)) / 86_400_000);
    for (const part of parts) {
      const range = nextChildRange(part, shift, next, fiscalStartMonth);
      await insertGoal(tx, scope, {
        ...nextCycleOf(goal, part),
        startsOn: range.start,
        endsOn: range.end,
        target: part.target,
        parentId: nextId,
        rolledFromId: part.id,
        reason: encodeTargetReason('recurring'),
      });
    }
    await recordAudit(
      tx,
      { orgId, userId: null },
      { action: 'goal.repeated', entity: 'goal', entityId: goal.id, data: { nextId, ...next } },
    );
    return true;
  });

/** Starts the next period of every recurring quota whose period is over; answers how many started. */
export const renewRepeatingGoals = async (db: Db, clock: Clock): Promise<number> => {
  const orgs = await queryRows<{ id: string; time_zone: string; fiscal_year_start_month: number }>(
    db,
    sql`select distinct o.id::text, o.time_zone, o.fiscal_year_start_month from orgs o
        join goals g on g.org_id = o.id and g.repeats and g.archived_at is null and g.parent_id is null
        where g.ends_on < (${clock.now()}::timestamptz at time zone o.time_zone)::date`,
  );
  let renewed = 0;
  for (const org of orgs) {
    const today = localDateOf(clock.now(), org.time_zone);
    const due = await queryRows<GoalRow>(
      db,
      selectGoals(
        upkeepScope(org.id),
        sql`g.repeats and g.archived_at is null and g.parent_id is null and g.ends_on < ${today}
            and not exists (select 1 from goals s where s.org_id = g.org_id and s.rolled_from_id = g.id
                            and s.archived_at is null)`,
      ),
    );
    for (const goal of due) {
      if (await renew(db, org.id, goal, today, Number(org.fiscal_year_start_month))) renewed += 1;
    }
  }
  return renewed;
};
