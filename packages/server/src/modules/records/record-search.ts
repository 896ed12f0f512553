import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Rows whose lower-case search text contains every word of `q`. Backed by a trigram index, so it
 * stays fast on millions of rows for words of three letters or more.
 */
export const matchesWords = (searchColumn: AnyColumn | SQL, q: string): SQL => {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  return sql.join(
    words.map((word) => sql`${searchColumn} like ${`%${escapeLike(word)}%`}`),
    sql` and `,
  );
};
