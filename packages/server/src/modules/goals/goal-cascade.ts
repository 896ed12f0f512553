import {
  AppError,
  type CascadeGoalInput,
  type DateRange,
  encodeTargetReason,
  fiscalQuarterOf,
  type GoalDetail,
  invalidField,
  metricCatalog,
  monthsOf,
  quartersOf,
  samePeriodLastYear,
  splitTarget,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { metricValues } from '../metrics/metrics.service';
import { type GoalRow, readGoal } from './goal-rows';
import { assertCanManageGoal, metricQueryOf } from './goal-scope';
import { getGoal, insertGoal, orgCalendar, targetPlaces } from './goals.service';

/** One goal a cascade makes: a region, team or rep sharing the parent's period, or a period sharing its scope. */
interface Part {
  key: string;
  label: string;
  scopeKind: GoalRow['scope_kind'];
  scopeId: string | null;
  productLineId: string | null;
  periodKind: GoalRow['period_kind'];
  range: DateRange;
}

/** An org goal's top regions, or a region goal's sub-regions: the facts at each one's accounts. */
const regionParts = async (db: Db, scope: Scope, parent: GoalRow): Promise<Part[]> => {
  if (parent.scope_kind !== 'org' && parent.scope_kind !== 'region') {
    throw invalidField('into', 'Only an org or region goal splits into regions');
  }
  if (!metricCatalog[parent.metric].filters.includes('region')) {
    throw invalidField('into', `${metricCatalog[parent.metric].label} cannot be measured for a region`);
  }
  const regions = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text, name from regions
        where org_id = ${scope.orgId} and ${parent.scope_kind === 'org' ? sql`parent_id is null` : sql`parent_id = ${parent.scope_id}`}
        order by name`,
  );
  return regions.map((region) => ({
    key: region.id,
    label: region.name,
    scopeKind: 'region',
    scopeId: region.id,
    productLineId: parent.product_line_id,
    periodKind: parent.period_kind,
    range: { start: parent.starts_on, end: parent.ends_on },
  }));
};

const peopleParts = async (db: Db, scope: Scope, parent: GoalRow, into: 'teams' | 'reps'): Promise<Part[]> => {
  const same = { periodKind: parent.period_kind, range: { start: parent.starts_on, end: parent.ends_on } };
  if (into === 'teams') {
    if (parent.scope_kind !== 'org' && parent.scope_kind !== 'team') {
      throw invalidField('into', 'Only an org or team goal splits into teams');
    }
    // The teams right below the goal: an org's top teams or, where one team holds the whole sales
    // force (a VP's), the teams below that one.
    const teams = await queryRows<{ id: string; name: string }>(
      db,
      parent.scope_kind === 'org'
        ? sql`with top as (select id, name from teams where org_id = ${scope.orgId} and parent_id is null)
              select id::text, name from top where (select count(*) from top) > 1
              union all
              select t.id::text, t.name from teams t
              where t.org_id = ${scope.orgId} and t.parent_id = (select id from top) and (select count(*) from top) = 1
              order by name`
        : sql`select id::text, name from teams where org_id = ${scope.orgId} and parent_id = ${parent.scope_id} order by name`,
    );
    return teams.map((t) => ({
      key: t.id,
      label: t.name,
      scopeKind: 'team',
      scopeId: t.id,
      productLineId: null,
      ...same,
    }));
  }
  if (!['org', 'team', 'product_line'].includes(parent.scope_kind)) {
    throw invalidField('into', 'Only an org, team or product line goal splits into reps');
  }
  const inTeam =
    parent.scope_kind === 'team'
      ? sql`and m.user_id in (
          with recursive subtree(id) as (
            select id from teams where org_id = ${scope.orgId} and id = ${parent.scope_id}
            union select t.id from teams t join subtree s on t.parent_id = s.id where t.org_id = ${scope.orgId})
          select tm.user_id from team_members tm join subtree s on s.id = tm.team_id where tm.org_id = ${scope.orgId})`
      : sql``;
  const reps = await queryRows<{ id: string; name: string }>(
    db,
    sql`select m.user_id::text as id, u.name from members m join users u on u.id = m.user_id
        where m.org_id = ${scope.orgId} and m.role = 'rep' and m.status = 'active' ${inTeam}
        order by u.name`,
  );
  const line = parent.scope_kind === 'product_line' ? parent.scope_id : parent.product_line_id;
  return reps.map((r) => ({ key: r.id, label: r.name, scopeKind: 'rep', scopeId: r.id, productLineId: line, ...same }));
};

const periodParts = (parent: GoalRow, into: 'quarters' | 'months', fiscalStartMonth: number): Part[] => {
  const range = { start: parent.starts_on, end: parent.ends_on };
  if (into === 'quarters' && parent.period_kind !== 'year')
    throw invalidField('into', 'Only a year splits into quarters');
  if (into === 'months' && !['year', 'quarter'].includes(parent.period_kind)) {
    throw invalidField('into', 'Only a year or a quarter splits into months');
  }
  const ranges = into === 'quarters' ? quartersOf(range, fiscalStartMonth) : monthsOf(range);
  return ranges.map((r) => ({
    key: r.start,
    label:
      into === 'quarters'
        ? `Q${fiscalQuarterOf(r.start, fiscalStartMonth).quarter} ${fiscalQuarterOf(r.start, fiscalStartMonth).year}`
        : r.start.slice(0, 7),
    scopeKind: parent.scope_kind,
    scopeId: parent.scope_id,
    productLineId: parent.product_line_id,
    periodKind: into === 'quarters' ? 'quarter' : 'month',
    range: r,
  }));
};

/** Each part's value of the metric over the same span last year: its share of last year, or last year's seasonality. */
const lastYearWeights = async (db: Db, scope: Scope, parent: GoalRow, parts: Part[]): Promise<number[]> => {
  const goal = {
    metric: parent.metric,
    scopeKind: parent.scope_kind,
    scopeId: parent.scope_id,
    productLineId: parent.product_line_id,
    accountIds: parent.account_ids,
  };
  const pick = (rows: { currency: string | null; value: string | null }[]) =>
    Number(rows.find((r) => r.currency === parent.currency || r.currency === null)?.value ?? 0);
  const last = samePeriodLastYear({ start: parent.starts_on, end: parent.ends_on });
  if (parts[0]?.scopeKind === 'rep' && parts[0].periodKind === parent.period_kind) {
    const answer = await metricValues(db, scope, metricQueryOf(goal, last.start, last.end, 'rep'), null);
    return parts.map((part) => pick(answer.rows.filter((r) => r.repId === part.scopeId)));
  }
  return Promise.all(
    parts.map(async (part) => {
      const span = part.periodKind === parent.period_kind ? last : samePeriodLastYear(part.range);
      const partGoal = { ...goal, scopeKind: part.scopeKind, scopeId: part.scopeId };
      return pick((await metricValues(db, scope, metricQueryOf(partGoal, span.start, span.end), null)).rows);
    }),
  );
};

/**
 * A team or rep with nothing last year (a new hire, a new team) would get no target at all: it gets
 * the average of those that had something instead.
 */
const withoutBlanks = (weights: number[]): number[] => {
  const known = weights.filter((weight) => weight > 0);
  if (known.length === 0 || known.length === weights.length) return weights;
  const average = known.reduce((sum, weight) => sum + weight, 0) / known.length;
  return weights.map((weight) => (weight > 0 ? weight : average));
};

/** New people and places get the average; a month that sold nothing last year keeps its quiet season. */
const peopleOrTime = (into: CascadeGoalInput['into'], weights: number[]) =>
  into === 'quarters' || into === 'months' ? weights : withoutBlanks(weights);

/**
 * Splits a goal into region, team, rep, quarter or month goals whose targets add up exactly to the
 * parent's: evenly, by weights, or by each part's share of last year (seasonality for periods).
 */
export const cascadeGoal = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  id: string,
  input: CascadeGoalInput,
): Promise<GoalDetail> => {
  await splitGoal(db, scope, clock, id, input);
  return getGoal(db, scope, clock, id);
};

/** The cascade itself, in one transaction. */
export const splitGoal = (db: Db, scope: Scope, clock: Clock, id: string, input: CascadeGoalInput): Promise<void> =>
  db.transaction(async (tx) => {
    const parent = await readGoal(tx, scope, id);
    assertCanManageGoal(scope, { scopeKind: parent.scope_kind, scopeId: parent.scope_id });
    const definition = metricCatalog[parent.metric];
    if (definition.aggregation.kind !== 'sum' || parent.checklist) {
      throw invalidField('into', `${definition.label} does not add up: set each part its own goal`);
    }
    // A goal splits once among people and once over time (a year into teams, and into quarters).
    const overTime = input.into === 'quarters' || input.into === 'months';
    const [existing] = await queryRows(
      tx,
      sql`select 1 from goals where org_id = ${scope.orgId} and parent_id = ${id} and archived_at is null
          and ${overTime ? sql`(starts_on, ends_on) <> (${parent.starts_on}::date, ${parent.ends_on}::date)` : sql`(starts_on, ends_on) = (${parent.starts_on}::date, ${parent.ends_on}::date)`}
          limit 1`,
    );
    if (existing) {
      throw new AppError(
        'CONFLICT',
        overTime
          ? 'This goal is already split over time; archive those parts to split it again'
          : 'This goal is already split among people; archive those parts to split it again',
      );
    }
    const calendar = await orgCalendar(tx, scope, clock);
    const parts =
      input.into === 'regions'
        ? await regionParts(tx, scope, parent)
        : input.into === 'teams' || input.into === 'reps'
          ? await peopleParts(tx, scope, parent, input.into)
          : periodParts(parent, input.into, calendar.fiscalStartMonth);
    if (parts.length === 0) throw invalidField('into', `There are no ${input.into} to split into`);
    const weights =
      input.method === 'weights'
        ? parts.map((part) => input.weights?.[part.key] ?? 0)
        : input.method === 'last_year'
          ? peopleOrTime(input.into, await lastYearWeights(tx, scope, parent, parts))
          : parts.map(() => 1);
    const targets = splitTarget(parent.target, weights, targetPlaces(parent.metric, parent.currency));
    for (const [index, part] of parts.entries()) {
      await insertGoal(tx, scope, {
        name: `${parent.name} · ${part.label}`,
        kind: parent.kind,
        metric: parent.metric,
        scopeKind: part.scopeKind,
        scopeId: part.scopeId,
        productLineId: part.productLineId,
        accountIds: parent.account_ids,
        periodKind: part.periodKind,
        startsOn: part.range.start,
        endsOn: part.range.end,
        target: targets[index] ?? '0',
        currency: parent.currency,
        pacing: parent.pacing,
        checklist: false,
        parentId: id,
        reason: encodeTargetReason('split', { name: parent.name, method: input.method }),
      });
    }
    await recordAudit(tx, scope, { action: 'goal.cascaded', entity: 'goal', entityId: id, data: { ...input } });
  });
