import {
  AppError,
  type GoalScopeKind,
  invalidField,
  type MetricFilter,
  type MetricKey,
  type MetricValuesQuery,
  metricCatalog,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';

/** Where a goal measures: its scope, its optional product line, and its named accounts. */
export interface GoalScope {
  scopeKind: GoalScopeKind;
  scopeId: string | null;
  productLineId: string | null;
  accountIds: readonly string[];
}

/** Scopes that are about the business, not about people: everyone in the org sees such goals. */
const sharedScopes: readonly GoalScopeKind[] = ['org', 'region', 'product_line', 'account_set'];

const filterOfScope: Partial<Record<GoalScopeKind, MetricFilter>> = {
  region: 'region',
  product_line: 'product_line',
  account_set: 'account_set',
};

/** The metric question a goal asks: its metric over a span of days, for its scope. */
export const metricQueryOf = (
  goal: GoalScope & { metric: MetricKey },
  from: string,
  to: string,
  groupBy: MetricValuesQuery['groupBy'] = 'none',
): MetricValuesQuery => ({
  metrics: [goal.metric],
  from,
  to,
  groupBy,
  ...(goal.scopeKind === 'rep' && goal.scopeId ? { repId: goal.scopeId } : {}),
  ...(goal.scopeKind === 'team' && goal.scopeId ? { teamId: goal.scopeId } : {}),
  ...(goal.scopeKind === 'region' && goal.scopeId ? { regionId: goal.scopeId } : {}),
  ...(goal.scopeKind === 'product_line' && goal.scopeId ? { productLineId: goal.scopeId } : {}),
  ...(goal.productLineId ? { productLineId: goal.productLineId } : {}),
  ...(goal.scopeKind === 'account_set' ? { accountIds: [...goal.accountIds] } : {}),
});

/** A goal whose metric cannot be narrowed the way its scope asks would count the wrong thing: refuse it. */
export const assertMetricFitsScope = (metric: MetricKey, goal: GoalScope & { checklist: boolean }) => {
  const definition = metricCatalog[metric];
  const filter = filterOfScope[goal.scopeKind];
  if (filter && !definition.filters.includes(filter)) {
    throw invalidField('metric', `${definition.label} cannot be measured for a ${goal.scopeKind.replace('_', ' ')}`);
  }
  if (goal.productLineId && !definition.filters.includes('product_line')) {
    throw invalidField('productLineId', `${definition.label} has no product line`);
  }
  if (definition.internal) throw invalidField('metric', `${definition.label} is not a metric to set goals on`);
  if (goal.checklist && definition.aggregation.kind !== 'sum') {
    throw invalidField('checklist', 'A checklist counts accounts reached by a counted metric, like presentations held');
  }
  if (goal.checklist && definition.aggregation.kind === 'sum' && definition.aggregation.source !== 'activities') {
    throw invalidField('checklist', `${definition.label} is not counted at accounts`);
  }
};

/**
 * The scope's region, team, person or product line exists in the org and, for people, is the
 * caller's to set goals for; returns its name. Every named account must be in the org.
 */
export const checkGoalScope = async (db: Db, scope: Scope, goal: GoalScope): Promise<string | null> => {
  if (goal.accountIds.length) {
    const [found] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from accounts
          where org_id = ${scope.orgId} and id = any(${sql.param([...goal.accountIds])}::uuid[])`,
    );
    if (found?.n !== new Set(goal.accountIds).size) throw invalidField('accountIds', 'No such account');
  }
  if (goal.productLineId) {
    const [line] = await queryRows(
      db,
      sql`select 1 from product_lines where org_id = ${scope.orgId} and id = ${goal.productLineId}`,
    );
    if (!line) throw invalidField('productLineId', 'No such product line');
  }
  if (!goal.scopeId) return null;
  const lookup: Record<string, SQL> = {
    region: sql`select name from regions where org_id = ${scope.orgId} and id = ${goal.scopeId}`,
    team: sql`select name from teams where org_id = ${scope.orgId} and id = ${goal.scopeId}`,
    rep: sql`select u.name from members m join users u on u.id = m.user_id
             where m.org_id = ${scope.orgId} and m.user_id = ${goal.scopeId}`,
    product_line: sql`select name from product_lines where org_id = ${scope.orgId} and id = ${goal.scopeId}`,
  };
  const query = lookup[goal.scopeKind];
  const [row] = query ? await queryRows<{ name: string }>(db, query) : [];
  const reachable =
    (goal.scopeKind !== 'rep' || !scope.userIds || scope.userIds.has(goal.scopeId)) &&
    (goal.scopeKind !== 'team' || !scope.teamIds || scope.teamIds.has(goal.scopeId));
  if (!row || !reachable) throw invalidField('scopeId', `No such ${goal.scopeKind.replace('_', ' ')}`);
  return row.name;
};

/**
 * The goals a member sees: the org's shared goals (org, region, product line, account set), the
 * goals of teams they see, and the goals of people they see.
 */
export const visibleGoal = (scope: Scope, alias = sql`g`): SQL => {
  if (!scope.userIds) return sql`${alias}.org_id = ${scope.orgId}`;
  return sql`${alias}.org_id = ${scope.orgId} and (
    ${alias}.scope_kind = any(${sql.param([...sharedScopes])}::text[])
    or (${alias}.scope_kind = 'team' and ${alias}.scope_id = any(${sql.param([...(scope.teamIds ?? [])])}::uuid[]))
    or (${alias}.scope_kind = 'rep' and ${alias}.scope_id = any(${sql.param([...scope.userIds])}::uuid[])))`;
};

/** Whether the caller may change a goal: admins any; managers shared goals and those of the teams and people they lead. */
export const canManageGoal = (scope: Scope, goal: { scopeKind: GoalScopeKind; scopeId: string | null }): boolean => {
  if (scope.role === 'admin') return true;
  if (scope.role !== 'manager') return false;
  if (sharedScopes.includes(goal.scopeKind)) return true;
  if (goal.scopeKind === 'team') return !scope.teamIds || scope.teamIds.has(goal.scopeId ?? '');
  return !scope.userIds || (scope.userIds.has(goal.scopeId ?? '') && goal.scopeId !== scope.userId);
};

export const assertCanManageGoal = (scope: Scope, goal: { scopeKind: GoalScopeKind; scopeId: string | null }) => {
  if (!canManageGoal(scope, goal)) throw new AppError('FORBIDDEN', 'You may not set goals for this scope');
};
