import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { dealContributions, dealRollupMetrics } from './deal-contributions';
import { replaceRollupRows } from './rollup-replace';

/**
 * The deal metrics of the daily rollup, kept in step with every write of deals in the caller's
 * transaction. A deal's contributions depend on that deal alone (its stage, amounts, splits, line
 * items, dates), so a write subtracts what its deals contributed before and adds what they
 * contribute after. The deals are locked first, so two writers of one deal take turns and each
 * sees the other's result; the rollup rows are changed by one atomic increment each.
 */

/** Deals chosen by a list of ids or by a subquery of ids. */
const idsIn = (ids: readonly string[] | SQL): SQL =>
  Array.isArray(ids) ? sql`select unnest(${sql.param([...ids])}::uuid[])` : (ids as SQL);

const zoneOf = (orgId: string) => sql`(select time_zone from orgs where id = ${orgId})`;

const contributionsOf = (orgId: string, timeZone: string, ids: readonly string[] | SQL) =>
  dealContributions(orgId, timeZone, sql`d.id in (${idsIn(ids)})`, { kind: 'all' });

/** Adds signed contribution rows to the rollup, in key order (two writers lock rows in the same order). */
const addToRollup = (orgId: string, rows: SQL) => sql`
  insert into metric_rollups (org_id, rep_id, day, metric, dimension, currency, value)
  select ${orgId}, rep_id, day, metric, dimension, currency, sum(value) from (${rows}) r
  group by rep_id, day, metric, dimension, currency
  having sum(value) <> 0
  order by rep_id, day, metric, dimension, currency
  on conflict (org_id, rep_id, day, metric, dimension, currency)
  do update set value = metric_rollups.value + excluded.value`;

interface Contribution {
  rep_id: string;
  day: string;
  metric: string;
  dimension: string;
  currency: string;
  value: string;
}

/**
 * Runs a write of deals and keeps the rollup in step. `ids` selects the deals written (a list, or
 * a subquery for an import); `idsAfter`, when given, those to count after the write (new rows).
 */
export const keepDealRollups = async <T>(
  db: Db,
  orgId: string,
  ids: readonly string[] | SQL,
  write: () => Promise<T>,
  idsAfter?: SQL,
): Promise<T> => {
  const [zone] = await queryRows<{ time_zone: string }>(
    db,
    sql`select ${zoneOf(orgId)} as time_zone,
        (select count(*) from (select id from deals where org_id = ${orgId} and id in (${idsIn(ids)}) order by id for update) locked) as locked`,
  );
  const timeZone = zone?.time_zone ?? 'UTC';
  const before = await queryRows<Contribution>(db, contributionsOf(orgId, timeZone, ids));
  const result = await write();
  if (before.length === 0) {
    await db.execute(addToRollup(orgId, contributionsOf(orgId, timeZone, idsAfter ?? ids)));
    return result;
  }
  // What the deals contributed before, taken back; a row taken back to nothing goes, as a rebuild would leave it out.
  const keys = sql`unnest(
      ${sql.param(before.map((r) => r.rep_id))}::uuid[], ${sql.param(before.map((r) => r.day))}::date[],
      ${sql.param(before.map((r) => r.metric))}::text[], ${sql.param(before.map((r) => r.dimension))}::text[],
      ${sql.param(before.map((r) => r.currency))}::text[], ${sql.param(before.map((r) => r.value))}::numeric[])
      as b(rep_id, day, metric, dimension, currency, value)`;
  await db.execute(
    addToRollup(
      orgId,
      sql`${contributionsOf(orgId, timeZone, idsAfter ?? ids)}
          union all select rep_id, day, metric, dimension, currency, -value from ${keys}`,
    ),
  );
  await db.execute(
    sql`delete from metric_rollups m using ${keys}
        where m.org_id = ${orgId} and m.value = 0 and (m.rep_id, m.day, m.metric, m.dimension, m.currency)
          = (b.rep_id, b.day, b.metric, b.dimension, b.currency)`,
  );
  return result;
};

/** Counts newly written deals into the rollup (nothing to subtract). */
export const countNewDeals = async (db: Db, orgId: string, ids: readonly string[] | SQL): Promise<void> => {
  const [zone] = await queryRows<{ time_zone: string }>(db, sql`select ${zoneOf(orgId)} as time_zone`);
  await db.execute(addToRollup(orgId, contributionsOf(orgId, zone?.time_zone ?? 'UTC', ids)));
};

/** Recomputes the deal metrics of the rollup of one org from the deals. */
export const rebuildDealRollups = (db: Db, orgId: string, timeZone: string): Promise<number> =>
  replaceRollupRows(db, orgId, dealRollupMetrics, dealContributions(orgId, timeZone, sql`true`, { kind: 'all' }));

const asRows = (source: SQL) => sql`
  select rep_id::text, day::text, metric, dimension, currency, trim_scale(sum(value))::text as value
  from (${source}) s group by 1, 2, 3, 4, 5 having sum(value) <> 0 order by 1, 2, 3, 4, 5`;

/** The deal rollup of an org as the deals give it, without writing: for checks and tests. */
export const dealRollupFromFacts = async (db: Db, orgId: string) => {
  const [zone] = await queryRows<{ time_zone: string }>(db, sql`select ${zoneOf(orgId)} as time_zone`);
  return queryRows<Contribution>(
    db,
    asRows(dealContributions(orgId, zone?.time_zone ?? 'UTC', sql`true`, { kind: 'all' })),
  );
};

/** The deal rollup of an org as kept, rows with a value only. */
export const dealRollupAsKept = (db: Db, orgId: string) =>
  queryRows<Contribution>(
    db,
    asRows(
      sql`select rep_id, day, metric, dimension, currency, value from metric_rollups
          where org_id = ${orgId} and metric = any(${sql.param([...dealRollupMetrics])}::text[])`,
    ),
  );
