import pg from 'pg';
import { createPglite, type Database, fromPglite, openDatabase } from '../../packages/server/src/platform/db/client';
import { migrateDatabase } from '../../packages/server/src/platform/db/migrate';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite in memory always; PostgreSQL too when DATABASE_URL is set. */
export const databaseKinds = (): DatabaseKind[] => (process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']);

export interface BenchDatabase {
  database: Database;
  /** Server version, e.g. "PostgreSQL 16.4 …", for the results file. */
  version: string;
  dispose(): Promise<void>;
}

const urlFor = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/**
 * A fresh, migrated database. On PostgreSQL: a new database `name` on DATABASE_URL's server,
 * dropped again by dispose().
 */
export const openBenchDatabase = async (kind: DatabaseKind, name: string): Promise<BenchDatabase> => {
  if (kind === 'pglite') {
    const client = await createPglite(null);
    const database = fromPglite(client);
    await migrateDatabase(database);
    const version = (await client.query<{ version: string }>('select version()')).rows[0]?.version ?? '';
    return { database, version: `PGlite ${version}`, dispose: () => database.close() };
  }
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Bad database name: ${name}`);
  const url = process.env.DATABASE_URL as string;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    await admin.query(`create database ${name}`);
    const database = await openDatabase({ kind: 'postgres', url: urlFor(url, name) });
    const version = (await admin.query<{ version: string }>('select version()')).rows[0]?.version ?? '';
    try {
      await migrateDatabase(database);
    } catch (error) {
      await database.close();
      throw error;
    }
    return {
      database,
      version,
      dispose: async () => {
        await database.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
};
