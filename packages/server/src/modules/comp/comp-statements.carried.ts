import type { CompComponentKind, CompPaidLine, DateRange } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { frozenStatus } from './comp-clawbacks.queries';

/*
 * What a period carries from earlier ones, per rep: the recoverable draw outstanding after the
 * rep's latest frozen statement before the period, what frozen statements before it paid for the
 * deals being clawed back (their lines and the adjustments paid with them), and what statements
 * of other periods, open or frozen, already recovered of them (so no recovery is made twice, and
 * the total never exceeds what was paid). Frozen, not only paid: an approved statement is what
 * payroll will pay, so a deal cancelled between approval and payday is still recovered.
 */

export interface Carried {
  drawBalance: string;
  paidLines: CompPaidLine[];
}

/** The draw balance each rep carries into the period. */
const drawBalances = async (db: Db, orgId: string, period: DateRange): Promise<Map<string, string>> => {
  const rows = await queryRows<{ rep_id: string; draw_balance: string }>(
    db,
    sql`select distinct on (rep_id) rep_id::text, draw_balance::text
        from comp_statements
        where org_id = ${orgId} and status in ${frozenStatus} and period_end < ${period.start}::date
        order by rep_id, period_end desc, period_start desc`,
  );
  return new Map(rows.map((row) => [row.rep_id, row.draw_balance]));
};

/**
 * What frozen statements before the period paid for these deals (commission, SPIFF), and what
 * statements of other periods recovered of them (clawback; a recomputed adjustment counts for the
 * period it corrects), by rep, deal, component kind and currency.
 */
const paidLinesOf = async (
  db: Db,
  orgId: string,
  period: DateRange,
  dealIds: readonly string[],
): Promise<Map<string, CompPaidLine[]>> => {
  if (dealIds.length === 0) return new Map();
  const deals = sql`${sql.param([...dealIds])}::uuid[]`;
  const otherPeriod = sql`(s.period_start, s.period_end) <> (${period.start}::date, ${period.end}::date)`;
  const rows = await queryRows<{
    rep_id: string;
    deal_id: string;
    kind: CompComponentKind;
    currency: string;
    amount: string;
  }>(
    db,
    sql`select x.rep_id::text, x.deal_id::text, x.kind, x.currency, sum(x.amount)::text as amount
        from (
          select l.rep_id, l.deal_id, l.component_kind as kind, l.currency, l.amount
          from comp_earning_lines l
          join comp_statements s on s.org_id = l.org_id and s.run_id = l.run_id and s.rep_id = l.rep_id
          where l.org_id = ${orgId} and l.deal_id = any(${deals}) and l.component_kind in ('commission', 'spiff')
            and s.status in ${frozenStatus} and s.period_end < ${period.start}::date
          union all
          select a.rep_id, a.deal_id, a.component_kind, a.currency, a.amount
          from comp_adjustments a
          join comp_statements s on s.org_id = a.org_id and s.id = a.statement_id
          where a.org_id = ${orgId} and a.deal_id = any(${deals}) and a.component_kind in ('commission', 'spiff')
            and s.status in ${frozenStatus} and s.period_end < ${period.start}::date
          union all
          select l.rep_id, l.deal_id, l.component_kind, l.currency, l.amount
          from comp_earning_lines l
          join comp_statements s on s.org_id = l.org_id and s.run_id = l.run_id and s.rep_id = l.rep_id
          where l.org_id = ${orgId} and l.deal_id = any(${deals}) and l.component_kind = 'clawback' and ${otherPeriod}
          union all
          select a.rep_id, a.deal_id, a.component_kind, a.currency, a.amount
          from comp_adjustments a
          join comp_statements s on s.org_id = a.org_id and s.id = coalesce(a.source_statement_id, a.statement_id)
          where a.org_id = ${orgId} and a.deal_id = any(${deals}) and a.component_kind = 'clawback' and ${otherPeriod}
        ) x
        group by 1, 2, 3, 4
        order by 1, 2, 3, 4`,
  );
  const byRep = new Map<string, CompPaidLine[]>();
  for (const row of rows) {
    const line = { dealId: row.deal_id, componentKind: row.kind, amount: row.amount, currency: row.currency };
    byRep.set(row.rep_id, [...(byRep.get(row.rep_id) ?? []), line]);
  }
  return byRep;
};

/** Each rep's carried state for the period (nothing carried: no draw outstanding, nothing paid). */
export const carriedState = async (
  db: Db,
  orgId: string,
  period: DateRange,
  clawedDealIds: readonly string[],
): Promise<(repId: string) => Carried> => {
  // In sequence: the period run reads these inside its transaction (one connection).
  const balances = await drawBalances(db, orgId, period);
  const paid = await paidLinesOf(db, orgId, period, clawedDealIds);
  return (repId) => ({ drawBalance: balances.get(repId) ?? '0', paidLines: paid.get(repId) ?? [] });
};
