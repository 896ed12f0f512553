import { type CompCredit, type DateRange, Money } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { KeptDeal } from './comp-credits.queries';

/*
 * What a period run reads to claw back: the deals that stopped being won by the period's end
 * (moved to lost or reopened: the day of the last such stage change; archived while won: the day
 * of archiving) and the refunds dated up to it, for the reps whose frozen statements of earlier
 * periods paid for them. Earlier days count too: a period that froze before its cancellation or
 * refund could not recover it, so the next run takes it up; the engine subtracts what was already
 * recovered, so seeing an event again takes nothing twice. Who was paid, on which won day and with
 * which split share is read from those paid lines, so a deal handed to another rep since is still
 * recovered from the rep who was paid for it.
 */

/** Frozen statements: what they hold is what payroll pays (or paid). */
export const frozenStatus = sql`('approved', 'paid')`;

interface ClawbackRow {
  rep_id: string;
  deal_id: string;
  kind: 'cancelled' | 'refunded';
  day: string;
  refunded: string | null;
  won_on: string;
  split: string | null;
  deal_amount: string;
  currency: string;
}

/** The instant the period ends: midnight after its last day, in the org's time zone. */
const endOf = (period: DateRange, timeZone: string) =>
  sql`(${period.end}::date + 1)::timestamp at time zone ${timeZone}`;

const share = (amount: string, split: string) => new Money(amount).times(split).dividedBy(100).toFixed();

/** Cancellation and refund credits up to the period's end, by rep, and the deals they are for. */
export const clawbackCredits = async (
  db: Db,
  orgId: string,
  timeZone: string,
  period: DateRange,
): Promise<{ byRep: Map<string, CompCredit[]>; dealIds: string[] }> => {
  const to = endOf(period, timeZone);
  const rows = await queryRows<ClawbackRow>(
    db,
    sql`with left_won as (
          select distinct on (c.deal_id) c.deal_id, (c.changed_at at time zone ${timeZone})::date as day
          from deal_stage_changes c join stages fs on fs.org_id = c.org_id and fs.id = c.from_stage_id
          where c.org_id = ${orgId} and fs.kind = 'won' and c.changed_at < ${to}
          order by c.deal_id, c.changed_at desc
        ),
        events as (
          select lw.deal_id, 'cancelled' as kind, lw.day, null::numeric as refunded
          from left_won lw
          join deals d on d.org_id = ${orgId} and d.id = lw.deal_id
          join stages st on st.org_id = d.org_id and st.id = d.stage_id
          where st.kind <> 'won'
          union all
          select d.id, 'cancelled', (d.archived_at at time zone ${timeZone})::date, null
          from deals d join stages st on st.org_id = d.org_id and st.id = d.stage_id
          where d.org_id = ${orgId} and st.kind = 'won' and d.archived_at < ${to}
          union all
          select r.deal_id, 'refunded', r.refunded_on, r.amount
          from comp_deal_refunds r
          where r.org_id = ${orgId} and r.refunded_on <= ${period.end}::date
        ),
        paid_parts as (
          select l.rep_id, l.deal_id, l.credit_date,
                 (select p->'params'->>'splitPercent' from jsonb_array_elements(l.explanation) p
                  where p->>'code' = 'credit' limit 1) as split,
                 (select p->'params'->>'repId' from jsonb_array_elements(l.explanation) p
                  where p->>'code' = 'overlay' limit 1) as overlay_of
          from comp_earning_lines l
          join comp_statements s on s.org_id = l.org_id and s.run_id = l.run_id and s.rep_id = l.rep_id
          where l.org_id = ${orgId} and l.deal_id in (select deal_id from events)
            and l.component_kind in ('commission', 'spiff') and l.credit_date is not null
            and s.status in ${frozenStatus} and s.period_end < ${period.start}::date
        ),
        -- A manager is credited with each split partner's part of a deal in their teams (and their
        -- own part): their share of it is the parts added up, each counted once however many lines it made.
        paid as (
          select rep_id, deal_id, max(won_on) as won_on, sum(split)::text as split
          from (select rep_id, deal_id, coalesce(overlay_of, '') as part, max(credit_date) as won_on,
                       max(split::numeric) as split
                from paid_parts group by 1, 2, 3) x
          group by rep_id, deal_id
        )
        select p.rep_id::text, e.deal_id::text, e.kind, greatest(e.day, p.won_on)::text as day,
               e.refunded::text, p.won_on::text, p.split, d.amount::text as deal_amount, d.currency
        from events e
        join paid p on p.deal_id = e.deal_id
        join deals d on d.org_id = ${orgId} and d.id = e.deal_id
        order by p.rep_id, e.deal_id, e.kind, e.day`,
  );
  const byRep = new Map<string, CompCredit[]>();
  for (const row of rows) {
    const split = row.split ?? '100';
    const credited = share(row.deal_amount, split);
    const credit: CompCredit = {
      dealId: row.deal_id,
      repId: row.rep_id,
      kind: row.kind,
      // Exact shares (not rounded): a refund's share of the credited value must not drift by a cent.
      value: { amount: row.kind === 'refunded' ? share(row.refunded ?? '0', split) : credited, currency: row.currency },
      units: '0',
      productId: null,
      productLineId: null,
      productLinePriority: null,
      date: row.day,
      splitPercent: split,
      // Only a won credit waits for its invoice: a clawback is never held.
      invoicePaid: false,
      wonDate: row.won_on,
    };
    if (row.kind === 'refunded') credit.originalAmount = credited;
    byRep.set(row.rep_id, [...(byRep.get(row.rep_id) ?? []), credit]);
  }
  return { byRep, dealIds: [...new Set(rows.map((row) => row.deal_id))] };
};

/** Deals a frozen statement of exactly this period paid that are no longer won: they stay won there. */
export const keptDeals = async (db: Db, orgId: string, period: DateRange): Promise<KeptDeal[]> => {
  const rows = await queryRows<{ deal_id: string; date: string; rep_ids: string[] }>(
    db,
    sql`select l.deal_id::text, max(l.credit_date)::text as date, json_agg(distinct l.rep_id::text) as rep_ids
        from comp_statements s
        join comp_earning_lines l on l.org_id = s.org_id and l.run_id = s.run_id and l.rep_id = s.rep_id
        join deals d on d.org_id = l.org_id and d.id = l.deal_id
        join stages st on st.org_id = d.org_id and st.id = d.stage_id
        where s.org_id = ${orgId} and s.status in ${frozenStatus}
          and s.period_start = ${period.start}::date and s.period_end = ${period.end}::date
          and l.component_kind in ('commission', 'spiff') and l.credit_date is not null
          and (st.kind <> 'won' or d.archived_at is not null)
        group by l.deal_id
        order by l.deal_id`,
  );
  return rows.map((row) => ({ dealId: row.deal_id, date: row.date, repIds: row.rep_ids }));
};
