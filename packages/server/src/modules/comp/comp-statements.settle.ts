import {
  type CompComponentKind,
  type DateRange,
  type EarningLine,
  type EarningsResult,
  Money,
  type MoneyValue,
  roundToCurrency,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { nowMs } from '../../platform/db/columns';
import { recordAudit } from '../audit/audit.service';
import { type AdjustmentEntry, appendAdjustments } from './comp-adjustments';
import { frozenStatus } from './comp-clawbacks.queries';
import { compStatements, type StoredOpenCredit } from './comp-statements.table';

/*
 * After a run appended its lines, each computed rep's statement of the period follows: a new one
 * opens as a draft on the run's lines; an open one (draft, reviewed) moves to them — a reviewed
 * one whose amounts changed goes back to draft; a frozen one (approved, paid) keeps its lines, and
 * every amount that differs now, per component, deal and currency, becomes a recomputed adjustment
 * in the rep's next open statement. Frozen amounts count the recomputed adjustments already made,
 * so running the same facts again adds nothing.
 */

export interface RepEarnings {
  repId: string;
  repName: string;
  result: EarningsResult;
}

interface StatementRow {
  id: string;
  rep_id: string;
  status: string;
}

type Sums = Map<string, MoneyValue>;
const keyOf = (kind: string, componentId: string, dealId: string | null, currency: string) =>
  [kind, componentId, dealId ?? '', currency].join('\u0000');

const add = (sums: Sums, key: string, amount: string) => sums.set(key, (sums.get(key) ?? new Money(0)).plus(amount));

const sumsOfLines = (lines: readonly EarningLine[]): Sums => {
  const sums: Sums = new Map();
  for (const line of lines)
    add(sums, keyOf(line.component.kind, line.component.id, line.dealId, line.currency), line.amount);
  return sums;
};

/**
 * What each statement of the period but the drafts holds per key: its lines, and for a frozen one
 * the recomputed adjustments of it. A draft compares nothing, so its lines are not read.
 */
const heldSums = async (db: Db, orgId: string, period: DateRange): Promise<Map<string, Sums>> => {
  const rows = await queryRows<{
    statement_id: string;
    kind: string;
    component_id: string;
    deal_id: string | null;
    currency: string;
    amount: string;
  }>(
    db,
    sql`select x.statement_id::text, x.kind, x.component_id, x.deal_id::text, x.currency, sum(x.amount)::text as amount
        from (
          select s.id as statement_id, l.component_kind::text as kind, l.component_id, l.deal_id, l.currency, l.amount
          from comp_statements s
          join comp_earning_lines l on l.org_id = s.org_id and l.run_id = s.run_id and l.rep_id = s.rep_id
          where s.org_id = ${orgId} and s.period_start = ${period.start}::date and s.period_end = ${period.end}::date
            and s.status <> 'draft'
          union all
          select s.id, a.component_kind::text, a.component_id, a.deal_id, a.currency, a.amount
          from comp_statements s
          join comp_adjustments a on a.org_id = s.org_id and a.source_statement_id = s.id and a.kind = 'recomputed'
          where s.org_id = ${orgId} and s.period_start = ${period.start}::date and s.period_end = ${period.end}::date
            and s.status in ${frozenStatus}
        ) x
        group by 1, 2, 3, 4, 5`,
  );
  const byStatement = new Map<string, Sums>();
  for (const row of rows) {
    const sums = byStatement.get(row.statement_id) ?? new Map();
    add(sums, keyOf(row.kind, row.component_id, row.deal_id, row.currency), row.amount);
    byStatement.set(row.statement_id, sums);
  }
  return byStatement;
};

/** Keys whose amounts differ, in key order: held before, computed now. */
const differences = (held: Sums, now: Sums) => {
  const keys = [...new Set([...held.keys(), ...now.keys()])].sort();
  return keys
    .map((key) => ({ key, before: held.get(key) ?? new Money(0), after: now.get(key) ?? new Money(0) }))
    .filter(({ before, after }) => !before.equals(after));
};

const recomputedEntry = (
  statementId: string,
  runId: string,
  period: DateRange,
  difference: ReturnType<typeof differences>[number],
): AdjustmentEntry => {
  const [kind, componentId, dealId, currency] = difference.key.split('\u0000') as [string, string, string, string];
  const before = roundToCurrency(difference.before, currency);
  const after = roundToCurrency(difference.after, currency);
  const deal = dealId ? ` for deal ${dealId}` : '';
  return {
    kind: 'recomputed',
    componentKind: kind as CompComponentKind,
    componentId,
    dealId: dealId || null,
    amount: roundToCurrency(difference.after.minus(difference.before), currency),
    currency,
    before,
    after,
    sourceStatementId: statementId,
    runId,
    reason: `${period.start} – ${period.end} recomputed after approval: ${kind} ${componentId}${deal} was ${currency} ${before}, now ${currency} ${after}`,
  };
};

const openCreditsOf = (result: EarningsResult): StoredOpenCredit[] =>
  result.open.map(({ credit, reason }) => ({
    dealId: credit.dealId,
    date: credit.date,
    amount: credit.value.amount,
    currency: credit.value.currency,
    reason,
  }));

/**
 * Moves the open statements (draft, reviewed) to the run's lines in one update; the reopened
 * ones (reviewed, amounts changed) go back to draft.
 */
const refreshOpen = async (
  db: Db,
  orgId: string,
  runId: string,
  statements: { id: string; draw_balance: string; attainment: unknown; open_credits: StoredOpenCredit[] }[],
  reopened: readonly string[],
) => {
  if (statements.length === 0) return;
  const back = sql`${sql.param([...reopened])}::uuid[]`;
  await db.execute(
    sql`update comp_statements s
        set run_id = ${runId}, draw_balance = v.draw_balance, attainment = v.attainment, open_credits = v.open_credits,
            updated_at = ${nowMs},
            status = case when s.id = any(${back}) then 'draft' else s.status end,
            reviewed_at = case when s.id = any(${back}) then null else s.reviewed_at end,
            reviewed_by = case when s.id = any(${back}) then null else s.reviewed_by end
        from json_to_recordset(${JSON.stringify(statements)}::json)
          as v(id uuid, draw_balance numeric, attainment jsonb, open_credits jsonb)
        where s.org_id = ${orgId} and s.id = v.id and s.status in ('draft', 'reviewed')`,
  );
};

/** Opens, refreshes or adjusts each computed rep's statement of the period; answers what it did. */
export const settleStatements = async (
  db: Db,
  scope: Scope,
  runId: string,
  period: DateRange,
  reps: readonly RepEarnings[],
) => {
  const orgId = scope.orgId;
  const existing = await queryRows<StatementRow>(
    db,
    sql`select id::text, rep_id::text, status from comp_statements
        where org_id = ${orgId} and period_start = ${period.start}::date and period_end = ${period.end}::date`,
  );
  const byRep = new Map(existing.map((row) => [row.rep_id, row]));
  const held = await heldSums(db, orgId, period);
  const counts = { opened: 0, refreshed: 0, reopened: 0, adjustments: 0 };
  const fresh = reps.filter((rep) => !byRep.has(rep.repId));
  if (fresh.length > 0) {
    await db.insert(compStatements).values(
      fresh.map(({ repId, result }) => ({
        orgId,
        repId,
        periodStart: period.start,
        periodEnd: period.end,
        runId,
        drawBalance: result.drawBalance,
        attainment: result.attainment,
        openCredits: openCreditsOf(result),
      })),
    );
    counts.opened = fresh.length;
  }
  const refreshed: { id: string; draw_balance: string; attainment: unknown; open_credits: StoredOpenCredit[] }[] = [];
  const reopened: string[] = [];
  for (const { repId, result } of reps) {
    const statement = byRep.get(repId);
    if (!statement) continue;
    if (statement.status === 'draft' || statement.status === 'reviewed') {
      // Only a reviewed statement compares its amounts: it goes back to draft when they changed.
      if (
        statement.status === 'reviewed' &&
        differences(held.get(statement.id) ?? new Map(), sumsOfLines(result.lines)).length > 0
      ) {
        reopened.push(statement.id);
      }
      refreshed.push({
        id: statement.id,
        draw_balance: result.drawBalance,
        attainment: result.attainment,
        open_credits: openCreditsOf(result),
      });
      continue;
    }
    const changes = differences(held.get(statement.id) ?? new Map(), sumsOfLines(result.lines));
    if (changes.length === 0) continue;
    const entries = changes.map((change) => recomputedEntry(statement.id, runId, period, change));
    await appendAdjustments(db, scope, { repId, after: period }, entries);
    counts.adjustments += entries.length;
  }
  await refreshOpen(db, orgId, runId, refreshed, reopened);
  counts.refreshed = refreshed.length;
  for (const id of reopened) {
    await recordAudit(db, scope, {
      action: 'comp_statement.reopened',
      entity: 'comp_statement',
      entityId: id,
      data: { status: { from: 'reviewed', to: 'draft' }, because: 'run', runId },
    });
  }
  counts.reopened = reopened.length;
  return counts;
};
