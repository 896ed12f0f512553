import {
  AppError,
  type BulkActionInput,
  type CreateEstimateInput,
  type Estimate,
  type EstimateStatus,
  invalidField,
  localDateOf,
  type UpdateEstimateInput,
} from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { getOrgRow } from '../orgs/orgs.service';
import { productLines } from '../products/products.table';
import { assertExternalIdFree, checkedAmount, linkedRecord, resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { archiveRecord, bulkUpdateRecords, changedFields } from '../records/record-writes';
import { estimateKind, findEstimate, findEstimateAfterWrite, visibleEstimate } from './estimates.queries';
import { estimates } from './estimates.table';

export const getEstimate = async (db: Db, scope: Scope, id: string): Promise<Estimate> =>
  orNotFound(await findEstimate(db, scope, id), 'estimate');

/** The account must be visible, the product line active, and a deal (if any) visible and at that account. */
const checkLinks = async (
  db: Db,
  scope: Scope,
  next: { accountId: string; productLineId: string; dealId: string | null },
  changed: { accountId?: unknown; productLineId?: unknown; dealId?: unknown },
) => {
  if (changed.accountId !== undefined) await linkedRecord(db, scope, 'account', next.accountId);
  if (changed.productLineId !== undefined) {
    const [line] = await db
      .select({ archivedAt: productLines.archivedAt })
      .from(productLines)
      .where(and(inOrg(scope, productLines.orgId), eq(productLines.id, next.productLineId)));
    if (!line) throw invalidField('productLineId', 'No such product line');
    if (line.archivedAt) throw invalidField('productLineId', 'This product line is archived');
  }
  if (next.dealId && (changed.dealId !== undefined || changed.accountId !== undefined)) {
    const deal = await linkedRecord(db, scope, 'deal', next.dealId);
    if (deal.accountId !== next.accountId) throw invalidField('dealId', 'This deal is at another account');
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
    await assertExternalIdFree(tx, scope, estimateKind, input.externalId, null);
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
    await assertExternalIdFree(tx, scope, estimateKind, input.externalId, id);
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

export const archiveEstimate = (db: Db, scope: Scope, id: string, archived: boolean): Promise<Estimate> =>
  archiveRecord(db, scope, estimateKind, id, archived, (tx) => getEstimate(tx, scope, id));

/** Reassign, archive or restore many estimates; those outside the scope are left alone. */
export const bulkUpdateEstimates = (db: Db, scope: Scope, input: BulkActionInput) =>
  bulkUpdateRecords(db, scope, estimateKind, input);
