import {
  AppError,
  type CreateGoalInput,
  type DateRange,
  encodeTargetReason,
  type Goal,
  type GoalDetail,
  type GoalListQuery,
  goalPeriodOf,
  invalidField,
  localDateOf,
  Money,
  metricCatalog,
  type PaceView,
  previousPeriod,
  samePeriodLastYear,
  sumAmounts,
  type UpdateGoalInput,
} from '@pacer/core';
import Decimal from 'decimal.js';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { metricValues } from '../metrics/metrics.service';
import { followLinkedTargets } from './goal-estimates-rule';
import { lastYearOfGoals } from './goal-last-year';
import { pacesOfGoals } from './goal-paces';
import type { PaceCalendar } from './goal-progress';
import { type GoalRow, readGoal, readGoalPage, readTargetHistory, toGoal } from './goal-rows';
import { assertCanManageGoal, assertMetricFitsScope, checkGoalScope, metricQueryOf } from './goal-scope';
import { goalAccounts, goals, goalTargetChanges } from './goals.table';

interface OrgCalendar extends PaceCalendar {
  currency: string;
  fiscalStartMonth: number;
}

export const orgCalendar = async (db: Db, scope: Scope, clock: Clock): Promise<OrgCalendar> => {
  // Read with the session for a request; read here for work done on no one's behalf.
  const org =
    scope.org ??
    (
      await queryRows<{ currency: string; time_zone: string; fiscal_year_start_month: number }>(
        db,
        sql`select currency, time_zone, fiscal_year_start_month from orgs where id = ${scope.orgId}`,
      )
    ).map((row) => ({
      currency: row.currency,
      timeZone: row.time_zone,
      fiscalStartMonth: Number(row.fiscal_year_start_month),
    }))[0];
  if (!org) throw new AppError('NOT_FOUND', 'No such org');
  return { ...org, today: localDateOf(clock.now(), org.timeZone) };
};

/** Goals with their pace, computed together. */
const withPace = async (
  db: Db,
  scope: Scope,
  rows: GoalRow[],
  calendar: PaceCalendar | null,
  simulate = true,
): Promise<Goal[]> => {
  const [paces, lastYear] = calendar
    ? await Promise.all([
        pacesOfGoals(db, scope, rows, calendar, { simulate }),
        lastYearOfGoals(db, scope, rows, calendar),
      ])
    : [new Map<string, PaceView>(), new Map<string, string | null>()];
  return rows.map((row) => ({
    ...toGoal(row),
    pace: paces.get(row.id) ?? null,
    lastYear: lastYear.get(row.id) ?? null,
  }));
};

export const listGoals = async (db: Db, scope: Scope, clock: Clock, query: GoalListQuery) => {
  const page = await readGoalPage(db, scope, query);
  const calendar = query.progress ? await orgCalendar(db, scope, clock) : null;
  return { items: await withPace(db, scope, page.rows, calendar, query.chance), nextCursor: page.nextCursor };
};

/** Each way a goal was split (among people, over time): the parts' targets and actuals added up, and the gap. */
const splitsOf = (row: GoalRow, children: Goal[]): GoalDetail['splits'] => {
  const samePeriod = (child: Goal) => child.startsOn === row.starts_on && child.endsOn === row.ends_on;
  const addsUp = metricCatalog[row.metric].aggregation.kind === 'sum';
  return (['people', 'periods'] as const).flatMap((kind) => {
    const parts = children.filter((child) => samePeriod(child) === (kind === 'people'));
    if (parts.length === 0) return [];
    const target = sumAmounts(parts.map((part) => part.target)).toFixed();
    const actual = addsUp ? sumAmounts(parts.map((part) => part.pace?.actual ?? '0')).toFixed() : null;
    return [{ kind, target, gap: new Money(row.target).minus(target).toFixed(), actual }];
  });
};

/** A goal with its pace, the goals it was cascaded into, and the history of its target. */
export const getGoal = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<GoalDetail> => {
  const [row, calendar] = await Promise.all([readGoal(db, scope, id), orgCalendar(db, scope, clock)]);
  const [[goal], children, history] = await Promise.all([
    withPace(db, scope, [row], calendar),
    readGoalPage(db, scope, { parentId: id, limit: 500, archived: false, progress: true, chance: false }).then((page) =>
      // The parts show where each stands; the chance of reaching is simulated for the goal itself.
      withPace(db, scope, page.rows, calendar, false),
    ),
    readTargetHistory(db, scope, id),
  ]);
  return { ...(goal as Goal), children, splits: splitsOf(row, children), history };
};

/** The goal's period: the whole week, month, fiscal quarter or fiscal year around its start day, or its own range. */
const periodOf = (input: CreateGoalInput, fiscalStartMonth: number): DateRange =>
  input.periodKind === 'custom'
    ? { start: input.startsOn, end: input.endsOn ?? input.startsOn }
    : goalPeriodOf(input.periodKind, input.startsOn, fiscalStartMonth);

/** Places a target keeps: the currency's minor unit for money, whole numbers for counts. */
export const targetPlaces = (metric: CreateGoalInput['metric'], currency: string | null) =>
  metricCatalog[metric].unit === 'count' ? 0 : currency ? 2 : 1;

/** A relative target: the baseline period's actual, plus the uplift, rounded to the metric's places. */
const relativeTarget = async (
  db: Db,
  scope: Scope,
  input: CreateGoalInput,
  period: DateRange,
  currency: string | null,
) => {
  const base =
    input.baseline === 'same_period_last_year'
      ? samePeriodLastYear(period)
      : (({ from, to }) => ({ start: from, end: to }))(previousPeriod(period.start, period.end));
  const goal = {
    metric: input.metric,
    scopeKind: input.scopeKind,
    scopeId: input.scopeId ?? null,
    productLineId: input.productLineId ?? null,
    accountIds: input.accountIds ?? [],
  };
  const answer = await metricValues(db, scope, metricQueryOf(goal, base.start, base.end), null);
  const row = answer.rows.find((r) => r.currency === currency) ?? answer.rows.find((r) => r.currency === null);
  const baselineValue = row?.value ?? '0';
  const target = new Money(baselineValue)
    .times(new Money(100).plus(input.upliftPercent ?? '0'))
    .dividedBy(100)
    .toDecimalPlaces(targetPlaces(input.metric, currency), Decimal.ROUND_HALF_UP);
  return { baselineValue, target: Decimal.max(target, 0).toFixed() };
};

export type NewGoal = Omit<typeof goals.$inferInsert, 'orgId' | 'id' | 'createdBy'> & {
  accountIds: readonly string[];
  /** Why the first target is what it is, for the target's history. */
  reason: string | null;
};

/** Writes a goal, its named accounts and its first target, in the caller's transaction. */
export const insertGoal = async (tx: Db, scope: Scope, goal: NewGoal): Promise<string> => {
  const { accountIds, reason, ...values } = goal;
  const [row] = await tx
    .insert(goals)
    .values({ ...values, orgId: scope.orgId, createdBy: scope.userId })
    .returning({ id: goals.id });
  if (!row) throw new AppError('INTERNAL', 'The goal was not created');
  if (accountIds.length) {
    await tx
      .insert(goalAccounts)
      .values([...new Set(accountIds)].map((accountId) => ({ orgId: scope.orgId, goalId: row.id, accountId })));
  }
  await tx.insert(goalTargetChanges).values({
    orgId: scope.orgId,
    goalId: row.id,
    byId: scope.userId,
    fromTarget: null,
    toTarget: goal.target,
    effectiveFrom: goal.startsOn,
    reason,
  });
  return row.id;
};

/** Sets a goal and answers with it, paced. */
export const createGoal = async (db: Db, scope: Scope, clock: Clock, input: CreateGoalInput): Promise<GoalDetail> =>
  getGoal(db, scope, clock, await setGoal(db, scope, clock, input));

/** Sets a goal in one transaction: checks the scope and metric, resolves the period and a relative target; returns its id. */
export const setGoal = async (db: Db, scope: Scope, clock: Clock, input: CreateGoalInput): Promise<string> =>
  db.transaction(async (tx) => {
    const goalScope = {
      scopeKind: input.scopeKind,
      scopeId: input.scopeId ?? null,
      productLineId: input.productLineId ?? null,
      accountIds: input.accountIds ?? [],
      checklist: input.checklist,
    };
    assertCanManageGoal(scope, goalScope);
    assertMetricFitsScope(input.metric, goalScope);
    await checkGoalScope(tx, scope, goalScope);
    const calendar = await orgCalendar(tx, scope, clock);
    const period = periodOf(input, calendar.fiscalStartMonth);
    const currency = metricCatalog[input.metric].unit === 'money' ? calendar.currency : null;
    const relative = input.baseline ? await relativeTarget(tx, scope, input, period, currency) : null;
    const target = relative?.target ?? (input.target as string);
    const goalId = await insertGoal(tx, scope, {
      name: input.name,
      kind: input.kind,
      metric: input.metric,
      scopeKind: input.scopeKind,
      scopeId: input.scopeId ?? null,
      productLineId: input.productLineId ?? null,
      accountIds: goalScope.accountIds,
      periodKind: input.periodKind,
      startsOn: period.start,
      endsOn: period.end,
      target,
      currency,
      baseline: input.baseline ?? null,
      baselineValue: relative?.baselineValue ?? null,
      upliftPercent: input.baseline ? (input.upliftPercent ?? null) : null,
      pacing: input.pacing,
      checklist: input.checklist,
      parentId: null,
      note: input.note ?? null,
      rewardText: input.rewardText ?? null,
      rewardAmount: input.rewardAmount ?? null,
      repeats: input.repeats,
      reason: relative
        ? encodeTargetReason('relative', { percent: input.upliftPercent ?? '0', baseline: relative.baselineValue })
        : null,
    });
    await recordAudit(tx, scope, {
      action: 'goal.created',
      entity: 'goal',
      entityId: goalId,
      data: { ...input, target },
    });
    return goalId;
  });

/** Changes a goal; a new target is kept in the goal's history with who, when, from what and why. */
export const updateGoal = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  id: string,
  input: UpdateGoalInput,
): Promise<GoalDetail> => {
  await db.transaction(async (tx) => {
    const row = await readGoal(tx, scope, id);
    assertCanManageGoal(scope, { scopeKind: row.scope_kind, scopeId: row.scope_id });
    const { target, reason, effectiveFrom, ...rest } = input;
    const changed = target !== undefined && !new Money(target).equals(row.target);
    if (changed && row.linked_goal_id) {
      throw invalidField('target', 'This target follows its quota; change the quota, or the rule’s factor');
    }
    if (changed) {
      const calendar = await orgCalendar(tx, scope, clock);
      await tx.insert(goalTargetChanges).values({
        orgId: scope.orgId,
        goalId: id,
        byId: scope.userId,
        fromTarget: row.target,
        toTarget: target,
        effectiveFrom: effectiveFrom ?? calendar.today,
        reason: reason ?? null,
      });
    }
    await tx
      .update(goals)
      .set({ ...rest, ...(changed ? { target } : {}), updatedAt: clock.now() })
      .where(and(eq(goals.orgId, scope.orgId), eq(goals.id, id)));
    if (changed) {
      const { today } = await orgCalendar(tx, scope, clock);
      await followLinkedTargets(tx, scope, clock, { ...row, target }, today);
    }
    await recordAudit(tx, scope, {
      action: 'goal.updated',
      entity: 'goal',
      entityId: id,
      data: { ...input, ...(changed ? { fromTarget: row.target } : {}) },
    });
  });
  return getGoal(db, scope, clock, id);
};

export const setGoalArchived = async (db: Db, scope: Scope, clock: Clock, id: string, archived: boolean) => {
  await db.transaction(async (tx) => {
    const row = await readGoal(tx, scope, id);
    assertCanManageGoal(scope, { scopeKind: row.scope_kind, scopeId: row.scope_id });
    await tx
      .update(goals)
      .set({ archivedAt: archived ? clock.now() : null })
      .where(and(eq(goals.orgId, scope.orgId), eq(goals.id, id)));
    await recordAudit(tx, scope, {
      action: archived ? 'goal.archived' : 'goal.restored',
      entity: 'goal',
      entityId: id,
    });
  });
  return getGoal(db, scope, clock, id);
};
