import {
  type AddCompPlanVersionInput,
  AppError,
  type CompPlanDetail,
  type CreateCompPlanInput,
  invalidField,
  type UpdateCompPlanInput,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { compPlans, compPlanVersions } from './comp.table';
import { checkTerms } from './comp-plan-checks';
import { readPlanDetail } from './comp-plan-rows';

/** Building comp plans: a plan with its first version, later versions from a day on, renaming, archiving. */

interface LockedPlan {
  currency: string;
  archived: boolean;
  latestVersion: number;
  latestFrom: string | null;
}

/**
 * The plan, locked until the transaction ends so two new versions cannot take the same number;
 * another org's plan is not found.
 */
export const lockPlan = async (tx: Db, scope: Scope, id: string): Promise<LockedPlan> => {
  const [row] = await queryRows<{ currency: string; archived: boolean }>(
    tx,
    sql`select currency, archived_at is not null as archived from comp_plans
        where org_id = ${scope.orgId} and id = ${id} for update`,
  );
  if (!row) throw new AppError('NOT_FOUND', 'No such comp plan');
  const [latest] = await queryRows<{ version: number; effective_from: string }>(
    tx,
    sql`select version, effective_from::text from comp_plan_versions
        where org_id = ${scope.orgId} and plan_id = ${id} order by version desc limit 1`,
  );
  return {
    currency: row.currency,
    archived: row.archived,
    latestVersion: Number(latest?.version ?? 0),
    latestFrom: latest?.effective_from ?? null,
  };
};

export const assertPlanActive = (plan: LockedPlan) => {
  if (plan.archived) throw new AppError('RECORD_ARCHIVED', 'This comp plan is archived; restore it first');
};

/** Creates a plan and its version 1 in one transaction; answers the plan. */
export const createCompPlan = async (db: Db, scope: Scope, input: CreateCompPlanInput): Promise<CompPlanDetail> => {
  const id = await db.transaction(async (tx) => {
    await checkTerms(tx, scope, input.currency, input.terms);
    const [plan] = await tx
      .insert(compPlans)
      .values({ orgId: scope.orgId, name: input.name, currency: input.currency, createdBy: scope.userId })
      .returning({ id: compPlans.id });
    if (!plan) throw new AppError('INTERNAL', 'The comp plan was not created');
    const [version] = await tx
      .insert(compPlanVersions)
      .values({
        orgId: scope.orgId,
        planId: plan.id,
        version: 1,
        effectiveFrom: input.effectiveFrom,
        terms: input.terms,
        note: input.note ?? null,
        createdBy: scope.userId,
      })
      .returning({ id: compPlanVersions.id });
    await recordAudit(tx, scope, {
      action: 'comp_plan.created',
      entity: 'comp_plan',
      entityId: plan.id,
      data: { name: input.name, currency: input.currency, versionId: version?.id, effectiveFrom: input.effectiveFrom },
    });
    return plan.id;
  });
  return readPlanDetail(db, scope, id);
};

/** New terms from a day on, as the next version; the versions before stay as they were. */
export const addCompPlanVersion = async (
  db: Db,
  scope: Scope,
  id: string,
  input: AddCompPlanVersionInput,
): Promise<CompPlanDetail> => {
  await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, scope, id);
    assertPlanActive(plan);
    if (plan.latestFrom && input.effectiveFrom < plan.latestFrom) {
      throw invalidField(
        'effectiveFrom',
        `Version ${plan.latestVersion} applies from ${plan.latestFrom}; a new version cannot start before it`,
      );
    }
    await checkTerms(tx, scope, plan.currency, input.terms);
    const version = plan.latestVersion + 1;
    const [row] = await tx
      .insert(compPlanVersions)
      .values({
        orgId: scope.orgId,
        planId: id,
        version,
        effectiveFrom: input.effectiveFrom,
        terms: input.terms,
        note: input.note ?? null,
        createdBy: scope.userId,
      })
      .returning({ id: compPlanVersions.id });
    await recordAudit(tx, scope, {
      action: 'comp_plan.version_added',
      entity: 'comp_plan',
      entityId: id,
      data: { versionId: row?.id, version, effectiveFrom: input.effectiveFrom, note: input.note ?? null },
    });
  });
  return readPlanDetail(db, scope, id);
};

/** One change to a plan's own row, under the plan's lock and in the audit log; answers with the plan. */
const changePlan = async (
  db: Db,
  scope: Scope,
  id: string,
  set: Partial<typeof compPlans.$inferInsert>,
  audit: { action: string; data?: Record<string, unknown> },
): Promise<CompPlanDetail> => {
  await db.transaction(async (tx) => {
    await lockPlan(tx, scope, id);
    await tx
      .update(compPlans)
      .set(set)
      .where(and(eq(compPlans.orgId, scope.orgId), eq(compPlans.id, id)));
    await recordAudit(tx, scope, { ...audit, entity: 'comp_plan', entityId: id });
  });
  return readPlanDetail(db, scope, id);
};

export const renameCompPlan = (db: Db, scope: Scope, clock: Clock, id: string, input: UpdateCompPlanInput) =>
  changePlan(db, scope, id, { name: input.name, updatedAt: clock.now() }, { action: 'comp_plan.updated', data: input });

/** An archived plan takes no new versions or assignments; the ones it has still pay the days they cover. */
export const setCompPlanArchived = (db: Db, scope: Scope, clock: Clock, id: string, archived: boolean) =>
  changePlan(
    db,
    scope,
    id,
    { archivedAt: archived ? clock.now() : null, updatedAt: clock.now() },
    { action: archived ? 'comp_plan.archived' : 'comp_plan.restored' },
  );
