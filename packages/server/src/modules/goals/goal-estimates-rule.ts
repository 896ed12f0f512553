import {
  type DateRange,
  type EstimatesRuleInput,
  type EstimatesRuleResult,
  encodeTargetReason,
  invalidField,
  Money,
  monthsOf,
  splitTarget,
} from '@pacer/core';
import Decimal from 'decimal.js';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { type GoalRow, readGoal, selectGoals } from './goal-rows';
import { assertCanManageGoal } from './goal-scope';
import { insertGoal, targetPlaces } from './goals.service';

/**
 * The estimates rule: estimates sent each month ≥ factor × that month's revenue quota, for a quota
 * and every part it was split into. Each month of each quota gets an "estimates sent (value)" goal
 * of the same scope and product line whose target follows the quota's: the month part's target
 * where the quota was split into months, else the quota's target split evenly over its months.
 */

/** Periods shorter than a month keep their own span; longer ones are looked at month by month. */
const monthsOfGoal = (goal: GoalRow): DateRange[] =>
  ['day', 'week', 'month'].includes(goal.period_kind)
    ? [{ start: goal.starts_on, end: goal.ends_on }]
    : monthsOf({ start: goal.starts_on, end: goal.ends_on });

/** What a linked goal's target is: factor × the quota's target for the linked goal's month. */
export const linkedTarget = (quota: GoalRow, startsOn: string, factor: string): string => {
  const months = monthsOfGoal(quota);
  const places = targetPlaces('estimates_sent_value', quota.currency);
  const shares =
    months.length === 1
      ? [quota.target]
      : splitTarget(
          quota.target,
          months.map(() => '1'),
          places,
        );
  const share = shares[months.findIndex((month) => month.start === startsOn)] ?? '0';
  return new Money(share).times(factor).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
};

/** A part of its parent over a shorter span (a month of a quarter), not a part among people. */
const isTimePart = (goal: GoalRow, parent: GoalRow | undefined) =>
  parent !== undefined && (parent.starts_on !== goal.starts_on || parent.ends_on !== goal.ends_on);

/** The quota and every goal split from it, parents before their parts and time parts before people parts. */
const treeOf = async (db: Db, scope: Scope, root: GoalRow): Promise<GoalRow[]> => {
  const rows = await queryRows<GoalRow>(
    db,
    selectGoals(
      scope,
      sql`g.archived_at is null and g.id in (
        with recursive tree(id) as (
          select id from goals where org_id = ${scope.orgId} and parent_id = ${root.id}
          union
          select c.id from goals c join tree t on c.parent_id = t.id where c.org_id = ${scope.orgId})
        select id from tree)`,
    ),
  );
  const ordered: GoalRow[] = [root];
  for (let i = 0; i < ordered.length; i++) {
    const parent = ordered[i] as GoalRow;
    const parts = rows.filter((row) => row.parent_id === parent.id);
    ordered.push(...parts.filter((part) => isTimePart(part, parent)), ...parts.filter((p) => !isTimePart(p, parent)));
  }
  return ordered;
};

/** Sets (or resets) the estimates rule on a revenue quota and its parts, in one transaction. */
export const applyEstimatesRule = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  id: string,
  input: EstimatesRuleInput,
): Promise<EstimatesRuleResult> =>
  db.transaction(async (tx) => {
    const quota = await readGoal(tx, scope, id);
    assertCanManageGoal(scope, { scopeKind: quota.scope_kind, scopeId: quota.scope_id });
    if (quota.metric !== 'won_revenue') throw invalidField('goalId', 'The estimates rule follows a revenue quota');
    if (quota.archived_at) throw invalidField('goalId', 'The quota is archived');
    const tree = await treeOf(tx, scope, quota);
    const existing = await queryRows<{ id: string; linked_goal_id: string; starts_on: string; target: string }>(
      tx,
      sql`select id::text, linked_goal_id::text, starts_on::text, target::text from goals
          where org_id = ${scope.orgId} and archived_at is null
            and linked_goal_id = any(${sql.param(tree.map((goal) => goal.id))}::uuid[])
          for update`,
    );
    const byId = new Map(tree.map((goal) => [goal.id, goal]));
    const parentOf = (goal: GoalRow) => (goal.parent_id ? byId.get(goal.parent_id) : undefined);
    const timeSplit = new Set(tree.filter((goal) => isTimePart(goal, parentOf(goal))).map((goal) => goal.parent_id));
    // The goals a time part's months also stand for: its parent, and theirs while they are time parts too.
    const timeAncestors = (goal: GoalRow): GoalRow[] => {
      const parent = parentOf(goal);
      return parent && isTimePart(goal, parent) ? [parent, ...timeAncestors(parent)] : [];
    };
    // Whose estimates goal a goal's estimates sit under: the goal it is a part among people of.
    const peopleParent = (goal: GoalRow): GoalRow | undefined => {
      const top = timeAncestors(goal).at(-1) ?? goal;
      return top.id === quota.id ? undefined : parentOf(top);
    };
    // The estimates goal standing for "goal G in month m".
    const standing = new Map<string, string>();
    const result: EstimatesRuleResult = { created: 0, updated: 0, goalIds: [] };
    for (const goal of tree) {
      // A goal split over time is followed month by month through its parts.
      if (timeSplit.has(goal.id)) continue;
      for (const month of monthsOfGoal(goal)) {
        const key = (owner: GoalRow | undefined) => `${owner?.id}|${month.start}`;
        const target = linkedTarget(goal, month.start, input.factor);
        const found = existing.find((row) => row.linked_goal_id === goal.id && row.starts_on === month.start);
        let estimatesId: string;
        if (found) {
          estimatesId = found.id;
          await tx.execute(
            sql`update goals set linked_factor = ${input.factor}, target = ${target}, updated_at = ${clock.now()}
                where org_id = ${scope.orgId} and id = ${found.id}`,
          );
          if (!new Money(found.target).equals(target)) {
            await recordTargetChange(tx, scope, found.id, found.target, target, month.start, input.factor);
          }
          result.updated += 1;
        } else {
          estimatesId = await insertGoal(tx, scope, {
            name: `Estimates for ${goal.name}`,
            kind: 'quota',
            metric: 'estimates_sent_value',
            scopeKind: goal.scope_kind,
            scopeId: goal.scope_id,
            productLineId: goal.product_line_id,
            accountIds: goal.account_ids,
            periodKind: ['day', 'week'].includes(goal.period_kind) ? goal.period_kind : 'month',
            startsOn: month.start,
            endsOn: month.end,
            target,
            currency: goal.currency,
            pacing: 'linear',
            checklist: false,
            parentId: standing.get(key(peopleParent(goal))) ?? null,
            linkedGoalId: goal.id,
            linkedFactor: input.factor,
            reason: encodeTargetReason('estimates_rule', { factor: input.factor, name: goal.name }),
          });
          result.created += 1;
        }
        for (const owner of [goal, ...timeAncestors(goal)]) standing.set(key(owner), estimatesId);
        result.goalIds.push(estimatesId);
      }
    }
    await recordAudit(tx, scope, {
      action: 'goal.estimates_rule',
      entity: 'goal',
      entityId: id,
      data: { ...input, created: result.created, updated: result.updated },
    });
    return result;
  });

const recordTargetChange = async (
  tx: Db,
  scope: Scope,
  goalId: string,
  from: string,
  to: string,
  effectiveFrom: string,
  factor: string,
) =>
  tx.execute(sql`insert into goal_target_changes (org_id, goal_id, by_id, from_target, to_target, effective_from, reason)
                 values (${scope.orgId}, ${goalId}, ${scope.userId}, ${from}, ${to}, ${effectiveFrom},
                         ${encodeTargetReason('follows_quota', { factor })})`);

/**
 * Keeps the goals that follow a quota in step with its new target (in the caller's transaction):
 * each one's target becomes its factor × the quota's target for its month, with the change in its history.
 */
export const followLinkedTargets = async (tx: Db, scope: Scope, clock: Clock, quota: GoalRow, today: string) => {
  const linked = await queryRows<{ id: string; starts_on: string; target: string; linked_factor: string }>(
    tx,
    sql`select id::text, starts_on::text, target::text, linked_factor::text from goals
        where org_id = ${scope.orgId} and linked_goal_id = ${quota.id} and archived_at is null for update`,
  );
  for (const goal of linked) {
    const target = linkedTarget(quota, goal.starts_on, goal.linked_factor);
    if (new Money(target).equals(goal.target)) continue;
    await tx.execute(
      sql`update goals set target = ${target}, updated_at = ${clock.now()} where org_id = ${scope.orgId} and id = ${goal.id}`,
    );
    const from = goal.starts_on > today ? goal.starts_on : today;
    await recordTargetChange(tx, scope, goal.id, goal.target, target, from, goal.linked_factor);
  }
};
