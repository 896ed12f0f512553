import {
  AppError,
  type GoalFacts,
  type GoalFactsQuery,
  type MetricKey,
  metricCatalog,
  roundToCurrency,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import {
  type ActivityMetric,
  accountFilter,
  activityHit,
  activityMetrics,
  dayEnd,
  dayStart,
  type FactFilters,
} from '../metrics/metric-facts.queries';
import { peoplePredicate } from '../metrics/metrics.service';
import { filtersOf, teamPeopleOf } from './goal-paces';
import { readGoal } from './goal-rows';
import { orgCalendar } from './goals.service';

/**
 * The records behind a goal's number, for the drill-down from the wall chart: the deals credited
 * to its people (each with their share), the activities done, or the estimates sent, in the
 * goal's span and scope. A ratio lists the records of its denominator (win rate: the deals closed),
 * which hold those of its numerator.
 */

type FactRow = GoalFacts['items'][number] & { total: number; position: string };

/** The metric whose records a goal's number is made of. */
const countedMetric = (metric: MetricKey): MetricKey => {
  const { aggregation } = metricCatalog[metric];
  return aggregation.kind === 'ratio' ? aggregation.denominator : metric;
};

/** Which deals count for a deal metric, and on which day: won or lost on their close day, created on creation, open now. */
const dealRule = (metric: MetricKey, f: FactFilters): { stages: SQL; day: SQL; inSpan: SQL } => {
  const closed = (kinds: string[]) => ({
    stages: sql`st.kind::text = any(${sql.param(kinds)}::text[])`,
    day: sql`d.closed_on`,
    inSpan: sql`d.closed_on between ${f.from} and ${f.to}`,
  });
  if (metric === 'deals_lost') return closed(['lost']);
  if (metric === 'deals_closed') return closed(['won', 'lost']);
  if (metric === 'deals_created') {
    return {
      stages: sql`true`,
      day: sql`(d.created_at at time zone ${f.timeZone})::date`,
      inSpan: sql`d.created_at >= ${dayStart(f.from, f.timeZone)} and d.created_at < ${dayEnd(f.to, f.timeZone)}`,
    };
  }
  if (metricCatalog[metric].aggregation.kind === 'snapshot') {
    return { stages: sql`st.kind = 'open'`, day: sql`${f.to}::date`, inSpan: sql`d.closed_on is null` };
  }
  return closed(['won']);
};

const dealFacts = (scope: Scope, metric: MetricKey, f: FactFilters, limit: number): SQL => {
  const rule = dealRule(metric, f);
  const lineTotal = f.productLineId
    ? sql`(select sum(li.total) from deal_line_items li
           where li.org_id = d.org_id and li.deal_id = d.id and li.product_line_id = ${f.productLineId})`
    : sql`d.amount`;
  return sql`
    with credited as (
      select d.id, 'deal' as kind, d.name as title, d.account_id, coalesce(s.user_id, d.owner_id) as rep_id,
             ${rule.day} as day, coalesce(s.percent, 100) as share, ${lineTotal} as base, d.currency
      from deals d
      join stages st on st.org_id = d.org_id and st.id = d.stage_id
      left join deal_splits s on s.org_id = d.org_id and s.deal_id = d.id
      where d.org_id = ${scope.orgId} and d.archived_at is null and ${rule.stages} and ${rule.inSpan}
        and ${accountFilter(scope, f, sql`d.account_id`)}
        and ${f.people(sql`coalesce(s.user_id, d.owner_id)`)})
    select c.id::text, c.kind, c.title, c.account_id::text as "accountId", c.rep_id::text as "repId", c.day::text,
           (c.base * c.share / 100)::text as value, c.currency, trim_scale(c.share)::text as "sharePercent",
           count(*) over ()::int as total,
           row_number() over (order by c.base * c.share desc, c.day desc, c.id) as position
    from credited c
    where c.base is not null
    order by c.base * c.share desc, c.day desc, c.id
    limit ${limit}`;
};

const activityFacts = (scope: Scope, metric: ActivityMetric, f: FactFilters, limit: number): SQL => sql`
  select a.id::text, 'activity' as kind, coalesce(nullif(a.subject, ''), a.type::text) as title,
         a.account_id::text as "accountId", a.owner_id::text as "repId",
         (a.activity_at at time zone ${f.timeZone})::date::text as day, null as value, null as currency,
         null as "sharePercent", count(*) over ()::int as total,
         row_number() over (order by a.activity_at desc, a.id) as position
  from activities a
  where a.org_id = ${scope.orgId} and a.archived_at is null and a.completed_at is not null and (${activityHit[metric]})
    and a.activity_at >= ${dayStart(f.from, f.timeZone)} and a.activity_at < ${dayEnd(f.to, f.timeZone)}
    and ${f.people(sql`a.owner_id`)} and ${accountFilter(scope, f, sql`a.account_id`)}
  order by a.activity_at desc, a.id
  limit ${limit}`;

const estimateFacts = (scope: Scope, f: FactFilters, limit: number): SQL => sql`
  select e.id::text, 'estimate' as kind, coalesce(nullif(e.number, ''), 'Estimate') as title,
         e.account_id::text as "accountId", e.owner_id::text as "repId", e.estimate_date::text as day,
         e.amount::text as value, e.currency, null as "sharePercent", count(*) over ()::int as total,
         row_number() over (order by e.amount desc, e.estimate_date desc, e.id) as position
  from estimates e
  where e.org_id = ${scope.orgId} and e.archived_at is null and e.status in ('sent', 'accepted', 'rejected')
    and e.estimate_date between ${f.from} and ${f.to} and ${f.people(sql`e.owner_id`)}
    ${f.productLineId ? sql`and e.product_line_id = ${f.productLineId}` : sql``}
    and ${accountFilter(scope, f, sql`e.account_id`)}
  order by e.amount desc, e.estimate_date desc, e.id
  limit ${limit}`;

/** The records behind a goal's number so far, largest (or latest) first; `repId` narrows them to one rep. */
export const goalFacts = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  id: string,
  query: GoalFactsQuery,
): Promise<GoalFacts> => {
  const [row, calendar] = await Promise.all([readGoal(db, scope, id), orgCalendar(db, scope, clock)]);
  const metric = countedMetric(row.metric);
  const { aggregation } = metricCatalog[metric];
  const source = aggregation.kind === 'ratio' ? null : aggregation.source;
  const to = calendar.today < row.ends_on ? calendar.today : row.ends_on;
  const empty: GoalFacts = { source: null, from: row.starts_on, to, total: 0, items: [] };
  if (source !== 'deals' && source !== 'activities' && source !== 'estimates') return empty;
  if (to < row.starts_on) return { ...empty, source };
  // Whose records: the goal's rep, its team's members, or everyone the caller sees; narrowed to one rep on request.
  const reach = row.scope_kind === 'rep' && row.scope_id ? new Set([row.scope_id]) : null;
  const team = row.scope_kind === 'team' ? (await teamPeopleOf(db, scope, [row])).get(row.scope_id as string) : null;
  const people = team ?? reach;
  if (query.repId && people && !people.has(query.repId)) throw new AppError('NOT_FOUND', 'No such rep in this goal');
  const visible = !people
    ? scope.userIds
    : scope.userIds
      ? new Set([...people].filter((person) => scope.userIds?.has(person)))
      : people;
  const f = filtersOf(row, calendar.today, calendar.timeZone, peoplePredicate(scope, { repId: query.repId }, visible));
  const statement =
    source === 'deals'
      ? dealFacts(scope, metric, f, query.limit)
      : source === 'estimates'
        ? estimateFacts(scope, f, query.limit)
        : (activityMetrics as readonly string[]).includes(metric)
          ? activityFacts(scope, metric as ActivityMetric, f, query.limit)
          : null;
  if (!statement) return empty;
  const rows = await queryRows<FactRow>(
    db,
    sql`select f.*, acc.name as "accountName", u.name as "repName"
        from (${statement}) f
        left join accounts acc on acc.org_id = ${scope.orgId} and acc.id = f."accountId"::uuid
        join users u on u.id = f."repId"::uuid
        order by f.position`,
  );
  return {
    source,
    from: row.starts_on,
    to,
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, position: _position, ...item }) => ({
      ...item,
      value: item.value !== null && item.currency ? roundToCurrency(item.value, item.currency) : item.value,
    })),
  };
};
