import { type SQL, sql } from 'drizzle-orm';

/**
 * What each deal adds to the deal metrics, credited to reps by its splits (the owner alone when
 * there are none): each credited rep gets their share of the deal's counts and amounts. Won and
 * lost count on the close date, created on the day of creation (org time zone). Every deal counts
 * in dimension '' with its amount and the units of all its line items; with line items of a
 * product line it also counts in dimension `line:<id>`, with those line items' total and units.
 *
 * The fact queries and the daily rollup both read this, so both count alike. "Deals closed" is
 * won plus lost, added up when read. "New customers" is not here: whether a won deal is an
 * account's first depends on the account's other deals.
 */
export const dealRollupMetrics = [
  'won_revenue',
  'won_units',
  'deals_won',
  'deals_lost',
  'deals_created',
  'cycle_days_won',
] as const;

/** Which dimensions to count: all of them (the rollup), only '' (no product line asked), or one line. */
export type DealDimensions = { kind: 'all' } | { kind: 'none' } | { kind: 'line'; productLineId: string };

export const lineDimension = (productLineId: string) => `line:${productLineId}`;

/** The rows each credited share counts in: dimension '' (the deal's amount, all units) and one per product line. */
const countedIn = (dimensions: DealDimensions): SQL => {
  const whole = sql`select c.*, '' as dimension, c.amount as revenue, coalesce(u.units, 0) as units
    from credited c left join (select deal_id, sum(units) as units from items group by deal_id) u on u.deal_id = c.id`;
  const line = (only: SQL) => sql`select c.*, 'line:' || i.product_line_id::text, i.total, i.units
    from credited c join items i on i.deal_id = c.id where i.product_line_id is not null ${only}`;
  if (dimensions.kind === 'none') return whole;
  if (dimensions.kind === 'line') return line(sql`and i.product_line_id = ${dimensions.productLineId}`);
  return sql`${whole} union all ${line(sql``)}`;
};

/**
 * The contributions of the deals `where` selects (on `d`, a deal not archived), as rows of
 * (rep_id, day, metric, dimension, currency, value), grouped.
 */
export const dealContributions = (orgId: string, timeZone: string, where: SQL, dimensions: DealDimensions): SQL => sql`
  with credited as (
    select d.id, d.currency, d.closed_on, st.kind, d.amount,
           (d.created_at at time zone ${timeZone})::date as created_day,
           coalesce(s.user_id, d.owner_id) as rep_id, coalesce(s.percent, 100) / 100 as share
    from deals d
    join stages st on st.org_id = d.org_id and st.id = d.stage_id
    left join deal_splits s on s.org_id = d.org_id and s.deal_id = d.id
    where d.org_id = ${orgId} and d.archived_at is null and ${where}
  ),
  items as (
    select li.deal_id, li.product_line_id, sum(li.total) as total, sum(li.quantity) as units
    from deal_line_items li
    where li.org_id = ${orgId} and li.deal_id in (select id from credited)
    group by 1, 2
  ),
  counted as (${countedIn(dimensions)})
  select rep_id, closed_on as day, m.metric, dimension, currency, sum(m.value) as value
  from counted
  cross join lateral (values
    ('deals_won', case when kind = 'won' then share end),
    ('deals_lost', case when kind = 'lost' then share end),
    ('won_revenue', case when kind = 'won' then share * revenue end),
    ('won_units', case when kind = 'won' then share * units end),
    ('cycle_days_won', case when kind = 'won' then share * (closed_on - created_day) end)
  ) as m(metric, value)
  where m.value is not null and closed_on is not null
  group by 1, 2, 3, 4, 5
  union all
  select rep_id, created_day, 'deals_created', dimension, currency, sum(share)
  from counted
  group by 1, 2, 3, 4, 5`;
