import { AppError, type CreateDealInput, type DealDetail, invalidField, localDateOf, planStageMove } from '@pacer/core';
import type { Scope } from '../../platform/auth/access-policy';
import { type Clock, systemClock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { countNewDeals } from '../metrics/deal-rollups';
import { getOrgRow } from '../orgs/orgs.service';
import { findFirstStage, findStage, type StageInfo } from '../pipelines/pipelines.queries';
import { ensureDefaultPipeline } from '../pipelines/pipelines.service';
import { assertExternalIdFree, checkedAmount, linkedRecord, resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { amountOfLines, checkContacts, checkSplits, resolveLineItems, writeDealParts } from './deal-parts';
import { insertStageChanges } from './deal-stage-changes';
import { dealKind, findDealAfterWrite, findDealDetail } from './deals.queries';
import { deals } from './deals.table';

export const getDeal = async (db: Db, scope: Scope, id: string): Promise<DealDetail> =>
  orNotFound(await findDealDetail(db, scope, id), 'deal');

/** The stage a new deal starts in: the one named, else the first of the pipeline named, else of the default. */
const startStage = async (db: Db, scope: Scope, input: CreateDealInput): Promise<StageInfo> => {
  if (input.stageId) {
    const stage = await findStage(db, scope, input.stageId);
    if (!stage) throw invalidField('stageId', 'No such stage');
    if (input.pipelineId && stage.pipelineId !== input.pipelineId) {
      throw invalidField('stageId', 'Not a stage of this pipeline');
    }
    return stage;
  }
  const pipelineId = input.pipelineId ?? (await ensureDefaultPipeline(db, scope.orgId));
  const stage = await findFirstStage(db, scope, pipelineId);
  if (!stage) throw invalidField('pipelineId', 'No such pipeline');
  if (stage.pipelineArchived) throw invalidField('pipelineId', 'That pipeline is archived');
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
    if (input.accountId) await linkedRecord(tx, scope, 'account', input.accountId);
    await checkContacts(tx, scope, input.contactIds ?? []);
    if (input.sourceLeadId) await linkedRecord(tx, scope, 'lead', input.sourceLeadId, 'sourceLeadId');
    await checkSplits(tx, scope, input.splits ?? []);
    await assertExternalIdFree(tx, scope, dealKind, input.externalId, null);
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
    if (plan.kind === 'invalid') throw invalidField(plan.path, plan.message);
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
    await countNewDeals(tx, scope.orgId, [row.id]);
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
