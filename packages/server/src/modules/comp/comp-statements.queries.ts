import {
  AppError,
  type Attainment,
  type CompStatement,
  type CompStatementListQuery,
  type CompStatementStatus,
  currencyMinorUnits,
  Money,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { visiblePerson } from './comp-plan-reach';
import type { StoredOpenCredit } from './comp-statements.table';

/*
 * Reading statements as the caller may see them: admins every one, managers those of their
 * people, reps their own (another rep's is not found). A statement's total is its run's lines for
 * the rep plus the adjustments paid with it, per currency.
 */

type Instant = Date | string;
export const iso = (value: Instant) => new Date(value).toISOString();
export const isoOrNull = (value: Instant | null) => (value === null ? null : iso(value));

/** An amount from a `numeric(19, 4)` column, written to its currency's minor unit. */
export const moneyOf = (amount: string, currency: string) => new Money(amount).toFixed(currencyMinorUnits(currency));

export interface StatementRow {
  id: string;
  rep_id: string;
  rep_name: string;
  rep_email: string;
  period_start: string;
  period_end: string;
  status: CompStatementStatus;
  run_id: string | null;
  reviewed_at: Instant | null;
  reviewed_by: string | null;
  approved_at: Instant | null;
  approved_by: string | null;
  paid_at: Instant | null;
  paid_by: string | null;
  created_at: Instant;
  updated_at: Instant;
  draw_balance: string;
  attainment: Attainment | null;
  open_credits: StoredOpenCredit[];
  line_count: number;
  adjustment_count: number;
  open_inquiries: number;
  totals: { currency: string; amount: string }[];
}

const totals = sql`coalesce((
    select json_agg(json_build_object('currency', t.currency, 'amount', t.amount::text) order by t.currency)
    from (
      select x.currency, sum(x.amount) as amount
      from (
        select l.currency, l.amount from comp_earning_lines l
        where l.org_id = s.org_id and l.run_id = s.run_id and l.rep_id = s.rep_id
        union all
        select a.currency, a.amount from comp_adjustments a where a.org_id = s.org_id and a.statement_id = s.id
      ) x
      group by x.currency
    ) t), '[]'::json)`;

/** Statements (alias `s`) the scope may see that match `where`. */
export const selectStatements = (scope: Scope, where: SQL, tail: SQL = sql``) => sql`
  select s.id::text, s.rep_id::text, u.name as rep_name, u.email as rep_email,
         s.period_start::text, s.period_end::text, s.status, s.run_id::text,
         s.reviewed_at, s.reviewed_by::text, s.approved_at, s.approved_by::text, s.paid_at, s.paid_by::text,
         s.created_at, s.updated_at, s.draw_balance::text, s.attainment, s.open_credits,
         (select count(*)::int from comp_earning_lines l
          where l.org_id = s.org_id and l.run_id = s.run_id and l.rep_id = s.rep_id) as line_count,
         (select count(*)::int from comp_adjustments a where a.org_id = s.org_id and a.statement_id = s.id)
           as adjustment_count,
         (select count(*)::int from comp_inquiries i
          where i.org_id = s.org_id and i.statement_id = s.id and i.status <> 'closed') as open_inquiries,
         ${totals} as totals
  from comp_statements s join users u on u.id = s.rep_id
  where s.org_id = ${scope.orgId} and ${visiblePerson(scope, sql`s.rep_id`)} and ${where}
  ${tail}`;

export const toStatement = (row: StatementRow): CompStatement => ({
  id: row.id,
  repId: row.rep_id,
  repName: row.rep_name,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  status: row.status,
  runId: row.run_id,
  totals: row.totals.map((total) => ({ currency: total.currency, amount: moneyOf(total.amount, total.currency) })),
  lineCount: Number(row.line_count),
  adjustmentCount: Number(row.adjustment_count),
  openInquiries: Number(row.open_inquiries),
  reviewedAt: isoOrNull(row.reviewed_at),
  reviewedBy: row.reviewed_by,
  approvedAt: isoOrNull(row.approved_at),
  approvedBy: row.approved_by,
  paidAt: isoOrNull(row.paid_at),
  paidBy: row.paid_by,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/** One statement row the scope may see; another org's, or one out of reach, is not found. */
export const findStatementRow = async (db: Db, scope: Scope, id: string): Promise<StatementRow> => {
  const [row] = await queryRows<StatementRow>(db, selectStatements(scope, sql`s.id = ${id}`));
  if (!row) throw new AppError('NOT_FOUND', 'No such statement');
  return row;
};

/** A page of statements: newest period first, then by rep name. */
export const listStatements = async (db: Db, scope: Scope, query: CompStatementListQuery) => {
  const parts: SQL[] = [sql`true`];
  if (query.periodStart) parts.push(sql`s.period_start = ${query.periodStart}::date`);
  if (query.periodEnd) parts.push(sql`s.period_end = ${query.periodEnd}::date`);
  if (query.repId) parts.push(sql`s.rep_id = ${query.repId}`);
  if (query.status) parts.push(sql`s.status = ${query.status}`);
  const after = query.cursor ? decodeCursor(query.cursor, 4) : null;
  if (after) {
    const [start, end, name, id] = after.map(String) as [string, string, string, string];
    parts.push(sql`(s.period_start < ${start}::date
      or (s.period_start = ${start}::date and s.period_end < ${end}::date)
      or (s.period_start = ${start}::date and s.period_end = ${end}::date and (u.name, s.id) > (${name}, ${id}::uuid)))`);
  }
  const rows = await queryRows<StatementRow>(
    db,
    selectStatements(
      scope,
      sql.join(parts, sql` and `),
      sql`order by s.period_start desc, s.period_end desc, u.name, s.id limit ${query.limit + 1}`,
    ),
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toStatement),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor([last.period_start, last.period_end, last.rep_name, last.id])
        : null,
  };
};
