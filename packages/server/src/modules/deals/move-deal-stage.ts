import {
  AppError,
  type DealDetail,
  invalidField,
  localDateOf,
  type MoveDealStageInput,
  planStageMove,
  type SalesRole,
  type StageKind,
} from '@pacer/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { keepDealRollups } from '../metrics/deal-rollups';
import { getOrgRow } from '../orgs/orgs.service';
import { findStage, type StageInfo } from '../pipelines/pipelines.queries';
import { stages } from '../pipelines/pipelines.table';
import { resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { insertStageChanges } from './deal-stage-changes';
import { findDealAfterWrite, visibleDeal } from './deals.queries';
import { deals } from './deals.table';

/** A deal about to move, with the stage it leaves. */
interface MovingDeal {
  id: string;
  ownerId: string;
  stageId: string;
  closedOn: string | null;
  lostReason: string | null;
  amount: string;
  currency: string;
  archived: boolean;
  from: { id: string; pipelineId: string; kind: StageKind; ownerRole: SalesRole | null };
}

const loadMovingDeals = async (db: Db, scope: Scope, ids: string[]): Promise<MovingDeal[]> => {
  const rows = await db
    .select({
      deal: deals,
      fromKind: stages.kind,
      fromOwnerRole: stages.ownerRole,
    })
    .from(deals)
    .innerJoin(stages, and(eq(stages.orgId, deals.orgId), eq(stages.id, deals.stageId)))
    .where(and(visibleDeal(scope), inArray(deals.id, ids)));
  return rows.map(({ deal, fromKind, fromOwnerRole }) => ({
    id: deal.id,
    ownerId: deal.ownerId,
    stageId: deal.stageId,
    closedOn: deal.closedOn,
    lostReason: deal.lostReason,
    amount: deal.amount,
    currency: deal.currency,
    archived: deal.archivedAt !== null,
    from: { id: deal.stageId, pipelineId: deal.pipelineId, kind: fromKind, ownerRole: fromOwnerRole },
  }));
};

const targetStage = async (db: Db, scope: Scope, stageId: string): Promise<StageInfo> => {
  const stage = await findStage(db, scope, stageId);
  if (!stage) throw invalidField('stageId', 'No such stage');
  return stage;
};

interface MoveOptions {
  closedOn: string | null;
  /** The reason given with the move; a lost stage otherwise keeps the deal's own. */
  lostReason: string | null | undefined;
  competitor?: string | null | undefined;
  ownerId?: string | undefined;
}

/**
 * Moves deals to a stage in one statement and appends their history. The stage entry time never
 * goes back before the deal's last change, so the history keeps its order on a coarse clock.
 */
const applyMove = async (
  db: Db,
  scope: Scope,
  moving: MovingDeal[],
  to: StageInfo,
  options: MoveOptions,
  now: Date,
) => {
  if (moving.length === 0) return;
  await keepDealRollups(
    db,
    scope.orgId,
    moving.map((deal) => deal.id),
    () => writeMove(db, scope, moving, to, options, now),
  );
};

const writeMove = async (
  db: Db,
  scope: Scope,
  moving: MovingDeal[],
  to: StageInfo,
  options: MoveOptions,
  now: Date,
) => {
  const at = sql`greatest(${now.toISOString()}::timestamptz, (select max(c.changed_at) + interval '1 millisecond'
    from deal_stage_changes c where c.org_id = "deals"."org_id" and c.deal_id = "deals"."id"))`;
  const moved = await db
    .update(deals)
    .set({
      stageId: to.id,
      pipelineId: to.pipelineId,
      closedOn: options.closedOn,
      lostReason: to.kind === 'lost' ? (options.lostReason ?? sql`${deals.lostReason}`) : null,
      ...(options.competitor !== undefined ? { competitor: options.competitor } : {}),
      ...(options.ownerId ? { ownerId: options.ownerId } : {}),
      stageEnteredAt: at,
      updatedAt: now,
    })
    .where(
      and(
        eq(deals.orgId, scope.orgId),
        inArray(
          deals.id,
          moving.map((deal) => deal.id),
        ),
      ),
    )
    .returning({ id: deals.id, at: deals.stageEnteredAt, ownerId: deals.ownerId });
  const before = new Map(moving.map((deal) => [deal.id, deal]));
  await insertStageChanges(
    db,
    scope,
    moved.map((row) => {
      const deal = before.get(row.id) as MovingDeal;
      return {
        dealId: row.id,
        from: deal.from,
        to,
        fromOwnerId: deal.ownerId,
        toOwnerId: row.ownerId,
        amount: deal.amount,
        currency: deal.currency,
        at: row.at,
      };
    }),
  );
  for (const row of moved) {
    const deal = before.get(row.id) as MovingDeal;
    await recordAudit(db, scope, {
      action: 'deal.stage_changed',
      entity: 'deal',
      entityId: row.id,
      data: {
        stageId: { from: deal.stageId, to: to.id },
        ...(deal.ownerId !== row.ownerId ? { ownerId: { from: deal.ownerId, to: row.ownerId } } : {}),
      },
    });
  }
};

const todayOf = async (db: Db, scope: Scope, now: Date) =>
  localDateOf(now, (await getOrgRow(db, scope.orgId)).timeZone);

/**
 * Moves one deal to a stage (of its pipeline, or of another one to move it there), optionally
 * handing it to another owner. Entering won or lost sets the close date; a lost stage needs a reason.
 */
export const moveDealStage = async (
  db: Db,
  scope: Scope,
  id: string,
  input: MoveDealStageInput,
  clock: Clock,
): Promise<DealDetail> =>
  db.transaction(async (tx) => {
    const deal = orNotFound((await loadMovingDeals(tx, scope, [id]))[0], 'deal');
    if (deal.archived) throw new AppError('RECORD_ARCHIVED', 'This deal is archived: restore it first');
    const to = await targetStage(tx, scope, input.stageId);
    const ownerId = input.ownerId ? await resolveOwner(tx, scope, input.ownerId) : deal.ownerId;
    const now = clock.now();
    const plan = planStageMove({
      from: deal.from,
      to,
      current: deal,
      given: { closedOn: input.closedOn, lostReason: input.lostReason },
      today: await todayOf(tx, scope, now),
    });
    if (plan.kind === 'invalid') throw invalidField(plan.path, plan.message);
    if (plan.kind === 'unchanged') {
      if (ownerId !== deal.ownerId) {
        await keepDealRollups(tx, scope.orgId, [id], () =>
          tx
            .update(deals)
            .set({ ownerId, updatedAt: now })
            .where(and(eq(deals.orgId, scope.orgId), eq(deals.id, id))),
        );
        await recordAudit(tx, scope, {
          action: 'deal.updated',
          entity: 'deal',
          entityId: id,
          data: { ownerId: { from: deal.ownerId, to: ownerId } },
        });
      }
      return findDealAfterWrite(tx, scope, id);
    }
    await applyMove(
      tx,
      scope,
      [deal],
      to,
      { closedOn: plan.closedOn, lostReason: input.lostReason, competitor: input.competitor, ownerId },
      now,
    );
    return findDealAfterWrite(tx, scope, id);
  });

/**
 * Bulk stage change: the deals the scope may change (archived ones and those already there are
 * left alone) move together; one that cannot (a lost stage with no reason) stops the whole batch.
 */
export const changeStageInBulk = async (
  db: Db,
  scope: Scope,
  input: { ids: string[]; stageId: string; lostReason?: string | undefined },
  clock: Clock,
): Promise<{ updated: number }> => {
  const to = await targetStage(db, scope, input.stageId);
  const candidates = (await loadMovingDeals(db, scope, input.ids)).filter(
    (deal) => !deal.archived && deal.stageId !== to.id,
  );
  const now = clock.now();
  const today = await todayOf(db, scope, now);
  const lostReason = input.lostReason?.trim() || undefined;
  let closedOn: string | null = null;
  for (const deal of candidates) {
    const plan = planStageMove({ from: deal.from, to, current: deal, given: { lostReason }, today });
    if (plan.kind === 'invalid') throw invalidField(plan.path, plan.message);
    if (plan.kind === 'move') closedOn = plan.closedOn;
  }
  await applyMove(db, scope, candidates, to, { closedOn, lostReason }, now);
  return { updated: candidates.length };
};
