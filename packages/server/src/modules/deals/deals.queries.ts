import { type Deal, type DealDetail, type ListDealsQuery, roundToCurrency } from '@pacer/core';
import { and, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { forSortedPage, inSetOf, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { accounts } from '../accounts/accounts.table';
import { users } from '../identity/identity.table';
import { keepDealRollups } from '../metrics/deal-rollups';
import { stages } from '../pipelines/pipelines.table';
import type { RecordKind } from '../records/record-queries';
import { keysetList, listTotals, orNotFound, recordListFilters, writtenRow } from '../records/record-queries';
import { loadDealParts } from './deal-parts.queries';
import { deals } from './deals.table';

/**
 * Deals this scope may see: its people's own, those at accounts they own (not for external reps),
 * and those where one of them holds a credit split.
 */
export const visibleDeal = (scope: Scope): SQL =>
  visibleRecord(
    scope,
    { orgId: deals.orgId, ownerId: deals.ownerId, accountId: deals.accountId },
    {
      sharedWith: (ids) =>
        sql`${deals.id} ${inSetOf(scope, sql`select ds.deal_id from deal_splits ds where ds.org_id = ${scope.orgId} and ds.user_id = any(${ids})`)}`,
    },
  );

/** Deals as the shared record actions see them. */
export const dealKind: RecordKind<typeof deals> = {
  table: deals,
  entity: 'deal',
  plural: 'Deals',
  visible: visibleDeal,
  aroundWrite: (db, orgId, ids, write) => keepDealRollups(db, orgId, ids, write),
};

export const dealSelection = {
  deal: deals,
  ownerName: users.name,
  accountName: accounts.name,
  stageName: stages.name,
  stageKind: stages.kind,
  probability: stages.probability,
};

export type DealRow = {
  deal: typeof deals.$inferSelect;
  ownerName: string;
  accountName: string | null;
  stageName: string;
  stageKind: Deal['stageKind'];
  probability: number;
};

export const toDeal = ({ deal, ownerName, accountName, stageName, stageKind, probability }: DealRow): Deal => ({
  id: deal.id,
  ownerId: deal.ownerId,
  ownerName,
  externalId: deal.externalId,
  archivedAt: deal.archivedAt?.toISOString() ?? null,
  createdAt: deal.createdAt.toISOString(),
  updatedAt: deal.updatedAt.toISOString(),
  name: deal.name,
  accountId: deal.accountId,
  accountName,
  pipelineId: deal.pipelineId,
  stageId: deal.stageId,
  stageName,
  stageKind,
  probability,
  amount: roundToCurrency(deal.amount, deal.currency),
  currency: deal.currency,
  expectedCloseDate: deal.expectedCloseDate,
  closedOn: deal.closedOn,
  invoicePaidOn: deal.invoicePaidOn,
  stageEnteredAt: deal.stageEnteredAt.toISOString(),
  lostReason: deal.lostReason,
  competitor: deal.competitor,
  sourceLeadId: deal.sourceLeadId,
  custom: deal.custom,
});

export const selectDeals = (db: Db, sortValue: SQL = sql`null`) =>
  db
    .select({ ...dealSelection, sortValue })
    .from(deals)
    .innerJoin(users, eq(users.id, deals.ownerId))
    .innerJoin(stages, and(eq(stages.orgId, deals.orgId), eq(stages.id, deals.stageId)))
    .leftJoin(accounts, and(eq(accounts.orgId, deals.orgId), eq(accounts.id, deals.accountId)));

export type DealFilterQuery = Omit<ListDealsQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the deals list, on the deals table alone: shared by the list, its totals and its export. */
export const dealFilters = (scope: Scope, query: DealFilterQuery): SQL =>
  and(
    recordListFilters(scope, dealKind, deals.searchText, query),
    query.pipelineId ? eq(deals.pipelineId, query.pipelineId) : undefined,
    query.stageId ? eq(deals.stageId, query.stageId) : undefined,
    // Open deals never carry a close date: saying so lets the open-deals index serve the list.
    query.stageKind === 'open' ? isNull(deals.closedOn) : undefined,
    query.stageKind
      ? sql`${deals.stageId} in (select st.id from stages st where st.org_id = ${scope.orgId} and st.kind = ${query.stageKind})`
      : undefined,
    query.accountId ? eq(deals.accountId, query.accountId) : undefined,
    query.productLineId
      ? sql`exists (select 1 from deal_line_items li where li.org_id = ${scope.orgId} and li.deal_id = ${deals.id} and li.product_line_id = ${query.productLineId})`
      : undefined,
    query.closedFrom ? gte(deals.closedOn, query.closedFrom) : undefined,
    query.closedTo ? lte(deals.closedOn, query.closedTo) : undefined,
    query.expectedFrom ? gte(deals.expectedCloseDate, query.expectedFrom) : undefined,
    query.expectedTo ? lte(deals.expectedCloseDate, query.expectedTo) : undefined,
    query.minAmount ? gte(deals.amount, query.minAmount) : undefined,
    query.maxAmount ? lte(deals.amount, query.maxAmount) : undefined,
  ) as SQL;

export const dealSortKeys = {
  name: { expr: sql`lower(${deals.name})`, type: 'text', notNull: true },
  amount: { expr: deals.amount, type: 'numeric', notNull: true },
  expectedCloseDate: { expr: deals.expectedCloseDate, type: 'date' },
  closedOn: { expr: deals.closedOn, type: 'date' },
  createdAt: { expr: deals.createdAt, type: 'timestamptz', notNull: true },
  updatedAt: { expr: deals.updatedAt, type: 'timestamptz', notNull: true },
  stage: { expr: stages.position, type: 'integer', notNull: true },
} as const;

/** One page of deals, filtered and sorted. */
export const listDeals = (db: Db, scope: Scope, query: ListDealsQuery) =>
  keysetList(
    { keys: dealSortKeys, id: deals.id, query },
    (keyset) =>
      selectDeals(db, keyset.sortValue)
        .where(and(dealFilters(forSortedPage(scope), query), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.deal.id,
    toDeal,
  );

/** Footer figures: how many deals match, and their amounts summed per currency. */
export const dealTotals = (db: Db, scope: Scope, query: DealFilterQuery) =>
  listTotals(db, deals, dealFilters(scope, query), { amount: deals.amount, currency: deals.currency });

export const findDeal = async (db: Db, scope: Scope, id: string): Promise<Deal | null> => {
  const [row] = await selectDeals(db).where(and(visibleDeal(scope), eq(deals.id, id)));
  return row ? toDeal(row) : null;
};

const withParts = async (db: Db, scope: Scope, deal: Deal): Promise<DealDetail> => ({
  ...deal,
  ...(await loadDealParts(db, scope, deal.id, deal.currency)),
});

/** A deal with its line items, splits and contacts, or null when the scope may not see it. */
export const findDealDetail = async (db: Db, scope: Scope, id: string): Promise<DealDetail | null> => {
  const deal = await findDeal(db, scope, id);
  return deal ? withParts(db, scope, deal) : null;
};

/** The deal as just written, with its parts (see `writtenRow`). */
export const findDealAfterWrite = async (db: Db, scope: Scope, id: string): Promise<DealDetail> => {
  const [row] = await selectDeals(db).where(writtenRow(scope, deals, id));
  return withParts(db, scope, toDeal(orNotFound(row, 'deal')));
};
