import type { Goal, GoalListQuery, MetricKey, TargetChange } from '@pacer/core';
import { AppError, decodeTargetReason, describeTargetReason } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { visibleGoal } from './goal-scope';

/** A goal as read from SQL, with the name of what it is scoped to and its named accounts. */
export interface GoalRow {
  id: string;
  name: string;
  kind: Goal['kind'];
  metric: MetricKey;
  scope_kind: Goal['scopeKind'];
  scope_id: string | null;
  scope_name: string | null;
  account_ids: string[];
  product_line_id: string | null;
  period_kind: Goal['periodKind'];
  starts_on: string;
  ends_on: string;
  target: string;
  currency: string | null;
  baseline: Goal['baseline'];
  baseline_value: string | null;
  uplift_percent: string | null;
  pacing: Goal['pacing'];
  checklist: boolean;
  parent_id: string | null;
  rolled_from_id: string | null;
  repeats: boolean;
  linked_goal_id: string | null;
  linked_factor: string | null;
  missed_reason: string | null;
  note: string | null;
  reward_text: string | null;
  reward_amount: string | null;
  achieved_at: Date | string | null;
  created_by: string | null;
  created_at: Date | string;
  archived_at: Date | string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
/** Numeric columns keep four decimals; a goal shows the digits it has (1200.0000 → 1200). */
const plain = (value: string | null) =>
  value === null ? null : value.includes('.') ? value.replace(/\.?0+$/, '') : value;

export const toGoal = (row: GoalRow): Omit<Goal, 'pace' | 'lastYear'> => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  metric: row.metric,
  scopeKind: row.scope_kind,
  scopeId: row.scope_id,
  scopeName: row.scope_name,
  accountIds: row.account_ids,
  productLineId: row.product_line_id,
  periodKind: row.period_kind,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  target: plain(row.target) ?? '0',
  currency: row.currency,
  baseline: row.baseline,
  baselineValue: plain(row.baseline_value),
  upliftPercent: plain(row.uplift_percent),
  pacing: row.pacing,
  checklist: row.checklist,
  parentId: row.parent_id,
  rolledFromId: row.rolled_from_id,
  repeats: row.repeats,
  linkedGoalId: row.linked_goal_id,
  linkedFactor: plain(row.linked_factor),
  missedReason: row.missed_reason,
  note: row.note,
  rewardText: row.reward_text,
  rewardAmount: plain(row.reward_amount),
  achievedAt: iso(row.achieved_at),
  createdBy: row.created_by,
  createdAt: iso(row.created_at) ?? '',
  archivedAt: iso(row.archived_at),
});

/** Goals with their scope's name, the caller's to see, narrowed by `where`. */
export const selectGoals = (scope: Scope, where: SQL, tail: SQL = sql``) => sql`
  select g.id::text, g.name, g.kind, g.metric, g.scope_kind, g.scope_id::text,
         coalesce(r.name, t.name, u.name, pl.name) as scope_name,
         array(select ga.account_id::text from goal_accounts ga
               where ga.org_id = g.org_id and ga.goal_id = g.id order by 1) as account_ids,
         g.product_line_id::text, g.period_kind, g.starts_on::text, g.ends_on::text, g.target::text, g.currency,
         g.baseline, g.baseline_value::text, g.uplift_percent::text, g.pacing, g.checklist, g.parent_id::text,
         g.rolled_from_id::text, g.repeats, g.linked_goal_id::text, g.linked_factor::text, g.missed_reason,
         g.note, g.reward_text, g.reward_amount::text, g.achieved_at, g.created_by::text, g.created_at, g.archived_at
  from goals g
  left join regions r on g.scope_kind = 'region' and r.org_id = g.org_id and r.id = g.scope_id
  left join teams t on g.scope_kind = 'team' and t.org_id = g.org_id and t.id = g.scope_id
  left join users u on g.scope_kind = 'rep' and u.id = g.scope_id
  left join product_lines pl on g.scope_kind = 'product_line' and pl.org_id = g.org_id and pl.id = g.scope_id
  where ${visibleGoal(scope)} and ${where}
  ${tail}`;

export const readGoal = async (db: Db, scope: Scope, id: string): Promise<GoalRow> => {
  const [row] = await queryRows<GoalRow>(db, selectGoals(scope, sql`g.id = ${id}`));
  if (!row) throw new AppError('NOT_FOUND', 'No such goal');
  return row;
};

/** A page of goals, soonest deadline first. */
export const readGoalPage = async (
  db: Db,
  scope: Scope,
  query: GoalListQuery,
): Promise<{ rows: GoalRow[]; nextCursor: string | null }> => {
  const parts: SQL[] = [query.archived ? sql`g.archived_at is not null` : sql`g.archived_at is null`];
  if (query.on) parts.push(sql`${query.on}::date between g.starts_on and g.ends_on`);
  if (query.scopeKind) parts.push(sql`g.scope_kind = ${query.scopeKind}`);
  if (query.scopeId) parts.push(sql`g.scope_id = ${query.scopeId}`);
  if (query.parentId) parts.push(sql`g.parent_id = ${query.parentId}`);
  if (query.metric) parts.push(sql`g.metric = ${query.metric}`);
  if (query.repId) {
    parts.push(sql`((g.scope_kind = 'rep' and g.scope_id = ${query.repId})
      or (g.scope_kind = 'team' and g.scope_id in (
        select team_id from team_members where org_id = ${scope.orgId} and user_id = ${query.repId})))`);
  }
  const after = query.cursor ? decodeCursor(query.cursor, 3) : null;
  if (after) {
    parts.push(
      sql`(g.ends_on, g.name, g.id) > (${String(after[0])}::date, ${String(after[1])}, ${String(after[2])}::uuid)`,
    );
  }
  const rows = await queryRows<GoalRow>(
    db,
    selectGoals(scope, sql.join(parts, sql` and `), sql`order by g.ends_on, g.name, g.id limit ${query.limit + 1}`),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.ends_on, last.name, last.id]) : null,
  };
};

/** A typed reason as typed; Pacer's own as its code and values, with the English words for scripts. */
const reasonOf = (text: string | null) => {
  const reason = decodeTargetReason(text);
  return reason
    ? { reason: describeTargetReason(reason), reasonCode: reason.code, reasonParams: reason.params }
    : { reason: text, reasonCode: null, reasonParams: null };
};

/** Every target a goal has had, newest first. */
export const readTargetHistory = async (db: Db, scope: Scope, goalId: string): Promise<TargetChange[]> => {
  const rows = await queryRows<{
    at: Date | string;
    by_id: string | null;
    by_name: string | null;
    from_target: string | null;
    to_target: string;
    effective_from: string;
    reason: string | null;
  }>(
    db,
    sql`select c.at, c.by_id::text, u.name as by_name, c.from_target::text, c.to_target::text,
               c.effective_from::text, c.reason
        from goal_target_changes c left join users u on u.id = c.by_id
        where c.org_id = ${scope.orgId} and c.goal_id = ${goalId}
        order by c.at desc, c.id desc`,
  );
  return rows.map((row) => ({
    at: new Date(row.at).toISOString(),
    byId: row.by_id,
    byName: row.by_name,
    from: plain(row.from_target),
    to: plain(row.to_target) ?? '0',
    effectiveFrom: row.effective_from,
    ...reasonOf(row.reason),
  }));
};
