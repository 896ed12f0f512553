import { type Estimate, type ListEstimatesQuery, roundToCurrency } from '@pacer/core';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { forSortedPage, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { accounts } from '../accounts/accounts.table';
import { deals } from '../deals/deals.table';
import { users } from '../identity/identity.table';
import { productLines } from '../products/products.table';
import type { RecordKind } from '../records/record-queries';
import { keysetList, listTotals, orNotFound, recordListFilters, writtenRow } from '../records/record-queries';
import { estimates } from './estimates.table';

/** Estimates this scope may see: its people's own, and those at accounts they own (not for external reps). */
export const visibleEstimate = (scope: Scope): SQL =>
  visibleRecord(scope, { orgId: estimates.orgId, ownerId: estimates.ownerId, accountId: estimates.accountId });

/** Estimates as the shared record actions see them. */
export const estimateKind: RecordKind<typeof estimates> = {
  table: estimates,
  entity: 'estimate',
  plural: 'Estimates',
  visible: visibleEstimate,
};

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

export type EstimateFilterQuery = Omit<ListEstimatesQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the estimates list, on the estimates table alone (list, totals and export share them). */
export const estimateFilters = (scope: Scope, query: EstimateFilterQuery): SQL =>
  and(
    recordListFilters(
      scope,
      estimateKind,
      sql`lower(coalesce(${estimates.number}, '') || ' ' || coalesce(${estimates.notes}, ''))`,
      query,
    ),
    query.status ? eq(estimates.status, query.status) : undefined,
    query.accountId ? eq(estimates.accountId, query.accountId) : undefined,
    query.dealId ? eq(estimates.dealId, query.dealId) : undefined,
    query.productLineId ? eq(estimates.productLineId, query.productLineId) : undefined,
    query.from ? gte(estimates.estimateDate, query.from) : undefined,
    query.to ? lte(estimates.estimateDate, query.to) : undefined,
  ) as SQL;

export const estimateSortKeys = {
  estimateDate: { expr: estimates.estimateDate, type: 'date', notNull: true },
  amount: { expr: estimates.amount, type: 'numeric', notNull: true },
  createdAt: { expr: estimates.createdAt, type: 'timestamptz', notNull: true },
} as const;

export const listEstimates = (db: Db, scope: Scope, query: ListEstimatesQuery) =>
  keysetList(
    { keys: estimateSortKeys, id: estimates.id, query },
    (keyset) =>
      selectEstimates(db, keyset.sortValue)
        .where(and(estimateFilters(forSortedPage(scope), query), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.estimate.id,
    toEstimate,
  );

export const estimateTotals = (db: Db, scope: Scope, query: EstimateFilterQuery) =>
  listTotals(db, estimates, estimateFilters(scope, query), { amount: estimates.amount, currency: estimates.currency });

export const findEstimate = async (db: Db, scope: Scope, id: string): Promise<Estimate | null> => {
  const [row] = await selectEstimates(db).where(and(visibleEstimate(scope), eq(estimates.id, id)));
  return row ? toEstimate(row) : null;
};

/** The estimate as just written (see `writtenRow`). */
export const findEstimateAfterWrite = async (db: Db, scope: Scope, id: string): Promise<Estimate> => {
  const [row] = await selectEstimates(db).where(writtenRow(scope, estimates, id));
  return toEstimate(orNotFound(row, 'estimate'));
};
