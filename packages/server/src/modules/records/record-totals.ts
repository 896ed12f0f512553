import { type ListTotals, roundToCurrency } from '@pacer/core';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../../platform/db/client';

/** Footer figures of a filtered list: the row count and, when the records carry money, sums per currency. */
export const listTotals = async (
  db: Db,
  table: PgTable,
  where: SQL | undefined,
  money?: { amount: AnyColumn | SQL; currency: AnyColumn | SQL },
): Promise<ListTotals> => {
  const filter = where ? sql`where ${where}` : sql``;
  if (!money) {
    const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from ${table} ${filter}`);
    return { count: row?.count ?? 0, amounts: [] };
  }
  const rows = await queryRows<{ currency: string; count: number; sum: string }>(
    db,
    sql`select ${money.currency} as currency, count(*)::int as count, sum(${money.amount})::text as sum
        from ${table} ${filter} group by 1 order by 2 desc`,
  );
  return {
    count: rows.reduce((total, row) => total + row.count, 0),
    amounts: rows.map((row) => ({ currency: row.currency, sum: roundToCurrency(row.sum ?? '0', row.currency) })),
  };
};
