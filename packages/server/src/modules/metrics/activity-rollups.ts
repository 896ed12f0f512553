import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { activityContributions, activityMetrics, localDay } from './metric-facts.queries';
import { replaceRollupRows } from './rollup-replace';

/** A rep's day: the unit the rollup is kept in step by. */
interface RepDay {
  rep_id: string;
  day: string;
}

const orgTimeZone = async (db: Db, orgId: string): Promise<string> => {
  const [row] = await queryRows<{ time_zone: string }>(db, sql`select time_zone from orgs where id = ${orgId}`);
  return row?.time_zone ?? 'UTC';
};

/** Activities chosen by a list of ids or by a subquery of ids. */
const idsIn = (ids: readonly string[] | SQL): SQL =>
  Array.isArray(ids) ? sql`select unnest(${sql.param([...ids])}::uuid[])` : (ids as SQL);

const isNone = (ids: readonly string[] | SQL) => Array.isArray(ids) && ids.length === 0;

type LockedRepDay = RepDay & { time_zone: string };

/** The rep-days of `before` and those the activities count on now, with the org's time zone. */
const repDayKeys = (orgId: string, before: readonly RepDay[], ids: readonly string[] | SQL): SQL => sql`
  with zone as (select time_zone from orgs where id = ${orgId}),
  keys as (
    ${
      isNone(ids)
        ? sql`select null::uuid as rep_id, null::date as day where false`
        : sql`select a.owner_id as rep_id, (a.activity_at at time zone (select time_zone from zone))::date as day
              from activities a where a.org_id = ${orgId} and a.id in (${idsIn(ids)})`
    }
    union
    select * from unnest(${sql.param(before.map((k) => k.rep_id))}::uuid[], ${sql.param(before.map((k) => k.day))}::date[])
  )
  select rep_id, day, (select time_zone from zone) as time_zone from keys`;

/** The rep-days these activities count on, as they stand now (done or not, archived or not). */
const repDaysOf = (db: Db, orgId: string, ids: readonly string[] | SQL): Promise<RepDay[]> =>
  queryRows<RepDay>(db, sql`select rep_id::text, day::text from (${repDayKeys(orgId, [], ids)}) k`);

const repLock = (orgId: string, rep: SQL) => sql`hashtextextended(${orgId}::text || '|' || ${rep}::text, 0)`;
const repDayLock = (orgId: string, rep: SQL, day: SQL) =>
  sql`hashtextextended(${orgId}::text || '|' || ${rep}::text || '|' || ${day}::text, 0)`;

/** Past this many rep-days (an import), a writer locks whole reps: a lock per day would fill the lock table. */
const perDayLimit = 500;

/**
 * Locks the rep-days to recount, in one order so two writers never deadlock, and answers them.
 * A writer of a few rep-days holds its reps shared and each rep-day exclusively; a writer of many
 * holds its reps exclusively. The recount runs in a later statement, so a writer of the same
 * rep-day that committed meanwhile is seen.
 */
const lockRepDays = async (
  db: Db,
  orgId: string,
  before: readonly RepDay[],
  ids: readonly string[] | SQL,
): Promise<LockedRepDay[]> => {
  const perDay = (keys: SQL) =>
    queryRows<LockedRepDay>(
      db,
      sql`select k.rep_id::text, k.day::text, k.time_zone,
                 pg_advisory_xact_lock_shared(${repLock(orgId, sql`k.rep_id`)}) is null as rep_locked,
                 pg_advisory_xact_lock(${repDayLock(orgId, sql`k.rep_id`, sql`k.day`)}) is null as day_locked
          from (${keys} order by rep_id, day) k`,
    );
  // A few activities by id (logging, editing one): find and lock their rep-days in one statement.
  if (Array.isArray(ids) && ids.length + before.length <= perDayLimit) return perDay(repDayKeys(orgId, before, ids));
  const keys = await queryRows<LockedRepDay>(
    db,
    sql`select rep_id::text, day::text, time_zone from (${repDayKeys(orgId, before, ids)}) k`,
  );
  if (keys.length <= perDayLimit) {
    const reps = sql.param(keys.map((k) => k.rep_id));
    const days = sql.param(keys.map((k) => k.day));
    return perDay(
      sql`select rep_id, day, ${keys[0]?.time_zone ?? 'UTC'}::text as time_zone from unnest(${reps}::uuid[], ${days}::date[]) as u(rep_id, day)`,
    );
  }
  await db.execute(
    sql`select pg_advisory_xact_lock(${repLock(orgId, sql`r.rep_id`)})
        from (select distinct rep_id from unnest(${sql.param(keys.map((k) => k.rep_id))}::uuid[]) as u(rep_id) order by 1) r`,
  );
  return keys;
};

/**
 * Recounts the activity metrics of these (locked) rep-days from the activities in one statement:
 * counts written over the kept ones, metrics no longer counted removed.
 */
const recount = async (db: Db, orgId: string, timeZone: string, repDays: readonly RepDay[]) => {
  if (repDays.length === 0) return;
  const reps = sql.param(repDays.map((k) => k.rep_id));
  const days = sql.param(repDays.map((k) => k.day));
  const keys = sql`unnest(${reps}::uuid[], ${days}::date[]) as k(rep_id, day)`;
  const first = repDays.reduce((min, k) => (k.day < min ? k.day : min), repDays[0]?.day as string);
  const last = repDays.reduce((max, k) => (k.day > max ? k.day : max), repDays[0]?.day as string);
  // The rep-days' activities by the owner index: a day either side covers any zone's midnight.
  const counted = activityContributions(
    orgId,
    timeZone,
    sql`a.owner_id = any(${reps}::uuid[])
      and a.activity_at >= ${first}::date - 1 and a.activity_at < ${last}::date + 2
      and (a.owner_id, ${localDay(sql`a.activity_at`, timeZone)}) in (select k.rep_id, k.day from ${keys})`,
  );
  await db.execute(
    sql`with counted as (${counted}),
        written as (
          insert into metric_rollups (org_id, rep_id, day, metric, value)
          select ${orgId}, rep_id, day, metric, value from counted
          on conflict (org_id, rep_id, day, metric, dimension, currency) do update set value = excluded.value
        )
        delete from metric_rollups r using ${keys}
        where r.org_id = ${orgId} and r.rep_id = k.rep_id and r.day = k.day
          and r.metric = any(${sql.param([...activityMetrics])}::text[])
          and not exists (select 1 from counted c where c.rep_id = r.rep_id and c.day = r.day and c.metric = r.metric)`,
  );
};

/**
 * Runs a write of activities and keeps the rollup in step, in the caller's transaction: the
 * rep-days the activities counted on before the write and those they count on after it are
 * recounted. `ids` selects the activities (a list, or a subquery for an import); `idsAfter`, when
 * given, those to look at after the write.
 */
export const keepActivityRollups = async <T>(
  db: Db,
  orgId: string,
  ids: readonly string[] | SQL,
  write: () => Promise<T>,
  idsAfter?: SQL,
): Promise<T> => {
  const before = isNone(ids) ? [] : await repDaysOf(db, orgId, ids);
  const result = await write();
  const locked = await lockRepDays(db, orgId, before, idsAfter ?? ids);
  if (locked.length) await recount(db, orgId, locked[0]?.time_zone as string, locked);
  return result;
};

/**
 * Counts newly written activities into the rollup: their rep-days locked, then their counts added
 * to what is kept. One statement whatever the day already holds, so logging a call stays cheap.
 */
export const countNewActivities = async (db: Db, orgId: string, ids: readonly string[]): Promise<void> => {
  const locked = await lockRepDays(db, orgId, [], ids);
  if (locked.length === 0) return;
  const timeZone = locked[0]?.time_zone as string;
  await db.execute(
    sql`insert into metric_rollups (org_id, rep_id, day, metric, value)
        select ${orgId}, rep_id, day, metric, value from (${activityContributions(
          orgId,
          timeZone,
          sql`a.id = any(${sql.param([...ids])}::uuid[])`,
        )}) c
        on conflict (org_id, rep_id, day, metric, dimension, currency)
        do update set value = metric_rollups.value + excluded.value`,
  );
};

/** Recomputes the activity metrics of the rollup of one org from the activities, in the caller's transaction. */
export const rebuildActivityRollupsOf = (db: Db, orgId: string, timeZone: string): Promise<number> =>
  replaceRollupRows(
    db,
    orgId,
    activityMetrics,
    sql`select rep_id, day, metric, '' as dimension, '' as currency, value
        from (${activityContributions(orgId, timeZone, sql`true`)}) c`,
  );

/** The activity rollup of an org as the facts give it, without writing: for checks and tests. */
export const activityRollupFromFacts = async (db: Db, orgId: string) => {
  const timeZone = await orgTimeZone(db, orgId);
  return queryRows<{ rep_id: string; day: string; metric: string; value: string }>(
    db,
    sql`select rep_id::text, day::text, metric, trim_scale(value)::text as value from (${activityContributions(orgId, timeZone, sql`true`)}) c
        order by 1, 2, 3`,
  );
};

/** The activity rollup of an org as kept, rows with a value only. */
export const activityRollupAsKept = (db: Db, orgId: string) =>
  queryRows<{ rep_id: string; day: string; metric: string; value: string }>(
    db,
    sql`select rep_id::text, day::text, metric, trim_scale(value)::text as value from metric_rollups
        where org_id = ${orgId} and metric = any(${sql.param([...activityMetrics])}::text[]) and value <> 0
        order by 1, 2, 3`,
  );
