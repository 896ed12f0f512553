import type { CompCredit, DateRange } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { keptDeals } from './comp-clawbacks.queries';
import { type KeptDeal, periodCredits } from './comp-credits.queries';

/*
 * Plans paying only on paid invoices hold a won deal's credit open in its own period. A run
 * sees an invoice as paid when it was paid by the end of the period being run, so a payment
 * after that period's end is paid by the period it falls in: that run credits the held deal on
 * the day of the payment, to the reps whose statement of an earlier period held it. Re-running
 * the earlier period still holds it (the payment came after its end), so nothing pays twice.
 */

/**
 * Deals held for an unpaid invoice by a statement of an earlier period, still won, whose
 * invoice was paid in this period: credited on the payment day to the reps that held them.
 */
export const invoicesPaidIn = async (db: Db, orgId: string, period: DateRange): Promise<KeptDeal[]> => {
  const rows = await queryRows<{ deal_id: string; date: string; rep_ids: string[] }>(
    db,
    sql`with paid as (
          select d.id, d.invoice_paid_on
          from deals d join stages st on st.org_id = d.org_id and st.id = d.stage_id
          where d.org_id = ${orgId} and d.invoice_paid_on between ${period.start}::date and ${period.end}::date
            and d.closed_on < ${period.start}::date and d.archived_at is null and st.kind = 'won'
        )
        select p.id::text as deal_id, p.invoice_paid_on::text as date, json_agg(distinct s.rep_id::text) as rep_ids
        from comp_statements s
        cross join lateral jsonb_array_elements(s.open_credits) as oc(credit)
        join paid p on p.id::text = oc.credit->>'dealId'
        where s.org_id = ${orgId} and s.period_end < ${period.start}::date and s.open_credits <> '[]'::jsonb
          and oc.credit->>'reason' = 'invoice_unpaid'
        group by p.id, p.invoice_paid_on
        order by p.id`,
  );
  return rows.map((row) => ({ dealId: row.deal_id, date: row.date, repIds: row.rep_ids }));
};

/**
 * A period's won credits by rep as a run and the what-if read them: the deals won in it, the
 * deals a frozen statement of it keeps won, and the held deals whose invoice was paid in it.
 * `carried` names the deals credited only to some reps (a manager's overlay checks it too).
 */
export const periodWonCredits = async (
  db: Db,
  orgId: string,
  period: DateRange,
): Promise<{ carried: Map<string, KeptDeal>; credits: Map<string, CompCredit[]> }> => {
  // In sequence: a period run reads these inside its transaction (one connection).
  const kept = await keptDeals(db, orgId, period);
  const paid = await invoicesPaidIn(db, orgId, period);
  // Disjoint: kept deals are no longer won (or archived), paid ones still are.
  const carried = [...kept, ...paid];
  return {
    carried: new Map(carried.map((deal) => [deal.dealId, deal])),
    credits: await periodCredits(db, orgId, period, carried),
  };
};
