import {
  AppError,
  amountProblem,
  type CreateDealInput,
  currencyMinorUnits,
  type DealDetail,
  localDateOf,
  Money,
  planStageMove,
} from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import { type Clock, systemClock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { getOrgRow } from '../orgs/orgs.service';
import { findFirstStage, findStage, type StageInfo } from '../pipelines/pipelines.queries';
import { ensureDefaultPipeline } from '../pipelines/pipelines.service';
import { resolveOwner } from '../records/record-owner';
import {
  amountOfLines,
  checkAccount,
  checkContacts,
  checkSourceLead,
  checkSplits,
  invalid,
  resolveLineItems,
  writeDealParts,
} from './deal-parts';
import { insertStageChanges } from './deal-stage-changes';
import { findDealAfterWrite, findDealDetail } from './deals.queries';
import { deals } from './deals.table';

export const getDeal = async (db: Db, scope: Scope, id: string): Promise<DealDetail> => {
  const deal = await findDealDetail(db, scope, id);
  if (!deal) throw new AppError('NOT_FOUND', 'No such deal');
  return deal;
};

/** An amount checked against its currency and written with its minor unit ("100" → "100.00"). */
export const checkedAmount = (amount: string, currency: string, path = 'amount') => {
  const problem = amountProblem(amount, currency);
  if (problem) throw invalid(path, problem);
  return new Money(amount).toFixed(currencyMinorUnits(currency));
};

export const assertExternalIdFree = async (
  db: Db,
  scope: Scope,
  externalId: string | null | undefined,
  id: string | null,
) => {
  if (!externalId) return;
  const [row] = await db
    .select({ id: deals.id })
    .from(deals)
    .where(and(inOrg(scope, deals.orgId), eq(deals.externalId, externalId)));
  if (row && row.id !== id) {
    throw new AppError('CONFLICT', 'Another deal has this external id', [{ path: 'externalId', message: 'Taken' }]);
  }
};

/** The stage a new deal starts in: the one named, else the first of the pipeline named, else of the default. */
const startStage = async (db: Db, scope: Scope, input: CreateDealInput): Promise<StageInfo> => {
  if (input.stageId) {
    const stage = await findStage(db, scope, input.stageId);
    if (!stage) throw invalid('stageId', 'No such stage');
    if (input.pipelineId && stage.pipelineId !== input.pipelineId) {
      throw invalid('stageId', 'Not a stage of this pipeline');
    }
    return stage;
  }
  const pipelineId = input.pipelineId ?? (await ensureDefaultPipeline(db, scope.orgId));
  const stage = await findFirstStage(db, scope, pipelineId);
  if (!stage) throw invalid('pipelineId', 'No such pipeline');
  if (stage.pipelineArchived) throw invalid('pipelineId', 'That pipeline is archived');
  return stage;
};

/**
 * Creates a deal with its line items, splits and contacts, and the first entry of its stage
 * history, in one transaction (a savepoint when given one, as lead conversion does).
 */
export const createDeal = async (
  db: Db,
  scope: Scope,
  input: CreateDealInput,
  clock: Clock = systemClock,
): Promise<DealDetail> =>
  db.transaction(async (tx) => {
    const org = await getOrgRow(tx, scope.orgId);
    const stage = await startStage(tx, scope, input);
    const currency = input.currency ?? org.currency;
    await checkAccount(tx, scope, input.accountId);
    await checkContacts(tx, scope, input.contactIds ?? []);
    await checkSourceLead(tx, scope, input.sourceLeadId);
    await checkSplits(tx, scope, input.splits ?? []);
    await assertExternalIdFree(tx, scope, input.externalId, null);
    const ownerId = await resolveOwner(tx, scope, input.ownerId);
    const lines = await resolveLineItems(tx, scope, input.lineItems ?? [], currency);
    const amount = lines.length > 0 ? amountOfLines(lines, currency) : checkedAmount(input.amount, currency);
    const now = clock.now();
    const plan = planStageMove({
      from: null,
      to: stage,
      current: { closedOn: null, lostReason: null },
      given: { closedOn: input.closedOn, lostReason: input.lostReason },
      today: localDateOf(now, org.timeZone),
    });
    if (plan.kind === 'invalid') throw invalid(plan.path, plan.message);
    const closing = plan.kind === 'move' ? plan : { closedOn: null, lostReason: null };
    const custom = await mergeCustomValues(tx, scope, 'deals', input.custom);
    const [row] = await tx
      .insert(deals)
      .values({
        orgId: scope.orgId,
        ownerId,
        name: input.name,
        accountId: input.accountId ?? null,
        pipelineId: stage.pipelineId,
        stageId: stage.id,
        amount,
        currency,
        expectedCloseDate: input.expectedCloseDate ?? null,
        closedOn: closing.closedOn,
        lostReason: closing.lostReason,
        competitor: input.competitor ?? null,
        sourceLeadId: input.sourceLeadId ?? null,
        stageEnteredAt: now,
        custom,
        externalId: input.externalId ?? null,
      })
      .returning({ id: deals.id });
    if (!row) throw new AppError('INTERNAL', 'Deal was not created');
    await writeDealParts(tx, scope, row.id, { lines, splits: input.splits, contactIds: input.contactIds });
    await insertStageChanges(tx, scope, [
      { dealId: row.id, from: null, to: stage, fromOwnerId: null, toOwnerId: ownerId, amount, currency, at: now },
    ]);
    await recordAudit(tx, scope, {
      action: 'deal.created',
      entity: 'deal',
      entityId: row.id,
      data: { name: input.name, stageId: stage.id, amount, currency },
    });
    return findDealAfterWrite(tx, scope, row.id);
  });
