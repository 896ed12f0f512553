import type { MetricGrouping, MetricKey, MetricSource } from '@pacer/core';
import { metricCatalog } from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { dealContributions, dealRollupMetrics, lineDimension } from './deal-contributions';

/**
 * Base metrics counted straight from the facts, set-based: one SQL statement per question, each
 * fact credited to a rep on a day of the org's calendar. This is the definition of every number
 * Pacer shows; a rollup kept for speed must give the same.
 */

export interface FactFilters {
  from: string;
  to: string;
  timeZone: string;
  /** Whose facts count: a predicate on the credited rep's id column. */
  people: (repColumn: SQL) => SQL;
  productLineId?: string;
  pipelineId?: string;
  regionId?: string;
  accountIds?: readonly string[];
}

/** A base metric's total for one group, as SQL answers it. */
export interface BaseRow {
  group: string | null;
  metric: MetricKey;
  currency: string | null;
  value: string;
}

export const localDay = (instant: SQL, timeZone: string): SQL => sql`(${instant} at time zone ${timeZone})::date`;
export const dayStart = (day: string, timeZone: string): SQL => sql`(${day}::date::timestamp at time zone ${timeZone})`;
export const dayEnd = (day: string, timeZone: string): SQL =>
  sql`((${day}::date + 1)::timestamp at time zone ${timeZone})`;

/** Facts at accounts of the region (and its sub-regions) or of the named account set, when asked. */
export const accountFilter = (scope: Scope, filters: FactFilters, accountColumn: SQL): SQL => {
  const parts: SQL[] = [];
  if (filters.regionId) {
    parts.push(sql`${accountColumn} in (
      with recursive subtree(id) as (
        select id from regions where org_id = ${scope.orgId} and id = ${filters.regionId}
        union
        select r.id from regions r join subtree s on r.parent_id = s.id where r.org_id = ${scope.orgId}
      )
      select a.id from accounts a join subtree s on s.id = a.region_id where a.org_id = ${scope.orgId})`);
  }
  if (filters.accountIds) parts.push(sql`${accountColumn} = any(${sql.param([...filters.accountIds])}::uuid[])`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
};

const connectedOutcomes = sql`('connected', 'appointment_booked', 'presentation_held', 'follow_up_needed', 'not_interested', 'completed')`;

/** The activity metrics and what makes an activity count for each. */
export const activityMetrics = [
  'calls',
  'connected_calls',
  'meetings',
  'meetings_booked',
  'visits',
  'presentations_held',
  'emails',
] as const;
export type ActivityMetric = (typeof activityMetrics)[number];

/** What makes an activity (alias `a`) count for each activity metric. */
export const activityHit: Record<ActivityMetric, SQL> = {
  calls: sql`a.type = 'call'`,
  connected_calls: sql`a.type = 'call' and a.outcome in ${connectedOutcomes}`,
  meetings: sql`a.type = 'meeting'`,
  meetings_booked: sql`a.outcome = 'appointment_booked'`,
  visits: sql`a.type = 'visit'`,
  presentations_held: sql`a.type = 'presentation' or a.outcome = 'presentation_held'`,
  emails: sql`a.type = 'email'`,
};

/**
 * Each done, active activity's contributions: counted for its owner on the day it was done.
 * `where` narrows the activities (a period, a set of reps and days); the rollup and the fact
 * queries share this, so both count alike.
 */
export const activityContributions = (orgId: string, timeZone: string, where: SQL): SQL => sql`
  select a.owner_id as rep_id, ${localDay(sql`a.activity_at`, timeZone)} as day, m.metric, null::text as currency,
         count(*)::numeric as value
  from activities a
  cross join lateral (values ${sql.join(
    activityMetrics.map((metric) => sql`(${metric}::text, ${activityHit[metric]})`),
    sql`, `,
  )}) as m(metric, hit)
  where a.org_id = ${orgId} and a.archived_at is null and a.completed_at is not null and m.hit and ${where}
  group by 1, 2, 3`;

/**
 * Activities done in the period: counted by their owner on the day they were done. Read from the
 * daily rollup, which is kept in step with every write; narrowed to accounts (a region, an account
 * set), they are counted from the activities themselves.
 */
const activityFacts = (scope: Scope, f: FactFilters): SQL =>
  f.regionId || f.accountIds
    ? activitiesCounted(scope, f)
    : sql`select rep_id, day, metric, null::text as currency, value
          from metric_rollups
          where org_id = ${scope.orgId} and metric = any(${sql.param([...activityMetrics])}::text[])
            and day between ${f.from} and ${f.to} and ${f.people(sql`rep_id`)}`;

const activitiesCounted = (scope: Scope, f: FactFilters): SQL =>
  activityContributions(
    scope.orgId,
    f.timeZone,
    sql`a.activity_at >= ${dayStart(f.from, f.timeZone)} and a.activity_at < ${dayEnd(f.to, f.timeZone)}
      and ${f.people(sql`a.owner_id`)} and ${accountFilter(scope, f, sql`a.account_id`)}`,
  );

/**
 * Deal metrics (see deal-contributions.ts): read from the daily rollup, or, narrowed to a pipeline
 * or to accounts (a region, an account set), counted from the deals of the period. New customers
 * (a won deal that is its account's first) always come from the deals.
 */
const dealFacts = (scope: Scope, f: FactFilters, metrics: readonly MetricKey[]): SQL => {
  const parts: SQL[] = [];
  const closed = metrics.includes('deals_closed');
  // Only the kept metrics asked for; deals closed are the won and the lost, added up here rather than kept twice.
  const kept = [
    ...new Set([
      ...metrics.filter((key) => (dealRollupMetrics as readonly string[]).includes(key)),
      ...(closed ? (['deals_won', 'deals_lost'] as const) : []),
    ]),
  ];
  if (kept.length) {
    const counted =
      f.pipelineId || f.regionId || f.accountIds
        ? sql`select rep_id, day, metric, currency, value
              from (${dealContributions(
                scope.orgId,
                f.timeZone,
                sql`(d.closed_on between ${f.from} and ${f.to}
                     or d.created_at >= ${dayStart(f.from, f.timeZone)} and d.created_at < ${dayEnd(f.to, f.timeZone)})
                  ${f.pipelineId ? sql`and d.pipeline_id = ${f.pipelineId}` : sql``}
                  and ${accountFilter(scope, f, sql`d.account_id`)}`,
                f.productLineId ? { kind: 'line', productLineId: f.productLineId } : { kind: 'none' },
              )}) c
              where metric = any(${sql.param(kept)}::text[]) and day between ${f.from} and ${f.to}
                and ${f.people(sql`rep_id`)}`
        : sql`select rep_id, day, metric, currency, value from metric_rollups
              where org_id = ${scope.orgId} and metric = any(${sql.param(kept)}::text[])
                and dimension = ${f.productLineId ? lineDimension(f.productLineId) : ''}
                and day between ${f.from} and ${f.to} and ${f.people(sql`rep_id`)}`;
    parts.push(
      closed
        ? sql`with deal_rows as (${counted})
              select * from deal_rows
              union all
              select rep_id, day, 'deals_closed', currency, value from deal_rows where metric in ('deals_won', 'deals_lost')`
        : counted,
    );
  }
  if (metrics.includes('new_customers')) parts.push(newCustomerFacts(scope, f));
  return parts.length
    ? sql.join(parts, sql` union all `)
    : sql`select null::uuid, null::date, null::text, null::text, null::numeric where false`;
};

/** Won deals that are their account's first won deal, credited by splits on the close day. */
const newCustomerFacts = (scope: Scope, f: FactFilters): SQL => sql`
  select coalesce(s.user_id, d.owner_id) as rep_id, d.closed_on as day, 'new_customers' as metric, d.currency,
         sum(coalesce(s.percent, 100) / 100) as value
  from deals d
  join stages st on st.org_id = d.org_id and st.id = d.stage_id and st.kind = 'won'
  left join deal_splits s on s.org_id = d.org_id and s.deal_id = d.id
  where d.org_id = ${scope.orgId} and d.archived_at is null and d.account_id is not null
    and d.closed_on between ${f.from} and ${f.to}
    ${f.pipelineId ? sql`and d.pipeline_id = ${f.pipelineId}` : sql``}
    ${f.productLineId ? sql`and exists (select 1 from deal_line_items li where li.org_id = d.org_id and li.deal_id = d.id and li.product_line_id = ${f.productLineId})` : sql``}
    and ${accountFilter(scope, f, sql`d.account_id`)}
    and ${f.people(sql`coalesce(s.user_id, d.owner_id)`)}
    and not exists (
      select 1 from deals e join stages es on es.org_id = e.org_id and es.id = e.stage_id
      where e.org_id = ${scope.orgId} and e.account_id = d.account_id and e.archived_at is null
        and es.kind = 'won' and (e.closed_on, e.id) < (d.closed_on, d.id))
  group by 1, 2, 3, 4`;

/** Leads created by their owner; company leads due (and followed up in time) on their deadline day. */
const leadFacts = (scope: Scope, f: FactFilters): SQL => {
  const created = localDay(sql`l.created_at`, f.timeZone);
  const due = localDay(sql`l.follow_up_due_at`, f.timeZone);
  return sql`
  select l.owner_id as rep_id, ${created} as day, 'leads_created' as metric, null::text as currency, count(*)::numeric as value
  from leads l
  where l.org_id = ${scope.orgId} and l.archived_at is null and ${f.people(sql`l.owner_id`)}
    and l.created_at >= ${dayStart(f.from, f.timeZone)} and l.created_at < ${dayEnd(f.to, f.timeZone)}
  group by 1, 2
  union all
  select l.owner_id, ${due}, m.metric, null, count(*)
  from leads l
  cross join lateral (values
    ('leads_due', true),
    ('leads_followed_up_in_time', l.followed_up_at is not null and l.followed_up_at <= l.follow_up_due_at)
  ) as m(metric, hit)
  where l.org_id = ${scope.orgId} and l.archived_at is null and l.source = 'company' and m.hit
    and ${f.people(sql`l.owner_id`)}
    and l.follow_up_due_at >= ${dayStart(f.from, f.timeZone)} and l.follow_up_due_at < ${dayEnd(f.to, f.timeZone)}
  group by 1, 2, 3`;
};

const contactFacts = (scope: Scope, f: FactFilters): SQL => sql`
  select c.owner_id as rep_id, ${localDay(sql`c.created_at`, f.timeZone)} as day, 'new_contacts' as metric,
         null::text as currency, count(*)::numeric as value
  from contacts c
  where c.org_id = ${scope.orgId} and c.archived_at is null and ${f.people(sql`c.owner_id`)}
    and ${accountFilter(scope, f, sql`c.account_id`)}
    and c.created_at >= ${dayStart(f.from, f.timeZone)} and c.created_at < ${dayEnd(f.to, f.timeZone)}
  group by 1, 2`;

/** Estimates that went out (sent, or since accepted or rejected), on their estimate date. */
const estimateFacts = (scope: Scope, f: FactFilters): SQL => sql`
  select e.owner_id as rep_id, e.estimate_date as day, m.metric, e.currency, sum(m.value) as value
  from estimates e
  cross join lateral (values ('estimates_sent', 1::numeric), ('estimates_sent_value', e.amount)) as m(metric, value)
  where e.org_id = ${scope.orgId} and e.archived_at is null and e.status in ('sent', 'accepted', 'rejected')
    and e.estimate_date between ${f.from} and ${f.to} and ${f.people(sql`e.owner_id`)}
    ${f.productLineId ? sql`and e.product_line_id = ${f.productLineId}` : sql``}
    and ${accountFilter(scope, f, sql`e.account_id`)}
  group by 1, 2, 3, 4`;

const callReportFacts = (scope: Scope, f: FactFilters): SQL => sql`
  select r.rep_id, r.day, 'call_reports_submitted' as metric, null::text as currency, count(*)::numeric as value
  from call_reports r
  where r.org_id = ${scope.orgId} and r.status in ('submitted', 'reviewed')
    and r.day between ${f.from} and ${f.to} and ${f.people(sql`r.rep_id`)}
  group by 1, 2`;

const factsOf: Record<MetricSource, (scope: Scope, f: FactFilters, metrics: readonly MetricKey[]) => SQL> = {
  activities: activityFacts,
  deals: dealFacts,
  leads: leadFacts,
  contacts: contactFacts,
  estimates: estimateFacts,
  call_reports: callReportFacts,
};

/** The API's groupings, and one more for the server's own use: each rep's days ("<rep id> YYYY-MM-DD"). */
export type FactGrouping = MetricGrouping | 'rep_day';

const groupColumn: Record<FactGrouping, SQL> = {
  none: sql`null::text`,
  rep: sql`rep_id::text`,
  day: sql`to_char(day, 'YYYY-MM-DD')`,
  month: sql`to_char(day, 'YYYY-MM')`,
  rep_day: sql`rep_id::text || ' ' || to_char(day, 'YYYY-MM-DD')`,
};

/**
 * The totals of the given base metrics over the period, grouped. Only the sources the metrics
 * need are read, each in one statement of a single `union all`.
 */
export const baseTotals = async (
  db: Db,
  scope: Scope,
  metrics: readonly MetricKey[],
  filters: FactFilters,
  grouping: FactGrouping,
): Promise<BaseRow[]> => {
  const sources = new Set<MetricSource>();
  for (const key of metrics) {
    const { aggregation } = metricCatalog[key];
    if (aggregation.kind === 'sum') sources.add(aggregation.source);
  }
  if (sources.size === 0) return [];
  const facts = sql.join(
    [...sources].map((source) => sql`(${factsOf[source](scope, filters, metrics)})`),
    sql` union all `,
  );
  return queryRows<BaseRow>(
    db,
    sql`select ${groupColumn[grouping]} as "group", metric, currency, sum(value)::text as value
        from (${facts}) f
        where metric = any(${sql.param([...metrics])}::text[])
        group by 1, 2, 3
        order by 1, 2, 3`,
  );
};

/** Open deals at this moment, credited by splits: their amount, and weighted by stage probability. */
export const pipelineTotals = async (
  db: Db,
  scope: Scope,
  filters: Omit<FactFilters, 'from' | 'to'>,
  grouping: 'none' | 'rep',
): Promise<BaseRow[]> => {
  const line = filters.productLineId
    ? sql`(select sum(li.total) from deal_line_items li where li.org_id = d.org_id and li.deal_id = d.id and li.product_line_id = ${filters.productLineId})`
    : sql`d.amount`;
  const asFilters = { ...filters, from: '', to: '' };
  return queryRows<BaseRow>(
    db,
    sql`with open_credit as (
          select coalesce(s.user_id, d.owner_id) as rep_id, d.currency,
                 coalesce(s.percent, 100) / 100 * ${line} as amount, st.probability
          from deals d
          join stages st on st.org_id = d.org_id and st.id = d.stage_id and st.kind = 'open'
          left join deal_splits s on s.org_id = d.org_id and s.deal_id = d.id
          -- Open deals have no close date: the open deals' partial index finds them.
          where d.org_id = ${scope.orgId} and d.archived_at is null and d.closed_on is null
            ${filters.pipelineId ? sql`and d.pipeline_id = ${filters.pipelineId}` : sql``}
            and ${accountFilter(scope, asFilters, sql`d.account_id`)}
        )
        select ${grouping === 'rep' ? sql`rep_id::text` : sql`null::text`} as "group", m.metric, currency,
               sum(m.value)::text as value
        from open_credit
        cross join lateral (values
          ('pipeline_value', amount),
          ('weighted_pipeline', amount * probability / 100)
        ) as m(metric, value)
        where amount is not null and ${filters.people(sql`rep_id`)}
        group by 1, 2, 3
        order by 1, 2, 3`,
  );
};
