import {
  AppError,
  amountProblem,
  type BulkActionInput,
  type CreateEstimateInput,
  currencyMinorUnits,
  type Estimate,
  type EstimateStatus,
  localDateOf,
  Money,
  type UpdateEstimateInput,
} from '@pacer/core';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { visibleAccount } from '../accounts/accounts.queries';
import { accounts } from '../accounts/accounts.table';
import { recordAudit } from '../audit/audit.service';
import { visibleDeal } from '../deals/deals.queries';
import { deals } from '../deals/deals.table';
import { getOrgRow } from '../orgs/orgs.service';
import { productLines } from '../products/products.table';
import { changedFields } from '../records/record-changes';
import { resolveOwner } from '../records/record-owner';
import { findEstimate, findEstimateAfterWrite, visibleEstimate } from './estimates.queries';
import { estimates } from './estimates.table';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

export const getEstimate = async (db: Db, scope: Scope, id: string): Promise<Estimate> => {
  const estimate = await findEstimate(db, scope, id);
  if (!estimate) throw new AppError('NOT_FOUND', 'No such estimate');
  return estimate;
};

/** The account must be visible, the product line active, and a deal (if any) visible and at that account. */
const checkLinks = async (
  db: Db,
  scope: Scope,
  next: { accountId: string; productLineId: string; dealId: string | null },
  changed: { accountId?: unknown; productLineId?: unknown; dealId?: unknown },
) => {
  if (changed.accountId !== undefined) {
    const [account] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(visibleAccount(scope), eq(accounts.id, next.accountId)));
    if (!account) throw invalid('accountId', 'No such account');
  }
  if (changed.productLineId !== undefined) {
    const [line] = await db
      .select({ archivedAt: productLines.archivedAt })
      .from(productLines)
      .where(and(inOrg(scope, productLines.orgId), eq(productLines.id, next.productLineId)));
    if (!line) throw invalid('productLineId', 'No such product line');
    if (line.archivedAt) throw invalid('productLineId', 'This product line is archived');
  }
  if (next.dealId && (changed.dealId !== undefined || changed.accountId !== undefined)) {
    const [deal] = await db
      .select({ accountId: deals.accountId })
      .from(deals)
      .where(and(visibleDeal(scope), eq(deals.id, next.dealId)));
    if (!deal) throw invalid('dealId', 'No such deal');
    if (deal.accountId !== next.accountId) throw invalid('dealId', 'This deal is at another account');
  }
};

const checkedAmount = (amount: string, currency: string) => {
  const problem = amountProblem(amount, currency);
  if (problem) throw invalid('amount', problem);
  return new Money(amount).toFixed(currencyMinorUnits(currency));
};

const assertExternalIdFree = async (db: Db, scope: Scope, externalId: string | null | undefined, id: string | null) => {
  if (!externalId) return;
  const [row] = await db
    .select({ id: estimates.id })
    .from(estimates)
    .where(and(inOrg(scope, estimates.orgId), eq(estimates.externalId, externalId)));
  if (row && row.id !== id) {
    throw new AppError('CONFLICT', 'Another estimate has this external id', [{ path: 'externalId', message: 'Taken' }]);
  }
};

/** When it was sent: set when the status leaves draft (kept after), cleared when it goes back to draft. */
const sentAtFor = (status: EstimateStatus, before: Date | null, now: Date): Date | null =>
  status === 'draft' ? null : (before ?? now);

export const createEstimate = async (
  db: Db,
  scope: Scope,
  input: CreateEstimateInput,
  clock: Clock,
): Promise<Estimate> =>
  db.transaction(async (tx) => {
    const org = await getOrgRow(tx, scope.orgId);
    const dealId = input.dealId ?? null;
    await checkLinks(tx, scope, { ...input, dealId }, input);
    await assertExternalIdFree(tx, scope, input.externalId, null);
    const ownerId = await resolveOwner(tx, scope, input.ownerId);
    const currency = input.currency ?? org.currency;
    const now = clock.now();
    const [row] = await tx
      .insert(estimates)
      .values({
        orgId: scope.orgId,
        ownerId,
        number: input.number ?? null,
        accountId: input.accountId,
        dealId,
        productLineId: input.productLineId,
        amount: checkedAmount(input.amount, currency),
        currency,
        status: input.status,
        estimateDate: input.estimateDate ?? localDateOf(now, org.timeZone),
        sentAt: sentAtFor(input.status, null, now),
        notes: input.notes ?? null,
        externalId: input.externalId ?? null,
      })
      .returning({ id: estimates.id });
    if (!row) throw new AppError('INTERNAL', 'Estimate was not created');
    await recordAudit(tx, scope, {
      action: 'estimate.created',
      entity: 'estimate',
      entityId: row.id,
      data: {
        accountId: input.accountId,
        productLineId: input.productLineId,
        amount: input.amount,
        status: input.status,
      },
    });
    return findEstimateAfterWrite(tx, scope, row.id);
  });

export const updateEstimate = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateEstimateInput,
  clock: Clock,
): Promise<Estimate> =>
  db.transaction(async (tx) => {
    const before = await getEstimate(tx, scope, id);
    const next = {
      accountId: input.accountId ?? before.accountId,
      productLineId: input.productLineId ?? before.productLineId,
      dealId: input.dealId === undefined ? before.dealId : input.dealId,
    };
    await checkLinks(tx, scope, next, input);
    await assertExternalIdFree(tx, scope, input.externalId, id);
    const ownerId = input.ownerId === undefined ? undefined : await resolveOwner(tx, scope, input.ownerId);
    const currency = input.currency ?? before.currency;
    const amount =
      input.amount !== undefined || currency !== before.currency
        ? checkedAmount(input.amount ?? before.amount, currency)
        : undefined;
    const values = {
      number: input.number,
      accountId: input.accountId,
      dealId: input.dealId,
      productLineId: input.productLineId,
      amount,
      currency: input.currency,
      status: input.status,
      estimateDate: input.estimateDate,
      notes: input.notes,
      externalId: input.externalId,
      ownerId,
    };
    const changes = changedFields(before, values);
    if (Object.keys(changes).length === 0) return before;
    const sentAt = input.status
      ? sentAtFor(input.status, before.sentAt ? new Date(before.sentAt) : null, clock.now())
      : undefined;
    await tx
      .update(estimates)
      .set({ ...values, sentAt, updatedAt: new Date() })
      .where(and(visibleEstimate(scope), eq(estimates.id, id)));
    await recordAudit(tx, scope, { action: 'estimate.updated', entity: 'estimate', entityId: id, data: changes });
    return findEstimateAfterWrite(tx, scope, id);
  });

const setArchived = async (db: Db, scope: Scope, ids: string[], archived: boolean): Promise<number> => {
  const changed = await db
    .update(estimates)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(
      and(
        visibleEstimate(scope),
        inArray(estimates.id, ids),
        archived ? isNull(estimates.archivedAt) : isNotNull(estimates.archivedAt),
      ),
    )
    .returning({ id: estimates.id });
  for (const { id } of changed) {
    await recordAudit(db, scope, {
      action: archived ? 'estimate.archived' : 'estimate.restored',
      entity: 'estimate',
      entityId: id,
    });
  }
  return changed.length;
};

export const archiveEstimate = async (db: Db, scope: Scope, id: string, archived: boolean): Promise<Estimate> =>
  db.transaction(async (tx) => {
    await getEstimate(tx, scope, id);
    await setArchived(tx, scope, [id], archived);
    return getEstimate(tx, scope, id);
  });

/** Reassign, archive or restore many estimates; those outside the scope are left alone. */
export const bulkUpdateEstimates = async (db: Db, scope: Scope, input: BulkActionInput): Promise<{ updated: number }> =>
  db.transaction(async (tx) => {
    switch (input.action) {
      case 'archive':
      case 'restore':
        return { updated: await setArchived(tx, scope, input.ids, input.action === 'archive') };
      case 'reassign': {
        const ownerId = await resolveOwner(tx, scope, input.ownerId);
        const changed = await tx
          .update(estimates)
          .set({ ownerId, updatedAt: new Date() })
          .where(and(visibleEstimate(scope), inArray(estimates.id, input.ids), sql`${estimates.ownerId} <> ${ownerId}`))
          .returning({ id: estimates.id });
        for (const { id } of changed) {
          await recordAudit(tx, scope, {
            action: 'estimate.updated',
            entity: 'estimate',
            entityId: id,
            data: { ownerId: { to: ownerId } },
          });
        }
        return { updated: changed.length };
      }
      case 'change_stage':
        throw invalid('action', 'Estimates have no stages');
    }
  });
