import {
  AppError,
  addDays,
  daysBetween,
  encodeTargetReason,
  type GoalDetail,
  goalPeriodOf,
  invalidField,
  Money,
  nextGoalPeriod,
  type PaceView,
  type RollForwardGoalInput,
  type RollForwardProposal,
  splitTarget,
} from '@pacer/core';
import Decimal from 'decimal.js';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { pacesOfGoals } from './goal-paces';
import { type GoalRow, readGoal, readGoalPage } from './goal-rows';
import { assertCanManageGoal } from './goal-scope';
import { getGoal, insertGoal, orgCalendar, targetPlaces } from './goals.service';

interface Plan extends RollForwardProposal {
  goal: GoalRow;
  childRows: GoalRow[];
  today: string;
  places: number;
}

/**
 * The next cycle of a goal: the period after it, with a target proposed from what it reached —
 * the result plus the goal's uplift when it had one, else the result when met and the old target
 * when missed — split among its parts in the proportions they had.
 */
const planOf = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<Plan> => {
  const [goal, calendar] = await Promise.all([readGoal(db, scope, id), orgCalendar(db, scope, clock)]);
  const [pace, children] = await Promise.all([
    pacesOfGoals(db, scope, [goal], calendar, { simulate: false }).then((paces) => paces.get(goal.id) as PaceView),
    readGoalPage(db, scope, { parentId: id, limit: 500, archived: false, progress: false, chance: false }),
  ]);
  const places = targetPlaces(goal.metric, goal.currency);
  const result = new Money(pace.actual);
  const met = result.greaterThanOrEqualTo(goal.target);
  const proposed = (
    goal.uplift_percent !== null
      ? result.times(new Money(100).plus(goal.uplift_percent)).dividedBy(100)
      : met
        ? result
        : new Money(goal.target)
  ).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const next = nextGoalPeriod(
    goal.period_kind,
    { start: goal.starts_on, end: goal.ends_on },
    calendar.fiscalStartMonth,
  );
  const childTargets = splitTarget(
    proposed.toFixed(),
    children.rows.map((child) => child.target),
    places,
  );
  return {
    goal,
    childRows: children.rows,
    today: calendar.today,
    places,
    startsOn: next.start,
    endsOn: next.end,
    result: pace.actual,
    met,
    over: calendar.today > goal.ends_on,
    proposedTarget: proposed.toFixed(),
    children: children.rows.map((child, i) => ({
      goalId: child.id,
      name: child.name,
      proposedTarget: childTargets[i] ?? '0',
    })),
  };
};

export const rollForwardProposal = async (db: Db, scope: Scope, clock: Clock, id: string) => {
  const {
    goal: _goal,
    childRows: _rows,
    today: _today,
    places: _places,
    ...proposal
  } = await planOf(db, scope, clock, id);
  return proposal;
};

/** What a goal's next period keeps of it, or of one of its parts: what it measures, where, and its words. */
export const nextCycleOf = (goal: GoalRow, part: GoalRow = goal) => ({
  kind: goal.kind,
  metric: goal.metric,
  currency: goal.currency,
  pacing: goal.pacing,
  checklist: goal.checklist,
  note: goal.note,
  rewardText: goal.reward_text,
  rewardAmount: goal.reward_amount,
  name: part.name,
  scopeKind: part.scope_kind,
  scopeId: part.scope_id,
  productLineId: part.product_line_id,
  accountIds: part.account_ids,
  periodKind: part.period_kind,
});

/** A child's period in the next cycle: its own kind of period, as far on as the parent moved. */
export const nextChildRange = (
  child: GoalRow,
  shift: number,
  next: { start: string; end: string },
  fiscalStartMonth: number,
) => {
  if (child.period_kind === 'custom' || child.period_kind === 'week' || child.period_kind === 'day') {
    return { start: addDays(child.starts_on, shift), end: addDays(child.ends_on, shift) };
  }
  const range = goalPeriodOf(child.period_kind, addDays(child.starts_on, shift), fiscalStartMonth);
  return range.start < next.start ? { ...range, start: next.start } : range;
};

/**
 * Rolls a goal into the next period with the same shape and its parts, whether or not it was met.
 * A missed goal whose period is over asks for the reason, kept with it.
 */
export const rollGoalForward = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  id: string,
  input: RollForwardGoalInput,
): Promise<GoalDetail> => {
  const nextId = await db.transaction(async (tx) => {
    const plan = await planOf(tx, scope, clock, id);
    const { goal } = plan;
    assertCanManageGoal(scope, { scopeKind: goal.scope_kind, scopeId: goal.scope_id });
    const [rolled] = await queryRows(
      tx,
      sql`select 1 from goals where org_id = ${scope.orgId} and rolled_from_id = ${id} and archived_at is null`,
    );
    if (rolled) throw new AppError('CONFLICT', 'This goal has already been rolled forward');
    if (!plan.met && plan.today > goal.ends_on && !input.missedReason) {
      throw invalidField('missedReason', 'Say why the goal was missed; it stays with the goal');
    }
    const calendar = await orgCalendar(tx, scope, clock);
    const target = input.target ?? plan.proposedTarget;
    const newId = await insertGoal(tx, scope, {
      ...nextCycleOf(goal),
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      target,
      rolledFromId: id,
      reason: encodeTargetReason('rolled_forward', { from: goal.starts_on, to: goal.ends_on, result: plan.result }),
    });
    const shift = daysBetween(goal.starts_on, plan.startsOn) - 1;
    const childTargets = splitTarget(
      target,
      plan.childRows.map((child) => child.target),
      plan.places,
    );
    for (const [i, child] of plan.childRows.entries()) {
      const range = nextChildRange(child, shift, { start: plan.startsOn, end: plan.endsOn }, calendar.fiscalStartMonth);
      await insertGoal(tx, scope, {
        ...nextCycleOf(goal, child),
        startsOn: range.start,
        endsOn: range.end,
        target: childTargets[i] ?? '0',
        parentId: newId,
        rolledFromId: child.id,
        reason: encodeTargetReason('rolled_with', { name: goal.name }),
      });
    }
    if (input.missedReason) {
      await tx.execute(
        sql`update goals set missed_reason = ${input.missedReason} where org_id = ${scope.orgId} and id = ${id}`,
      );
    }
    await recordAudit(tx, scope, {
      action: 'goal.rolled_forward',
      entity: 'goal',
      entityId: id,
      data: { ...input, target, nextId: newId },
    });
    return newId;
  });
  return getGoal(db, scope, clock, nextId);
};
