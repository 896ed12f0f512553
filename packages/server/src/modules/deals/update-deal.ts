import {
  AppError,
  type BulkActionInput,
  closeFieldsProblem,
  type DealDetail,
  type DealLineItemInput,
  hasPermission,
  invalidField,
  invoicePaidProblem,
  localDateOf,
  type UpdateDealInput,
} from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { keepDealRollups } from '../metrics/deal-rollups';
import { getOrgRow } from '../orgs/orgs.service';
import { assertExternalIdFree, checkedAmount, linkedRecord, resolveOwner } from '../records/record-checks';
import { archiveRecord, bulkUpdateRecords, changedFields, type FieldChanges } from '../records/record-writes';
import {
  amountOfLines,
  checkContacts,
  checkSplits,
  type ResolvedLine,
  resolveLineItems,
  writeDealParts,
} from './deal-parts';
import { dealKind, findDealAfterWrite, visibleDeal } from './deals.queries';
import { getDeal } from './deals.service';
import { deals } from './deals.table';
import { changeStageInBulk } from './move-deal-stage';

/** The line items a deal has, as input again (to re-total them in another currency). */
const linesAsInput = (deal: DealDetail): DealLineItemInput[] =>
  deal.lineItems.map((line) => ({
    productId: line.productId,
    productName: line.productName,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    discountPercent: line.discountPercent,
  }));

const describeLines = (lines: { productName: string; quantity: string; total: string }[]) =>
  lines.map((line) => `${line.quantity} × ${line.productName} = ${line.total}`);

/** Changes a deal; its stage moves through `moveDealStage`, never here. */
export const updateDeal = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateDealInput,
  clock: Clock,
): Promise<DealDetail> =>
  db.transaction((tx) => keepDealRollups(tx, scope.orgId, [id], () => writeDealChange(tx, scope, id, input, clock)));

/**
 * Rejects an invoice payment day the deal cannot have (not won, in the future). It releases pay
 * held for the invoice, so only those who approve pay record it, not the rep paid by it.
 */
const assertInvoicePaidOn = async (tx: Db, scope: Scope, before: DealDetail, paidOn: string | null, clock: Clock) => {
  if (!hasPermission(scope.role, 'comp:write')) {
    throw new AppError('FORBIDDEN', 'Only admins may mark an invoice paid: it releases commission');
  }
  const timeZone = scope.org?.timeZone ?? (await getOrgRow(tx, scope.orgId)).timeZone;
  const problem = invoicePaidProblem(before.stageKind, paidOn, localDateOf(clock.now(), timeZone));
  if (problem) throw invalidField('invoicePaidOn', problem);
};

const writeDealChange = async (
  tx: Db,
  scope: Scope,
  id: string,
  input: UpdateDealInput,
  clock: Clock,
): Promise<DealDetail> => {
  const before = await getDeal(tx, scope, id);
  // Checked only when it changes: a form sending the deal back as it is must not trip on it.
  if (input.invoicePaidOn !== undefined && input.invoicePaidOn !== before.invoicePaidOn) {
    await assertInvoicePaidOn(tx, scope, before, input.invoicePaidOn, clock);
  }
  const currency = input.currency ?? before.currency;
  if (input.accountId) await linkedRecord(tx, scope, 'account', input.accountId);
  if (input.contactIds) await checkContacts(tx, scope, input.contactIds);
  if (input.sourceLeadId) await linkedRecord(tx, scope, 'lead', input.sourceLeadId, 'sourceLeadId');
  if (input.splits) await checkSplits(tx, scope, input.splits);
  await assertExternalIdFree(tx, scope, dealKind, input.externalId, id);
  const ownerId = input.ownerId === undefined ? undefined : await resolveOwner(tx, scope, input.ownerId);
  // Line items given replace the old ones; a new currency re-totals the old ones.
  let lines: ResolvedLine[] | undefined;
  if (input.lineItems) lines = await resolveLineItems(tx, scope, input.lineItems, currency);
  else if (currency !== before.currency && before.lineItems.length > 0) {
    lines = await resolveLineItems(tx, scope, linesAsInput(before), currency);
  }
  const hasLines = lines ? lines.length > 0 : before.lineItems.length > 0;
  const amount = hasLines
    ? lines
      ? amountOfLines(lines, currency)
      : undefined
    : input.amount !== undefined || currency !== before.currency
      ? checkedAmount(input.amount ?? before.amount, currency)
      : undefined;
  const closedOn = input.closedOn === undefined ? before.closedOn : input.closedOn;
  const lostReason = input.lostReason === undefined ? before.lostReason : input.lostReason;
  if (input.closedOn !== undefined || input.lostReason !== undefined) {
    const problem = closeFieldsProblem(before.stageKind, { closedOn, lostReason });
    if (problem) throw invalidField(problem.path, problem.message);
  }
  const custom = await mergeCustomValues(tx, scope, 'deals', input.custom, before.custom);
  const values = {
    name: input.name,
    accountId: input.accountId,
    amount,
    currency: input.currency,
    expectedCloseDate: input.expectedCloseDate,
    closedOn: input.closedOn,
    invoicePaidOn: input.invoicePaidOn,
    lostReason: input.lostReason,
    competitor: input.competitor,
    sourceLeadId: input.sourceLeadId,
    externalId: input.externalId,
    ownerId,
    custom,
  };
  const changes: FieldChanges = changedFields(before, values);
  if (lines) {
    const [from, to] = [describeLines(before.lineItems), describeLines(lines)];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.lineItems = { from, to };
  }
  for (const [field, next] of [
    ['splits', input.splits?.map((split) => `${split.userId} ${split.percent}%`)],
    ['contactIds', input.contactIds],
  ] as const) {
    const previous =
      field === 'splits'
        ? before.splits.map((split) => `${split.userId} ${split.percent}%`)
        : before.contacts.map((contact) => contact.contactId);
    if (next && JSON.stringify([...previous].sort()) !== JSON.stringify([...next].sort())) {
      changes[field] = { from: previous, to: next };
    }
  }
  if (Object.keys(changes).length === 0) return before;
  await tx
    .update(deals)
    .set({ ...values, updatedAt: new Date() })
    .where(and(visibleDeal(scope), eq(deals.id, id)));
  await writeDealParts(tx, scope, id, { lines, splits: input.splits, contactIds: input.contactIds });
  await recordAudit(tx, scope, { action: 'deal.updated', entity: 'deal', entityId: id, data: changes });
  return findDealAfterWrite(tx, scope, id);
};

export const archiveDeal = (db: Db, scope: Scope, id: string, archived: boolean): Promise<DealDetail> =>
  archiveRecord(db, scope, dealKind, id, archived, (tx) => getDeal(tx, scope, id));

/** Reassign, archive, restore or move many deals at once; deals outside the scope are left alone. */
export const bulkUpdateDeals = (db: Db, scope: Scope, input: BulkActionInput, clock: Clock) =>
  bulkUpdateRecords(db, scope, dealKind, input, {
    changeStage: (tx, move) => changeStageInBulk(tx, scope, move, clock),
  });
