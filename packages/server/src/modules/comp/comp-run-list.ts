import {
  AppError,
  type CompRunDetail,
  type CompRunListQuery,
  type CompRunSummary,
  currencyMinorUnits,
  Money,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { visiblePerson } from './comp-plan-reach';

/*
 * Past period runs, newest first. Admins read the figures each run stored when it was made;
 * managers and reps read them summed over the lines of the people they may see (a rep: their
 * own), the way statements are scoped, and do not see a run that paid no one of theirs.
 */

interface RunRow {
  id: string;
  period_start: string;
  period_end: string;
  created_at: Date | string;
  created_by: string | null;
  created_by_name: string | null;
  teams: { id: string; name: string }[];
  rep_count: number;
  line_count: number;
  totals: Total[];
}

interface Total {
  currency: string;
  amount: string;
}

/** A sum of `numeric(19, 4)` amounts, written to its currency's minor unit. */
const totalOf = ({ currency, amount }: Total): Total => ({
  currency,
  amount: new Money(amount).toFixed(currencyMinorUnits(currency)),
});

/** The figures of run `r`: stored for the whole org, summed over the visible lines otherwise. */
const figures = (scope: Scope): { join: SQL; columns: SQL; where: SQL } => {
  if (!scope.userIds) {
    return { join: sql``, columns: sql`r.rep_count, r.line_count, r.totals`, where: sql`true` };
  }
  const people = sql`${sql.param([...scope.userIds])}::uuid[]`;
  // Per rep first: the rep index (org, rep, run) reads only the lines of the people in reach.
  const join = sql`cross join lateral (
      select count(distinct c.rep_id)::int as rep_count, coalesce(sum(c.lines), 0)::int as line_count,
             coalesce((select json_agg(json_build_object('currency', t.currency, 'amount', t.amount::text) order by t.currency)
                       from (select x.currency, sum(x.amount) as amount
                             from comp_earning_lines x
                             where x.org_id = r.org_id and x.run_id = r.id and x.rep_id = any(${people})
                             group by x.currency) t), '[]'::json) as totals
      from (select l.rep_id, count(*) as lines from comp_earning_lines l
            where l.org_id = r.org_id and l.run_id = r.id and l.rep_id = any(${people})
            group by l.rep_id) c
    ) v`;
  return { join, columns: sql`v.rep_count, v.line_count, v.totals`, where: sql`v.line_count > 0` };
};

/** A page of runs the caller may see, newest first, optionally of one period. */
export const listRuns = async (db: Db, scope: Scope, query: CompRunListQuery & { runId?: string }) => {
  const { join, columns, where } = figures(scope);
  const filters: SQL[] = [sql`r.org_id = ${scope.orgId}`, where];
  if (query.periodStart) filters.push(sql`r.period_start = ${query.periodStart}::date`);
  if (query.periodEnd) filters.push(sql`r.period_end = ${query.periodEnd}::date`);
  if (query.runId) filters.push(sql`r.id = ${query.runId}`);
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  if (after) {
    const [at, id] = after.map(String) as [string, string];
    filters.push(sql`r.created_at <= ${at}::timestamptz and (r.created_at, r.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await queryRows<RunRow>(
    db,
    sql`select r.id::text, r.period_start::text, r.period_end::text, r.created_at, r.created_by::text,
               u.name as created_by_name, r.teams, ${columns}
        from comp_runs r left join users u on u.id = r.created_by
        ${join}
        where ${sql.join(filters, sql` and `)}
        order by r.created_at desc, r.id desc
        limit ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor([new Date(last.created_at).toISOString(), last.id]) : null,
  };
};

const toSummary = (row: RunRow): CompRunSummary => ({
  id: row.id,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  createdAt: new Date(row.created_at).toISOString(),
  createdBy: row.created_by,
  createdByName: row.created_by_name,
  teams: row.teams,
  repCount: Number(row.rep_count),
  lineCount: Number(row.line_count),
  totals: row.totals.map(totalOf),
});

/** One run with each visible rep's line count and totals; another org's run, or one out of reach, is not found. */
export const readRunDetail = async (db: Db, scope: Scope, id: string): Promise<CompRunDetail> => {
  const { items } = await listRuns(db, scope, { limit: 1, runId: id });
  const summary = items[0];
  if (!summary) throw new AppError('NOT_FOUND', 'No such comp run');
  const rows = await queryRows<{ rep_id: string; rep_name: string; line_count: number; totals: Total[] }>(
    db,
    sql`select c.rep_id::text, u.name as rep_name, c.line_count, c.totals
        from (
          select t.rep_id, sum(t.lines)::int as line_count,
                 json_agg(json_build_object('currency', t.currency, 'amount', t.amount::text) order by t.currency) as totals
          from (
            select l.rep_id, l.currency, count(*) as lines, sum(l.amount) as amount
            from comp_earning_lines l
            where l.org_id = ${scope.orgId} and l.run_id = ${id} and ${visiblePerson(scope, sql`l.rep_id`)}
            group by l.rep_id, l.currency
          ) t
          group by t.rep_id
        ) c join users u on u.id = c.rep_id
        order by u.name, c.rep_id`,
  );
  return {
    ...summary,
    reps: rows.map((row) => ({
      repId: row.rep_id,
      repName: row.rep_name,
      lineCount: Number(row.line_count),
      totals: row.totals.map(totalOf),
    })),
  };
};
