import {
  AppError,
  type CreateContestInput,
  type DateRange,
  goalPeriodOf,
  invalidField,
  localDateOf,
  metricCatalog,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import { ownerInTeam, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { activityMetrics } from '../metrics/metric-facts.queries';

/** A contest's period as stored: both the instants it runs between and the org days it covers. */
export interface ContestPeriod {
  startsAt: Date;
  endsAt: Date;
  startsOn: string;
  endsOn: string;
}

interface OrgSetting {
  timeZone: string;
  fiscalStartMonth: number;
}

const orgSettingOf = async (db: Db, scope: Scope): Promise<OrgSetting> => {
  if (scope.org) return scope.org;
  const [row] = await queryRows<{ time_zone: string; fiscal_year_start_month: number }>(
    db,
    sql`select time_zone, fiscal_year_start_month from orgs where id = ${scope.orgId}`,
  );
  if (!row) throw new AppError('NOT_FOUND', 'No such org');
  return { timeZone: row.time_zone, fiscalStartMonth: Number(row.fiscal_year_start_month) };
};

/**
 * The period: a power hour runs between its two instants; a day, week, month or quarter is the
 * whole one around the start day (weeks ISO, quarters fiscal), a custom one its own days — cut
 * at midnight in the org's time zone.
 */
export const resolveContestPeriod = async (db: Db, scope: Scope, input: CreateContestInput): Promise<ContestPeriod> => {
  const org = await orgSettingOf(db, scope);
  if (input.periodKind === 'power_hour') {
    const startsAt = new Date(input.startsAt as string);
    const endsAt = new Date(input.endsAt as string);
    // Twelve hours at most: longer is a day contest, read from the daily rollup.
    if (endsAt.getTime() - startsAt.getTime() > 12 * 3_600_000)
      throw invalidField('endsAt', 'A power hour lasts at most 12 hours; use a day period');
    return {
      startsAt,
      endsAt,
      startsOn: localDateOf(startsAt, org.timeZone),
      endsOn: localDateOf(new Date(endsAt.getTime() - 1), org.timeZone),
    };
  }
  const start = input.startsOn as string;
  const range: DateRange =
    input.periodKind === 'custom'
      ? { start, end: input.endsOn as string }
      : goalPeriodOf(input.periodKind, start, org.fiscalStartMonth);
  const [row] = await queryRows<{ starts_at: string; ends_at: string }>(
    db,
    sql`select (${range.start}::date::timestamp at time zone ${org.timeZone}) as starts_at,
               ((${range.end}::date + 1)::timestamp at time zone ${org.timeZone}) as ends_at`,
  );
  if (!row) throw new AppError('INTERNAL', 'The period was not computed');
  return { startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at), startsOn: range.start, endsOn: range.end };
};

/** The metric must count over the period asked: a power hour counts activities by their instant. */
export const assertContestMetric = async (db: Db, scope: Scope, input: CreateContestInput) => {
  const definition = metricCatalog[input.metric];
  if (definition.aggregation.kind === 'snapshot')
    throw invalidField('metric', 'The pipeline is a snapshot, not a race');
  if (input.periodKind === 'power_hour' && !(activityMetrics as readonly string[]).includes(input.metric))
    throw invalidField('metric', 'A power hour counts activities: calls, meetings, visits, presentations, e-mails');
  if (!input.productLineId) return;
  if (!definition.filters.includes('product_line') || input.periodKind === 'power_hour')
    throw invalidField('productLineId', `Not a filter of ${definition.label}`);
  const [line] = await queryRows(
    db,
    sql`select 1 from product_lines where org_id = ${scope.orgId} and id = ${input.productLineId}`,
  );
  if (!line) throw new AppError('NOT_FOUND', 'No such product line');
};

/**
 * Who competes, fixed now: active reps, of the whole org (a manager's "everyone" is everyone in
 * reach), of a team's subtree, or named. A manager reaches only their teams' reps.
 */
export const resolveParticipants = async (db: Db, scope: Scope, input: CreateContestInput): Promise<string[]> => {
  const reach = scope.userIds;
  if (input.participants === 'team') {
    const teamId = input.teamId as string;
    const [team] = await queryRows(db, sql`select 1 from teams where org_id = ${scope.orgId} and id = ${teamId}`);
    if (!team || (scope.teamIds && !scope.teamIds.has(teamId))) throw new AppError('NOT_FOUND', 'No such team');
  }
  const wanted =
    input.participants === 'team'
      ? ownerInTeam(scope, sql`m.user_id`, input.teamId as string)
      : input.participants === 'reps'
        ? sql`m.user_id = any(${sql.param([...new Set(input.repIds)])}::uuid[])`
        : sql`true`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select m.user_id::text as id from members m
        where m.org_id = ${scope.orgId} and m.role = 'rep' and m.status = 'active' and ${wanted}
          ${reach ? sql`and m.user_id = any(${sql.param([...reach])}::uuid[])` : sql``}
        order by 1`,
  );
  const ids = rows.map((row) => row.id);
  if (input.participants === 'reps' && ids.length !== new Set(input.repIds).size)
    throw new AppError('NOT_FOUND', 'No such rep');
  if (ids.length === 0) throw invalidField('participants', 'No active reps to compete');
  return ids;
};
