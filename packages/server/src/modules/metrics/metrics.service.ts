import {
  AppError,
  type BaseTotal,
  baseMetricsOf,
  invalidField,
  type Leaderboard,
  type LeaderboardQuery,
  type MetricFilter,
  type MetricKey,
  type MetricValueRow,
  type MetricValues,
  type MetricValuesQuery,
  metricCatalog,
  metricValue,
  previousPeriod,
  rankReps,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import { ownerInTeam, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { type BaseRow, baseTotals, type FactFilters, pipelineTotals } from './metric-facts.queries';

const filterOfQuery: Record<MetricFilter, keyof MetricValuesQuery> = {
  product_line: 'productLineId',
  pipeline: 'pipelineId',
  region: 'regionId',
  account_set: 'accountIds',
};

/** A filter a metric does not know would silently be ignored: refuse it instead. */
const assertFiltersApply = (query: MetricValuesQuery) => {
  for (const [filter, param] of Object.entries(filterOfQuery) as [MetricFilter, keyof MetricValuesQuery][]) {
    if (query[param] === undefined) continue;
    const refusing = query.metrics.filter((key) => !metricCatalog[key].filters.includes(filter));
    if (refusing.length)
      throw invalidField(
        `querystring.${param}`,
        `Not a filter of ${refusing.map((key) => metricCatalog[key].label).join(', ')}`,
      );
  }
  const snapshots = query.metrics.filter((key) => metricCatalog[key].aggregation.kind === 'snapshot');
  if (snapshots.length && (query.groupBy === 'day' || query.groupBy === 'month')) {
    throw invalidField('querystring.groupBy', 'The pipeline is read at this moment: group it by rep or not at all');
  }
};

interface Setting {
  time_zone: string;
  rep_ok: boolean | null;
  team_ok: boolean | null;
  line_ok: boolean | null;
  pipeline_ok: boolean | null;
  region_ok: boolean | null;
  accounts_found: number | null;
}

/** The org's time zone, and whether each id the query names exists in the org and is the caller's to see. */
const readSetting = async (db: Db, scope: Scope, query: MetricValuesQuery): Promise<Setting> => {
  const names =
    query.repId ?? query.teamId ?? query.productLineId ?? query.pipelineId ?? query.regionId ?? query.accountIds;
  // Nothing to look up: the time zone came with the session.
  if (scope.org && names === undefined) {
    return {
      time_zone: scope.org.timeZone,
      rep_ok: null,
      team_ok: null,
      line_ok: null,
      pipeline_ok: null,
      region_ok: null,
      accounts_found: null,
    };
  }
  const exists = (table: string, id: string | undefined) =>
    id === undefined
      ? sql`null::boolean`
      : sql`exists (select 1 from ${sql.identifier(table)} where org_id = ${scope.orgId} and id = ${id})`;
  const [row] = await queryRows<Setting>(
    db,
    sql`select o.time_zone,
      ${query.repId === undefined ? sql`null::boolean` : sql`exists (select 1 from members where org_id = ${scope.orgId} and user_id = ${query.repId})`} as rep_ok,
      ${exists('teams', query.teamId)} as team_ok,
      ${exists('product_lines', query.productLineId)} as line_ok,
      ${exists('pipelines', query.pipelineId)} as pipeline_ok,
      ${exists('regions', query.regionId)} as region_ok,
      ${query.accountIds === undefined ? sql`null::int` : sql`(select count(*)::int from accounts where org_id = ${scope.orgId} and id = any(${sql.param(query.accountIds)}::uuid[]))`} as accounts_found
    from orgs o where o.id = ${scope.orgId}`,
  );
  if (!row) throw new AppError('NOT_FOUND', 'No such org');
  const visibleRep = query.repId === undefined || !scope.userIds || scope.userIds.has(query.repId);
  const visibleTeam = query.teamId === undefined || !scope.teamIds || scope.teamIds.has(query.teamId);
  if (row.rep_ok === false || !visibleRep) throw new AppError('NOT_FOUND', 'No such person');
  if (row.team_ok === false || !visibleTeam) throw new AppError('NOT_FOUND', 'No such team');
  if (row.line_ok === false) throw new AppError('NOT_FOUND', 'No such product line');
  if (row.pipeline_ok === false) throw new AppError('NOT_FOUND', 'No such pipeline');
  if (row.region_ok === false) throw new AppError('NOT_FOUND', 'No such region');
  if (query.accountIds && row.accounts_found !== new Set(query.accountIds).size) {
    throw new AppError('NOT_FOUND', 'No such account');
  }
  return row;
};

/**
 * Whose facts count: the people the caller may see (a rep themselves, a manager the team's
 * subtree, an admin everyone), narrowed to one person or one team when asked.
 */
export const peoplePredicate =
  (
    scope: Scope,
    query: { repId?: string | undefined; teamId?: string | undefined },
    reach: ReadonlySet<string> | null = scope.userIds,
  ) =>
  (rep: SQL): SQL => {
    const parts: SQL[] = [];
    if (reach) parts.push(sql`${rep} = any(${sql.param([...reach])}::uuid[])`);
    if (query.repId) parts.push(sql`${rep} = ${query.repId}`);
    if (query.teamId) parts.push(ownerInTeam(scope, rep, query.teamId));
    return parts.length ? sql.join(parts, sql` and `) : sql`true`;
  };

const namesOf = async (db: Db, ids: readonly string[]): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text, name from users where id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, row.name]));
};

/**
 * Catalog metrics over a period for the people the caller may see, computed from the facts: the
 * base metrics are added up in SQL per group, and each requested metric (a sum or a ratio of
 * sums) is computed from those totals by the catalog's rules.
 */
export const metricValues = async (
  db: Db,
  scope: Scope,
  query: MetricValuesQuery,
  reach: ReadonlySet<string> | null = scope.userIds,
): Promise<MetricValues> => {
  assertFiltersApply(query);
  const setting = await readSetting(db, scope, query);
  const filters: FactFilters = {
    from: query.from,
    to: query.to,
    timeZone: setting.time_zone,
    people: peoplePredicate(scope, query, reach),
    productLineId: query.productLineId,
    pipelineId: query.pipelineId,
    regionId: query.regionId,
    accountIds: query.accountIds,
  };
  const metrics = [...new Set(query.metrics)];
  const counted = metrics.filter((key) => metricCatalog[key].aggregation.kind !== 'snapshot');
  const snapshots = metrics.filter((key) => metricCatalog[key].aggregation.kind === 'snapshot');
  const bases = [...new Set(counted.flatMap(baseMetricsOf))];
  const snapshotGrouping = query.groupBy === 'rep' ? 'rep' : 'none';
  const [baseRows, pipelineRows] = await Promise.all([
    baseTotals(db, scope, bases, filters, query.groupBy),
    snapshots.length ? pipelineTotals(db, scope, filters, snapshotGrouping) : Promise.resolve([] as BaseRow[]),
  ]);

  const byGroup = new Map<string | null, BaseTotal[]>();
  for (const row of [...baseRows, ...pipelineRows]) {
    const totals = byGroup.get(row.group) ?? [];
    totals.push({ metric: row.metric, currency: row.currency, value: row.value });
    byGroup.set(row.group, totals);
  }
  // Without grouping there is always one answer per metric, zero when nothing happened.
  if (query.groupBy === 'none' && !byGroup.has(null)) byGroup.set(null, []);
  const names =
    query.groupBy === 'rep'
      ? await namesOf(
          db,
          [...byGroup.keys()].filter((k) => k !== null),
        )
      : null;

  const rows: MetricValueRow[] = [];
  for (const [group, totals] of [...byGroup].sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))) {
    for (const key of metrics) {
      for (const { currency, value } of metricValue(key as MetricKey, totals)) {
        rows.push({
          metric: key,
          repId: names ? group : null,
          repName: names && group ? (names.get(group) ?? null) : null,
          period: query.groupBy === 'day' || query.groupBy === 'month' ? group : null,
          currency,
          value,
        });
      }
    }
  }
  return { from: query.from, to: query.to, groupBy: query.groupBy, rows };
};

/**
 * Whom a leaderboard compares: the people the caller may see; for a rep, everyone in their own
 * teams, because a leaderboard is about peers. It shows their totals only, never their records.
 */
export const leaderboardReach = async (db: Db, scope: Scope): Promise<ReadonlySet<string> | null> => {
  if (scope.reach !== 'own' || !scope.userIds) return scope.userIds;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct user_id::text as id from team_members
        where org_id = ${scope.orgId} and team_id = any(${sql.param([...(scope.teamIds ?? [])])}::uuid[])`,
  );
  return new Set([...scope.userIds, ...rows.map((row) => row.id)]);
};

/** The reps a leaderboard lists: active reps in reach, in the team when one is asked. */
export const leaderboardReps = (db: Db, scope: Scope, teamId: string | undefined, reach: ReadonlySet<string> | null) =>
  queryRows<{ id: string; name: string }>(
    db,
    sql`select m.user_id::text as id, u.name
        from members m join users u on u.id = m.user_id
        where m.org_id = ${scope.orgId} and m.role = 'rep' and m.status = 'active'
          and ${peoplePredicate(scope, { teamId }, reach)(sql`m.user_id`)}
        order by u.name`,
  );

/**
 * A metric's leaderboard: every rep in reach ranked for the period, with their rank in the period
 * before (the calendar month, quarter or year before, else as many days before). Money ranks in
 * the org's currency.
 */
export const leaderboard = async (db: Db, scope: Scope, query: LeaderboardQuery): Promise<Leaderboard> => {
  const definition = metricCatalog[query.metric];
  const previous = previousPeriod(query.from, query.to);
  const reach = await leaderboardReach(db, scope);
  const valuesOf = async (from: string, to: string) => {
    const answer = await metricValues(
      db,
      scope,
      { metrics: [query.metric], from, to, groupBy: 'rep', teamId: query.teamId },
      reach,
    );
    return answer.rows;
  };
  const [reps, current, before, org] = await Promise.all([
    leaderboardReps(db, scope, query.teamId, reach),
    valuesOf(query.from, query.to),
    valuesOf(previous.from, previous.to),
    scope.org
      ? [{ currency: scope.org.currency }]
      : queryRows<{ currency: string }>(db, sql`select currency from orgs where id = ${scope.orgId}`),
  ]);
  const currency = definition.unit === 'money' ? (org[0]?.currency ?? null) : null;
  const zero = metricValue(query.metric, [])[0]?.value ?? null;
  const valueMap = (rows: MetricValueRow[]) =>
    new Map(rows.filter((row) => row.currency === currency).map((row) => [row.repId, row.value]));
  const now = valueMap(current);
  const then = valueMap(before);
  const values = reps.map((rep) => (now.has(rep.id) ? (now.get(rep.id) ?? null) : zero));
  const previousValues = reps.map((rep) => (then.has(rep.id) ? (then.get(rep.id) ?? null) : zero));
  const rows = rankReps(reps, values, previousValues, definition.higherIsBetter);
  return {
    metric: query.metric,
    from: query.from,
    to: query.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    currency,
    rows,
  };
};
