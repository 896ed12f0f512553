import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase } from '../../testing/test-api';
import { type Database, queryRows } from './client';
import { globalTables } from './schema';

interface Constraint {
  table: string;
  name: string;
  type: 'p' | 'f' | 'u';
  columns: string[];
  referenced: string | null;
  referencedColumns: string[] | null;
}

/** Every tenant table leads with org_id and carries it in every key, so Citus can distribute it by org_id. */
describe.each(databaseKinds)('schema invariants for distribution by org_id [%s]', (kind) => {
  let database: Database;
  let dispose: () => Promise<void>;
  let tables: string[];
  let constraints: Constraint[];

  beforeAll(async () => {
    ({ database, dispose } = await openTestDatabase(kind));
    tables = (
      await queryRows<{ name: string }>(
        database.db,
        sql`select tablename as name from pg_tables where schemaname = 'public'`,
      )
    ).map((t) => t.name);
    constraints = await queryRows<Constraint>(
      database.db,
      sql`
        select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
          array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
          case when c.confrelid = 0 then null else c.confrelid::regclass::text end as referenced,
          case when c.confrelid = 0 then null else array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) end as "referencedColumns"
        from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace
        where ns.nspname = 'public' and c.contype in ('p', 'f', 'u')`,
    );
  });
  afterAll(() => dispose());

  const tenantTables = () => tables.filter((t) => !(t in globalTables));
  const isReference = (table: string | null) =>
    table !== null && globalTables[table as keyof typeof globalTables] === 'reference';

  it('knows the tables', () => {
    expect(tenantTables()).toEqual(expect.arrayContaining(['members', 'teams', 'regions', 'sessions', 'invitations']));
  });

  it('leads every tenant primary key with org_id', () => {
    for (const table of tenantTables()) {
      const pk = constraints.find((c) => c.table === table && c.type === 'p');
      expect(pk?.columns[0], `${table} primary key`).toBe('org_id');
    }
  });

  it('carries org_id in every unique constraint of a tenant table', () => {
    for (const c of constraints.filter((c) => c.type === 'u' && tenantTables().includes(c.table))) {
      expect(c.columns, c.name).toContain('org_id');
    }
  });

  it('joins tenant tables only on org_id, or to the org root and reference tables', () => {
    for (const c of constraints.filter((c) => c.type === 'f' && tenantTables().includes(c.table))) {
      if (c.referenced === 'orgs') {
        expect(c.columns, c.name).toEqual(['org_id']);
        continue;
      }
      if (isReference(c.referenced)) continue;
      expect(c.columns[0], c.name).toBe('org_id');
      expect(c.referencedColumns?.[0], c.name).toBe('org_id');
    }
  });

  it('lists every global table it exempts', () => {
    for (const table of Object.keys(globalTables)) expect(tables).toContain(table);
  });
});
