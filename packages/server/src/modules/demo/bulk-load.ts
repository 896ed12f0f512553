import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/**
 * Bulk loading into empty tables, the way a restore does it: drop the keys, indexes and foreign
 * keys of the tables, COPY the rows, then build each key and index once and check each foreign key
 * with one query. Much faster than keeping them up row by row; the definitions come back exactly
 * as they were (read from the catalog before dropping). Only for tables that hold no rows yet.
 */

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/** Whether none of the tables holds a row (then bulk mode cannot slow down anyone else's data). */
export const tablesAreEmpty = async (db: Db, tables: readonly string[]): Promise<boolean> => {
  const probes = tables.map((table) => sql`select 1 from ${sql.identifier(table)}`);
  const [row] = await queryRows<{ empty: boolean }>(
    db,
    sql`select not exists (${sql.join(probes, sql` union all `)}) as empty`,
  );
  return row?.empty ?? false;
};

/**
 * Drops every index and constraint of the tables (primary keys and unique keys too, and the foreign
 * keys of other tables that point at them); answers how to put them back.
 */
export const dropBulkObstacles = async (db: Db, tables: readonly string[]) => {
  const regclasses = sql`${sql.param([...tables])}::regclass[]`;
  const indexes = await queryRows<Definition>(
    db,
    sql`select t.relname as "table", c.relname as name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i
        join pg_class c on c.oid = i.indexrelid
        join pg_class t on t.oid = i.indrelid
        where i.indrelid = any(${regclasses})
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
        order by t.relname, c.relname`,
  );
  // Keys first, then foreign keys: a foreign key needs the key it points at.
  const constraints = await queryRows<Definition & { kind: string }>(
    db,
    sql`select t.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition, k.contype as kind
        from pg_constraint k join pg_class t on t.oid = k.conrelid
        where (k.contype in ('p', 'u', 'f') and k.conrelid = any(${regclasses}))
           or (k.contype = 'f' and k.confrelid = any(${regclasses}))
        order by k.contype = 'f', t.relname, k.conname`,
  );
  for (const key of [...constraints].reverse()) {
    await db.execute(sql`alter table ${sql.identifier(key.table)} drop constraint ${sql.identifier(key.name)}`);
  }
  for (const index of indexes) await db.execute(sql`drop index ${sql.identifier(index.name)}`);
  return {
    /** Builds the keys and indexes once and adds the foreign keys back, checked against the loaded rows. */
    restore: async () => {
      const add = (key: Definition) =>
        db.execute(
          sql`alter table ${sql.identifier(key.table)} add constraint ${sql.identifier(key.name)} ${sql.raw(key.definition)}`,
        );
      for (const key of constraints.filter((k) => k.kind !== 'f')) await add(key);
      for (const index of indexes) await db.execute(sql.raw(index.definition));
      for (const key of constraints.filter((k) => k.kind === 'f')) await add(key);
    },
  };
};
