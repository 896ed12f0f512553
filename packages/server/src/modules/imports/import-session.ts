import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../platform/db/client';
import * as schema from '../../platform/db/schema';

/**
 * One connection an import keeps from start to end: its staging tables are temporary tables of
 * that connection. On PostgreSQL a pooled client of its own, loaded with COPY; on PGlite (one
 * connection for everything) the shared database, loaded with multi-row inserts.
 */
export interface ImportSession {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Streams rows into a table; each row's values in `columns` order, null for SQL NULL. */
  load(table: string, columns: string[], rows: AsyncIterable<(string | null)[][]>): Promise<void>;
  release(): Promise<void>;
}

// COPY's text format: backslash escapes for the characters that delimit fields and rows.
const escapeCopy = (value: string) =>
  /[\\\t\n\r]/.test(value)
    ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : value;

/** Rows as COPY text-format lines, in chunks of about 256 KB. */
async function* copyText(rows: AsyncIterable<(string | null)[][]>): AsyncGenerator<string> {
  let chunk = '';
  for await (const batch of rows) {
    for (const values of batch) {
      let line = '';
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        line += (i ? '\t' : '') + (value === null || value === undefined ? '\\N' : escapeCopy(value));
      }
      chunk += `${line}\n`;
    }
    if (chunk.length > 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

const openPostgres = async (pool: pg.Pool): Promise<ImportSession> => {
  const client = await pool.connect();
  // A file's keys are hashed and sorted in memory rather than spilled to disk; temporary tables
  // get room in memory too (refused, harmlessly, on a connection that already used one).
  await client.query(`set work_mem = '128MB'`);
  await client.query(`set temp_buffers = '256MB'`).catch(() => {});
  const db = drizzle({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    load: async (table, columns, rows) => {
      const target = `${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`;
      await pipeline(Readable.from(copyText(rows)), client.query(copyFrom(`copy ${target} from stdin`)));
    },
    release: async () => {
      // Temporary tables die with the session; a pooled connection lives on, so drop them now.
      await client.query('discard temp').catch(() => {});
      await client.query('reset work_mem').catch(() => {});
      client.release();
    },
  };
};

const openPglite = (db: Db, client: PGlite): ImportSession => ({
  db,
  kind: 'pglite',
  load: async (table, columns, rows) => {
    const per = Math.max(1, Math.floor(30_000 / Math.max(1, columns.length)));
    const head = `insert into ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) values `;
    const flush = async (values: (string | null)[][]) => {
      if (!values.length) return;
      const params: (string | null)[] = [];
      const tuples = values.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(', ')})`);
      await client.query(head + tuples.join(', '), params);
    };
    let pending: (string | null)[][] = [];
    for await (const batch of rows) {
      for (const row of batch) {
        pending.push(row);
        if (pending.length === per) {
          await flush(pending);
          pending = [];
        }
      }
    }
    await flush(pending);
  },
  release: async () => {},
});

/** A session on the database behind `db`: its own pooled connection on PostgreSQL, the shared one on PGlite. */
export const openImportSession = async (db: Db): Promise<ImportSession> => {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) return openPostgres(client);
  return openPglite(db, client as PGlite);
};
