import {
  AppError,
  type CompCredit,
  type CompMoney,
  type CreditSplit,
  creditsOfDeal,
  type DateRange,
  type DealToCredit,
  type ProductLinePriority,
  roundToCurrency,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/*
 * What a period run reads, set-based: the won deals of the period grouped by product and product
 * line (SQL sums the line items; a deal without items is one credit of its amount), each rep's
 * won-revenue quota for exactly the period, and the goals achieved in it. The core splits each
 * deal among its reps by the largest remainder, so the reps' parts add up to the deal to the cent.
 * Line items and splits are joined to the won deals as sets (hash joins over a year of deals),
 * not looked up deal by deal.
 */

interface DealPartRow {
  deal_id: string;
  owner_id: string;
  currency: string;
  date: string;
  value: string;
  units: string;
  product_id: string | null;
  product_line_id: string | null;
  priority: ProductLinePriority | null;
  splits: CreditSplit[];
  invoice_paid: boolean;
}

/** A deal's credits; a deal that cannot be split (shares not adding up to 100) stops the run, named. */
const creditsOf = (deal: DealToCredit, splits: readonly CreditSplit[]): CompCredit[] => {
  try {
    return creditsOfDeal(deal, splits);
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('CONFLICT', `A won deal cannot be credited: ${error.message}`);
    throw error;
  }
};

/**
 * A deal a frozen statement of the period paid that is no longer won (lost, reopened, archived):
 * it stays won on its day for the reps it paid, so recomputing the period neither drops it nor
 * shifts the tiers of the other deals; its cancellation claws back in its own period instead.
 */
export interface KeptDeal {
  dealId: string;
  date: string;
  repIds: string[];
}

/** Each rep's credits of the deals won in the period (not archived), and of the kept deals, by rep. */
export const periodCredits = async (
  db: Db,
  orgId: string,
  period: DateRange,
  kept: readonly KeptDeal[] = [],
): Promise<Map<string, CompCredit[]>> => {
  const keptDays = JSON.stringify(kept.map((deal) => ({ id: deal.dealId, day: deal.date })));
  // No order by: the engine sorts each rep's credits itself (the order they come in changes
  // nothing), and sorting a year of line items spilled hundreds of MB to disk at 1M credits.
  const rows = await queryRows<DealPartRow>(
    db,
    sql`with won as (
          select d.id, d.owner_id, d.currency, d.amount, d.closed_on, d.invoice_paid_on
          from deals d join stages st on st.org_id = d.org_id and st.id = d.stage_id
          where d.org_id = ${orgId} and d.archived_at is null and st.kind = 'won'
            and d.closed_on between ${period.start}::date and ${period.end}::date
          union all
          select d.id, d.owner_id, d.currency, d.amount, k.day, d.invoice_paid_on
          from json_to_recordset(${keptDays}::json) as k(id uuid, day date)
          join deals d on d.org_id = ${orgId} and d.id = k.id
        ),
        items as (
          select li.deal_id, li.product_id, li.product_line_id, sum(li.total) as value, sum(li.quantity) as units
          from won w join deal_line_items li on li.org_id = ${orgId} and li.deal_id = w.id
          group by 1, 2, 3
        ),
        splits as (
          select s.deal_id, json_agg(json_build_object('repId', s.user_id::text, 'percent', s.percent::text)
                                     order by s.user_id) as splits
          from won w join deal_splits s on s.org_id = ${orgId} and s.deal_id = w.id
          group by 1
        )
        select w.id::text as deal_id, w.owner_id::text, w.currency, w.closed_on::text as date,
               coalesce(i.value, w.amount)::text as value, coalesce(i.units, 0)::text as units,
               i.product_id::text, i.product_line_id::text, pl.priority::text as priority,
               coalesce(sp.splits, '[]'::json) as splits,
               coalesce(w.invoice_paid_on <= ${period.end}::date, false) as invoice_paid
        from won w
        left join items i on i.deal_id = w.id
        left join splits sp on sp.deal_id = w.id
        left join product_lines pl on pl.org_id = ${orgId} and pl.id = i.product_line_id`,
  );
  const keptFor = new Map(kept.map((deal) => [deal.dealId, new Set(deal.repIds)]));
  const byRep = new Map<string, CompCredit[]>();
  for (const row of rows) {
    const deal = {
      dealId: row.deal_id,
      ownerId: row.owner_id,
      kind: 'won' as const,
      // Discounted line totals may carry more decimals than the currency; credit what is invoiced.
      value: { amount: roundToCurrency(row.value, row.currency), currency: row.currency },
      units: row.units,
      productId: row.product_id,
      productLineId: row.product_line_id,
      productLinePriority: row.priority,
      date: row.date,
      // Paid by the period's end: a run of an earlier period does not see a later payment.
      invoicePaid: row.invoice_paid,
    };
    for (const credit of creditsOf(deal, row.splits)) {
      if (keptFor.get(row.deal_id)?.has(credit.repId) === false) continue;
      const list = byRep.get(credit.repId) ?? [];
      list.push(credit);
      byRep.set(credit.repId, list);
    }
  }
  return byRep;
};

/**
 * Each rep's quota: their won-revenue goal (no product line) whose period is exactly this one; a
 * quota over a goal, then the newest, when several match.
 */
export const periodQuotas = async (db: Db, orgId: string, period: DateRange): Promise<Map<string, CompMoney>> => {
  const rows = await queryRows<{ rep_id: string; target: string; currency: string }>(
    db,
    sql`select distinct on (g.scope_id) g.scope_id::text as rep_id, g.target::text,
               coalesce(g.currency, o.currency) as currency
        from goals g join orgs o on o.id = g.org_id
        where g.org_id = ${orgId} and g.metric = 'won_revenue' and g.scope_kind = 'rep' and g.archived_at is null
          and g.product_line_id is null and g.target > 0
          and g.starts_on = ${period.start}::date and g.ends_on = ${period.end}::date
        order by g.scope_id, (g.kind = 'quota') desc, g.created_at desc, g.id`,
  );
  return new Map(rows.map((row) => [row.rep_id, { amount: row.target, currency: row.currency }]));
};

/** Goals and milestones achieved on a day of the period (org time zone): their bonuses pay in it. */
export const goalsAchievedIn = async (
  db: Db,
  orgId: string,
  timeZone: string,
  period: DateRange,
): Promise<string[]> => {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id::text from goals
        where org_id = ${orgId} and achieved_at is not null
          and (achieved_at at time zone ${timeZone})::date between ${period.start}::date and ${period.end}::date
        order by id`,
  );
  return rows.map((row) => row.id);
};

/** Members a plan can pay (everyone but viewers), by name. */
export const payableMembers = async (db: Db, orgId: string): Promise<{ id: string; name: string }[]> =>
  queryRows<{ id: string; name: string }>(
    db,
    sql`select m.user_id::text as id, u.name from members m join users u on u.id = m.user_id
        where m.org_id = ${orgId} and m.role <> 'viewer' order by u.name, m.user_id`,
  );
