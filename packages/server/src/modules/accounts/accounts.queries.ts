import type { Account, ListAccountsQuery } from '@pacer/core';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { forSortedPage, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import type { RecordKind } from '../records/record-queries';
import { keysetList, listTotals, orNotFound, recordListFilters, writtenRow } from '../records/record-queries';
import { regions } from '../regions/regions.table';
import { accounts } from './accounts.table';

const parent = alias(accounts, 'parent_account');

/** Accounts this scope may see: the owner's (and, for managers, the team's). */
export const visibleAccount = (scope: Scope): SQL =>
  visibleRecord(scope, { orgId: accounts.orgId, ownerId: accounts.ownerId });

/** Accounts as the shared record actions see them. */
export const accountKind: RecordKind<typeof accounts> = {
  table: accounts,
  entity: 'account',
  plural: 'Accounts',
  visible: visibleAccount,
};

const accountSelection = {
  account: accounts,
  ownerName: users.name,
  regionName: regions.name,
  parentAccountName: parent.name,
};

type AccountRow = {
  account: typeof accounts.$inferSelect;
  ownerName: string;
  regionName: string | null;
  parentAccountName: string | null;
};

export const toAccount = ({ account, ownerName, regionName, parentAccountName }: AccountRow): Account => ({
  id: account.id,
  ownerId: account.ownerId,
  ownerName,
  externalId: account.externalId,
  archivedAt: account.archivedAt?.toISOString() ?? null,
  createdAt: account.createdAt.toISOString(),
  updatedAt: account.updatedAt.toISOString(),
  name: account.name,
  domain: account.domain,
  industry: account.industry,
  employees: account.employees,
  annualRevenue: account.annualRevenue,
  address: account.address,
  regionId: account.regionId,
  regionName,
  parentAccountId: account.parentAccountId,
  parentAccountName,
  isKeyAccount: account.isKeyAccount,
  custom: account.custom,
});

const selectAccounts = (db: Db, sortValue: SQL = sql`null`) =>
  db
    .select({ ...accountSelection, sortValue })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.ownerId))
    .leftJoin(regions, and(eq(regions.orgId, accounts.orgId), eq(regions.id, accounts.regionId)))
    .leftJoin(parent, and(eq(parent.orgId, accounts.orgId), eq(parent.id, accounts.parentAccountId)));

/** The filters of the accounts list, shared by the list, its totals and its export. */
export const accountFilters = (scope: Scope, query: Omit<ListAccountsQuery, 'limit' | 'cursor' | 'sort'>): SQL =>
  and(
    recordListFilters(scope, accountKind, accounts.searchText, query),
    query.industry ? sql`lower(${accounts.industry}) = lower(${query.industry})` : undefined,
    query.regionId ? eq(accounts.regionId, query.regionId) : undefined,
    query.isKeyAccount ? eq(accounts.isKeyAccount, query.isKeyAccount === 'true') : undefined,
    query.parentAccountId ? eq(accounts.parentAccountId, query.parentAccountId) : undefined,
  ) as SQL;

export const accountSortKeys = {
  name: { expr: sql`lower(${accounts.name})`, type: 'text', notNull: true },
  createdAt: { expr: accounts.createdAt, type: 'timestamptz', notNull: true },
  updatedAt: { expr: accounts.updatedAt, type: 'timestamptz', notNull: true },
  // Unknown revenue sorts as 0; the expression is indexed (accounts_revenue_idx).
  annualRevenue: { expr: sql`coalesce(${accounts.annualRevenue}, 0)`, type: 'numeric', notNull: true },
  employees: { expr: accounts.employees, type: 'integer' },
} as const;

/** One page of accounts, filtered and sorted. */
export const listAccounts = (db: Db, scope: Scope, query: ListAccountsQuery) =>
  keysetList(
    { keys: accountSortKeys, id: accounts.id, query },
    (keyset) =>
      selectAccounts(db, keyset.sortValue)
        .where(and(accountFilters(forSortedPage(scope), query), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.account.id,
    toAccount,
  );

export const accountTotals = (db: Db, scope: Scope, query: Omit<ListAccountsQuery, 'limit' | 'cursor' | 'sort'>) =>
  listTotals(db, accounts, accountFilters(scope, query));

export const findAccount = async (db: Db, scope: Scope, id: string): Promise<Account | null> => {
  const [row] = await selectAccounts(db).where(and(visibleAccount(scope), eq(accounts.id, id)));
  return row ? toAccount(row) : null;
};

/** The account as just written (see `writtenRow`). */
export const findAccountAfterWrite = async (db: Db, scope: Scope, id: string): Promise<Account> => {
  const [row] = await selectAccounts(db).where(writtenRow(scope, accounts, id));
  return toAccount(orNotFound(row, 'account'));
};
