import { AppError } from '@pacer/core';
import { type AnyColumn, Column, is, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from './cursor';

/** How a list may be sorted: the SQL expression and its type, to read a cursor value back. */
export interface SortKey {
  expr: SQL | AnyColumn;
  type: 'text' | 'numeric' | 'timestamptz' | 'date' | 'integer';
  /** Never null: sorted bare, so an index on the expression serves the order. */
  notNull?: boolean;
}

// Keyset pages need non-null sort values: nulls sort first ascending, last descending.
const floor: Record<SortKey['type'], string> = {
  text: "''",
  numeric: '-1e18',
  timestamptz: "'-infinity'::timestamptz",
  date: "'-infinity'::date",
  integer: '-2147483648',
};

export interface KeysetPage {
  /** The sort value of each row, selected as `sortValue`. */
  sortValue: SQL;
  /** Rows after the cursor (undefined on the first page). */
  after: SQL | undefined;
  orderBy: SQL[];
  /** Fetch one row more than the page to know whether another page follows. */
  fetch: number;
  /** The page and the cursor of the next one, from the fetched rows. */
  page<T extends { sortValue: unknown; id: string }>(rows: T[]): { rows: T[]; nextCursor: string | null };
}

const cursorText = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/**
 * Keyset (cursor) pagination over one sort key plus the id, so pages stay fast and stable at any
 * depth: `sort` is a key of `keys`, prefixed with `-` for descending.
 */
export const keysetPage = (options: {
  keys: Record<string, SortKey>;
  sort: string;
  id: AnyColumn;
  cursor: string | undefined;
  limit: number;
}): KeysetPage => {
  const descending = options.sort.startsWith('-');
  const key = options.keys[descending ? options.sort.slice(1) : options.sort];
  if (!key) {
    throw new AppError('VALIDATION_FAILED', 'Unknown sort', [{ path: 'sort', message: 'Unknown sort' }]);
  }
  const type = sql.raw(key.type);
  // A NOT NULL column needs no floor either: sorted bare, its index serves the order.
  const notNull = key.notNull ?? (is(key.expr, Column) && key.expr.notNull);
  const sortValue = notNull ? sql`${key.expr}` : sql`coalesce(${key.expr}, ${sql.raw(floor[key.type])})`;
  const direction = sql.raw(descending ? 'desc' : 'asc');
  let after: SQL | undefined;
  if (options.cursor) {
    const [value, id] = decodeCursor(options.cursor, 2);
    const cursorValue = sql`${String(value)}::${type}`;
    // The plain range on the sort value lets an index without the id (org_id, created_at) start
    // at the cursor; the row comparison then settles ties. Without it deep pages scan from the top.
    after = sql`${sortValue} ${sql.raw(descending ? '<=' : '>=')} ${cursorValue} and (${sortValue}, ${options.id}) ${sql.raw(descending ? '<' : '>')} (${cursorValue}, ${String(id)}::uuid)`;
  }
  return {
    sortValue,
    after,
    orderBy: [sql`${sortValue} ${direction}`, sql`${options.id} ${direction}`],
    fetch: options.limit + 1,
    page: (rows) => {
      const page = rows.slice(0, options.limit);
      const last = page.at(-1);
      return {
        rows: page,
        nextCursor: rows.length > options.limit && last ? encodeCursor([cursorText(last.sortValue), last.id]) : null,
      };
    },
  };
};
