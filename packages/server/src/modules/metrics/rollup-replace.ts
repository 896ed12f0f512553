import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/**
 * Makes an org's rollup rows of some metrics equal to `fresh` (rows of rep_id, day, metric,
 * dimension, currency, value computed from the facts) while writing only what differs: rows the
 * facts no longer give, or give with another value, go; rows missing are added. A rebuild that
 * finds the rollup in step — after a restore, or as a check — computes but hardly writes; writing
 * millions of unchanged rows back through three indexes was most of a rebuild's time. Runs in the
 * caller's transaction; answers the number of rows the facts give.
 */
export const replaceRollupRows = async (
  db: Db,
  orgId: string,
  metrics: readonly string[],
  fresh: SQL,
): Promise<number> => {
  await db.execute(sql`drop table if exists rollup_fresh`);
  await db.execute(sql`create temp table rollup_fresh on commit drop as
    select rep_id, day, metric, dimension, currency, value from (${fresh}) f where value <> 0`);
  await db.execute(sql`analyze rollup_fresh`);
  const key = (alias: string) =>
    sql.raw(`(${alias}.rep_id, ${alias}.day, ${alias}.metric, ${alias}.dimension, ${alias}.currency)`);
  await db.execute(sql`delete from metric_rollups r
    where r.org_id = ${orgId} and r.metric = any(${sql.param([...metrics])}::text[])
      and not exists (select 1 from rollup_fresh f where ${key('f')} = ${key('r')} and f.value = r.value)`);
  await db.execute(sql`insert into metric_rollups (org_id, rep_id, day, metric, dimension, currency, value)
    select ${orgId}, f.rep_id, f.day, f.metric, f.dimension, f.currency, f.value from rollup_fresh f
    where not exists (select 1 from metric_rollups r where r.org_id = ${orgId} and ${key('r')} = ${key('f')})
    order by f.rep_id, f.day, f.metric, f.dimension, f.currency`);
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from rollup_fresh`);
  await db.execute(sql`drop table rollup_fresh`);
  return count?.n ?? 0;
};
