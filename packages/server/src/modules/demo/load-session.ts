import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Db } from '../../platform/db/client';
import * as schema from '../../platform/db/schema';
import { type CopyWriter, pgliteCopy, postgresCopy } from './copy-rows';

/** One connection in one transaction, with COPY on the same connection. */
export interface LoadSession {
  db: Db;
  copy: CopyWriter;
  kind: 'pglite' | 'postgres';
}

const isPool = (client: unknown): client is pg.Pool => typeof (client as pg.Pool).connect === 'function';

/**
 * Runs `work` in one transaction on one connection of the database behind `db`: a client taken
 * from the node-postgres pool, or a PGlite transaction. Either all of it lands or nothing.
 */
export const withLoadSession = async <T>(db: Db, work: (session: LoadSession) => Promise<T>): Promise<T> => {
  const client = (db as unknown as { $client: unknown }).$client;
  if (isPool(client)) {
    const connection = await client.connect();
    try {
      await connection.query('begin');
      const session: LoadSession = {
        db: drizzleNodePg({ client: connection, schema }) as unknown as Db,
        copy: postgresCopy(connection),
        kind: 'postgres',
      };
      const result = await work(session);
      await connection.query('commit');
      return result;
    } catch (error) {
      await connection.query('rollback').catch(() => {});
      throw error;
    } finally {
      connection.release();
    }
  }
  return (client as PGlite).transaction(async (tx) =>
    work({
      // Drizzle only calls `query` on its client, which a PGlite transaction has too.
      db: drizzlePglite({ client: tx as unknown as PGlite, schema }) as unknown as Db,
      copy: pgliteCopy(tx),
      kind: 'pglite',
    }),
  );
};
