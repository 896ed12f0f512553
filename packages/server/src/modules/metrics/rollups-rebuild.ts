import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { rebuildActivityRollupsOf } from './activity-rollups';
import { rebuildDealRollups } from './deal-rollups';

/**
 * Recomputes the daily rollup of one org, or of every org, from the facts (activities and deals),
 * one transaction per org: what `pacer rollups rebuild` runs, what a bulk load and a change of an
 * org's time zone need. Answers the rows written.
 */
export const rebuildRollups = async (db: Db, orgId?: string): Promise<number> => {
  const orgs = await queryRows<{ id: string; time_zone: string }>(
    db,
    orgId ? sql`select id, time_zone from orgs where id = ${orgId}` : sql`select id, time_zone from orgs order by id`,
  );
  let rows = 0;
  for (const org of orgs) {
    rows += await db.transaction(
      async (tx) =>
        (await rebuildActivityRollupsOf(tx, org.id, org.time_zone)) +
        (await rebuildDealRollups(tx, org.id, org.time_zone)),
    );
  }
  return rows;
};
