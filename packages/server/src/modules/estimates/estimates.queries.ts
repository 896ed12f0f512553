import { AppError, type Estimate, type ListEstimatesQuery, roundToCurrency } from '@pacer/core';
import { and, eq, gte, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { ownerInTeam, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { keysetPage } from '../../platform/db/keyset';
import { accounts } from '../accounts/accounts.table';
import { deals } from '../deals/deals.table';
import { users } from '../identity/identity.table';
import { productLines } from '../products/products.table';
import { matchesWords } from '../records/record-search';
import { listTotals } from '../records/record-totals';
import { estimates } from './estimates.table';

/** Estimates this scope may see: its people's own, and those at accounts they own (not for external reps). */
export const visibleEstimate = (scope: Scope): SQL =>
  visibleRecord(scope, { orgId: estimates.orgId, ownerId: estimates.ownerId, accountId: estimates.accountId });

type EstimateRow = {
  estimate: typeof estimates.$inferSelect;
  ownerName: string;
  accountName: string;
  dealName: string | null;
  productLineName: string;
};

const toEstimate = ({ estimate, ownerName, accountName, dealName, productLineName }: EstimateRow): Estimate => ({
  id: estimate.id,
  ownerId: estimate.ownerId,
  ownerName,
  externalId: estimate.externalId,
  archivedAt: estimate.archivedAt?.toISOString() ?? null,
  createdAt: estimate.createdAt.toISOString(),
  updatedAt: estimate.updatedAt.toISOString(),
  number: estimate.number,
  accountId: estimate.accountId,
  accountName,
  dealId: estimate.dealId,
  dealName,
  productLineId: estimate.productLineId,
  productLineName,
  amount: roundToCurrency(estimate.amount, estimate.currency),
  currency: estimate.currency,
  status: estimate.status,
  estimateDate: estimate.estimateDate,
  sentAt: estimate.sentAt?.toISOString() ?? null,
  notes: estimate.notes,
});

const selectEstimates = (db: Db, sortValue: SQL = sql`null`) =>
  db
    .select({
      estimate: estimates,
      ownerName: users.name,
      accountName: accounts.name,
      dealName: deals.name,
      productLineName: productLines.name,
      sortValue,
    })
    .from(estimates)
    .innerJoin(users, eq(users.id, estimates.ownerId))
    .innerJoin(accounts, and(eq(accounts.orgId, estimates.orgId), eq(accounts.id, estimates.accountId)))
    .innerJoin(productLines, and(eq(productLines.orgId, estimates.orgId), eq(productLines.id, estimates.productLineId)))
    .leftJoin(deals, and(eq(deals.orgId, estimates.orgId), eq(deals.id, estimates.dealId)));

const archivedFilter = (archived: 'false' | 'true' | 'all') =>
  archived === 'all' ? undefined : archived === 'true' ? isNotNull(estimates.archivedAt) : isNull(estimates.archivedAt);

export type EstimateFilterQuery = Omit<ListEstimatesQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the estimates list, on the estimates table alone (list, totals and export share them). */
export const estimateFilters = (scope: Scope, query: EstimateFilterQuery): SQL =>
  and(
    visibleEstimate(scope),
    archivedFilter(query.archived),
    query.q
      ? matchesWords(sql`lower(coalesce(${estimates.number}, '') || ' ' || coalesce(${estimates.notes}, ''))`, query.q)
      : undefined,
    query.ownerId ? eq(estimates.ownerId, query.ownerId) : undefined,
    query.teamId ? ownerInTeam(scope, estimates.ownerId, query.teamId) : undefined,
    query.status ? eq(estimates.status, query.status) : undefined,
    query.accountId ? eq(estimates.accountId, query.accountId) : undefined,
    query.dealId ? eq(estimates.dealId, query.dealId) : undefined,
    query.productLineId ? eq(estimates.productLineId, query.productLineId) : undefined,
    query.from ? gte(estimates.estimateDate, query.from) : undefined,
    query.to ? lte(estimates.estimateDate, query.to) : undefined,
  ) as SQL;

const estimateSortKeys = {
  estimateDate: { expr: estimates.estimateDate, type: 'date', notNull: true },
  amount: { expr: estimates.amount, type: 'numeric', notNull: true },
  createdAt: { expr: estimates.createdAt, type: 'timestamptz', notNull: true },
} as const;

export const listEstimates = async (db: Db, scope: Scope, query: ListEstimatesQuery) => {
  const keyset = keysetPage({
    keys: estimateSortKeys,
    sort: query.sort,
    id: estimates.id,
    cursor: query.cursor,
    limit: query.limit,
  });
  const rows = await selectEstimates(db, keyset.sortValue)
    .where(and(estimateFilters(scope, query), keyset.after))
    .orderBy(...keyset.orderBy)
    .limit(keyset.fetch);
  const { rows: page, nextCursor } = keyset.page(rows.map((row) => ({ ...row, id: row.estimate.id })));
  return { items: page.map(toEstimate), nextCursor };
};

export const estimateTotals = (db: Db, scope: Scope, query: EstimateFilterQuery) =>
  listTotals(db, estimates, estimateFilters(scope, query), { amount: estimates.amount, currency: estimates.currency });

export const findEstimate = async (db: Db, scope: Scope, id: string): Promise<Estimate | null> => {
  const [row] = await selectEstimates(db).where(and(visibleEstimate(scope), eq(estimates.id, id)));
  return row ? toEstimate(row) : null;
};

/** The estimate as just written, looked up in the org (its new owner may be someone the writer does not see). */
export const findEstimateAfterWrite = async (db: Db, scope: Scope, id: string): Promise<Estimate> => {
  const [row] = await selectEstimates(db).where(and(eq(estimates.orgId, scope.orgId), eq(estimates.id, id)));
  if (!row) throw new AppError('NOT_FOUND', 'No such estimate');
  return toEstimate(row);
};
