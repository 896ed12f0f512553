import { AppError, type ListTotals, roundToCurrency } from '@pacer/core';
import { type AnyColumn, and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg, ownerInTeam, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { type KeysetPage, keysetPage, type SortKey } from '../../platform/db/keyset';

/** The columns every owned CRM record table carries (built with `platform/db/columns`). */
export type OwnedTable = PgTable & {
  orgId: AnyPgColumn;
  id: AnyPgColumn;
  ownerId: AnyPgColumn;
  externalId: AnyPgColumn;
  archivedAt: AnyPgColumn;
  updatedAt: AnyPgColumn;
};

/**
 * A record type as the shared record helpers see it: its table, what the audit log and messages
 * call it, and which rows a caller may see (and so change).
 */
export interface RecordKind<T extends OwnedTable = OwnedTable> {
  table: T;
  /** Singular, as in the audit log: `account`. */
  entity: string;
  /** Plural, capitalised, for messages: `Accounts`. */
  plural: string;
  visible(scope: Scope): SQL;
  /** Only rows matching this may be archived, restored or reassigned (an activity in a call report is locked). */
  changeable?: SQL;
  /** Wraps every archive, restore and reassignment of these records: keeps what is derived from them in step. */
  aroundWrite?: <R>(db: Db, orgId: string, ids: readonly string[], write: () => Promise<R>) => Promise<R>;
}

/** The record a read found, or a 404 naming what was looked for. */
export const orNotFound = <T>(record: T | null | undefined, entity: string): T => {
  if (!record) throw new AppError('NOT_FOUND', `No such ${entity}`);
  return record;
};

/**
 * Row `id` of the caller's org, whoever owns it: the read right after a write. A rep who hands a
 * record to someone they do not see still gets the written record back once, in the same transaction.
 */
export const writtenRow = (scope: Scope, table: { orgId: AnyColumn; id: AnyColumn }, id: string): SQL =>
  and(inOrg(scope, table.orgId), eq(table.id, id)) as SQL;

/** Text matched literally inside a LIKE pattern. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

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

/** Active rows (the default of every list), archived ones, or all. */
export const archivedFilter = (column: AnyColumn, archived: 'false' | 'true' | 'all') =>
  archived === 'all' ? undefined : archived === 'true' ? isNotNull(column) : isNull(column);

/** The query pieces every owned record list understands (`recordListQueryShape`). */
export interface RecordListFilters {
  archived: 'false' | 'true' | 'all';
  q?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
}

/**
 * The filters every owned record list starts with: the rows the caller may see, archived or not,
 * words in `searchText`, owner and team. A type adds its own beside them.
 */
export const recordListFilters = <T extends OwnedTable>(
  scope: Scope,
  kind: RecordKind<T>,
  searchText: AnyColumn | SQL,
  query: RecordListFilters,
): SQL =>
  and(
    kind.visible(scope),
    archivedFilter(kind.table.archivedAt, query.archived),
    query.q ? matchesWords(searchText, query.q) : undefined,
    query.ownerId ? eq(kind.table.ownerId, query.ownerId) : undefined,
    query.teamId ? ownerInTeam(scope, kind.table.ownerId, query.teamId) : undefined,
  ) as SQL;

/**
 * One keyset page of a list: `read` selects, with `keyset.sortValue`, the rows after the cursor in
 * `keyset.orderBy` order, `keyset.fetch` of them; `idOf` names each row's id for the next cursor.
 */
export const keysetList = async <Row, Item>(
  options: {
    keys: Record<string, SortKey>;
    id: AnyColumn;
    query: { sort: string; cursor?: string | undefined; limit: number };
  },
  read: (keyset: KeysetPage) => PromiseLike<(Row & { sortValue: unknown })[]>,
  idOf: (row: Row) => string,
  toItem: (row: Row) => Item,
): Promise<{ items: Item[]; nextCursor: string | null }> => {
  const { keys, id, query } = options;
  const keyset = keysetPage({ keys, sort: query.sort, id, cursor: query.cursor, limit: query.limit });
  const rows = await read(keyset);
  const { rows: page, nextCursor } = keyset.page(rows.map((row) => ({ ...row, id: idOf(row) })));
  return { items: page.map(toItem), nextCursor };
};

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
