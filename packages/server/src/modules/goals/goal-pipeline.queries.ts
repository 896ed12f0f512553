import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { accountFilter } from '../metrics/metric-facts.queries';

/** An open deal a revenue goal may still count, with the chance its stage has historically ended in a win. */
export interface OpenDealChance {
  /** The rep credited with this share of the deal. */
  repId: string;
  amount: string;
  winProbability: number;
}

/** Closed deals a stage needs before its own history is trusted over the probability set on the stage. */
const minimumHistory = 20;
/** Win rates move slowly; recomputing them for every goal of a wall chart would be wasted work. */
const rateLifetimeMs = 15 * 60_000;
const rateCache = new Map<string, { at: number; rates: Map<string, number> }>();

/**
 * Each stage's historical stage-to-won rate: of the deals that were ever in the stage and have
 * since closed in the last two years, the share that was won. A stage with too little history
 * keeps the probability set on it.
 */
export const stageWinRates = async (db: Db, orgId: string, now = Date.now()): Promise<Map<string, number>> => {
  const cached = rateCache.get(orgId);
  if (cached && now - cached.at < rateLifetimeMs) return cached.rates;
  const rows = await queryRows<{ stage_id: string; probability: number; won: number; closed: number }>(
    db,
    sql`with closed as (
          select d.id, st.kind = 'won' as won
          from deals d join stages st on st.org_id = d.org_id and st.id = d.stage_id
          where d.org_id = ${orgId} and d.archived_at is null and st.kind <> 'open'
            and d.closed_on >= current_date - 730
        ),
        visited as (
          select distinct c.to_stage_id as stage_id, c.deal_id, cl.won
          from closed cl join deal_stage_changes c on c.org_id = ${orgId} and c.deal_id = cl.id
        )
        select st.id::text as stage_id, st.probability,
               count(v.deal_id) filter (where v.won)::int as won, count(v.deal_id)::int as closed
        from stages st left join visited v on v.stage_id = st.id
        where st.org_id = ${orgId} and st.kind = 'open'
        group by st.id, st.probability`,
  );
  const rates = new Map(
    rows.map((row) => [
      row.stage_id,
      row.closed >= minimumHistory ? row.won / row.closed : Number(row.probability) / 100,
    ]),
  );
  rateCache.set(orgId, { at: now, rates });
  return rates;
};

/**
 * The open deals that may still count towards a revenue goal: credited to its people (by splits),
 * in its product line and accounts, in its currency, expected to close by the deadline (or already
 * overdue), each with its stage's historical chance of being won.
 */
export const openDealChances = async (
  db: Db,
  scope: Scope,
  goal: {
    people: (repColumn: SQL) => SQL;
    productLineId?: string | undefined;
    regionId?: string | undefined;
    accountIds?: readonly string[] | undefined;
    currency: string;
    deadline: string;
    /** When the people are a known set: their deals are found by owner and by split first. */
    repIds?: ReadonlySet<string> | undefined;
  },
): Promise<OpenDealChance[]> => {
  const amount = goal.productLineId
    ? sql`(select sum(li.total) from deal_line_items li
           where li.org_id = d.org_id and li.deal_id = d.id and li.product_line_id = ${goal.productLineId})`
    : sql`d.amount`;
  const [rates, rows] = await Promise.all([
    stageWinRates(db, scope.orgId),
    queryRows<{ rep_id: string; stage_id: string; amount: string }>(
      db,
      sql`select coalesce(s.user_id, d.owner_id)::text as rep_id, d.stage_id::text as stage_id, (coalesce(s.percent, 100) / 100 * ${amount})::text as amount
          from deals d
          join stages st on st.org_id = d.org_id and st.id = d.stage_id and st.kind = 'open'
          left join deal_splits s on s.org_id = d.org_id and s.deal_id = d.id
          where d.org_id = ${scope.orgId} and d.archived_at is null and d.currency = ${goal.currency}
            -- Only won and lost deals have a close date: this lets the open deals' partial index find them.
            and d.closed_on is null
            and d.expected_close_date <= ${goal.deadline}
            ${
              goal.repIds
                ? sql`and (d.owner_id = any(${sql.param([...goal.repIds])}::uuid[])
                      or d.id in (select ds.deal_id from deal_splits ds
                                  where ds.org_id = ${scope.orgId} and ds.user_id = any(${sql.param([...goal.repIds])}::uuid[])))`
                : sql``
            }
            and ${goal.people(sql`coalesce(s.user_id, d.owner_id)`)}
            and ${accountFilter(scope, { from: '', to: '', timeZone: 'UTC', people: () => sql`true`, regionId: goal.regionId, accountIds: goal.accountIds }, sql`d.account_id`)}`,
    ),
  ]);
  return rows
    .filter((row) => row.amount !== null && Number(row.amount) > 0)
    .map((row) => ({ repId: row.rep_id, amount: row.amount, winProbability: rates.get(row.stage_id) ?? 0 }));
};
