import { isHandoff, roundToCurrency, type StageChange } from '@pacer/core';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import type { StageInfo } from '../pipelines/pipelines.queries';
import { stages } from '../pipelines/pipelines.table';
import { orNotFound } from '../records/record-queries';
import { findDeal } from './deals.queries';
import { dealStageChanges } from './deals.table';

/** One stage a deal entered, to append to its history. */
export interface StageChangeEntry {
  dealId: string;
  from: Pick<StageInfo, 'id' | 'ownerRole'> | null;
  to: Pick<StageInfo, 'id' | 'ownerRole'>;
  fromOwnerId: string | null;
  toOwnerId: string;
  amount: string;
  currency: string;
  at: Date;
}

/** Appends entries to the deals' stage history (never updated), marking hand-offs between roles or owners. */
export const insertStageChanges = async (db: Db, scope: Scope, entries: StageChangeEntry[]) => {
  if (entries.length === 0) return;
  await db.insert(dealStageChanges).values(
    entries.map((entry) => ({
      orgId: scope.orgId,
      dealId: entry.dealId,
      fromStageId: entry.from?.id ?? null,
      toStageId: entry.to.id,
      changedAt: entry.at,
      changedById: scope.userId,
      fromOwnerId: entry.fromOwnerId,
      toOwnerId: entry.toOwnerId,
      handoff: isHandoff(entry.from, entry.to, entry.fromOwnerId, entry.toOwnerId),
      amount: entry.amount,
      currency: entry.currency,
    })),
  );
};

const fromStage = alias(stages, 'from_stage');
const toStage = alias(stages, 'to_stage');

/** A deal's stage history, oldest first (its creation is the first entry). */
export const listStageChanges = async (db: Db, scope: Scope, dealId: string): Promise<StageChange[]> => {
  orNotFound(await findDeal(db, scope, dealId), 'deal');
  const rows = await db
    .select({
      change: dealStageChanges,
      fromStageName: fromStage.name,
      toStageName: toStage.name,
      changedByName: users.name,
    })
    .from(dealStageChanges)
    .leftJoin(
      fromStage,
      and(eq(fromStage.orgId, dealStageChanges.orgId), eq(fromStage.id, dealStageChanges.fromStageId)),
    )
    .innerJoin(toStage, and(eq(toStage.orgId, dealStageChanges.orgId), eq(toStage.id, dealStageChanges.toStageId)))
    .leftJoin(users, eq(users.id, dealStageChanges.changedById))
    .where(and(inOrg(scope, dealStageChanges.orgId), eq(dealStageChanges.dealId, dealId)))
    .orderBy(asc(dealStageChanges.changedAt), asc(dealStageChanges.id));
  return rows.map(({ change, fromStageName, toStageName, changedByName }) => ({
    id: change.id,
    dealId: change.dealId,
    fromStageId: change.fromStageId,
    fromStageName,
    toStageId: change.toStageId,
    toStageName,
    changedAt: change.changedAt.toISOString(),
    changedById: change.changedById,
    changedByName,
    fromOwnerId: change.fromOwnerId,
    toOwnerId: change.toOwnerId,
    handoff: change.handoff,
    amount: roundToCurrency(change.amount, change.currency),
  }));
};
