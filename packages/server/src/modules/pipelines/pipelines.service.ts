import {
  AppError,
  type CreatePipelineInput,
  invalidField,
  type Pipeline,
  type SalesRole,
  type StageKind,
  type UpdatePipelineInput,
} from '@pacer/core';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { orNotFound } from '../records/record-queries';
import { writeStages } from './pipeline-stages';
import { findPipeline } from './pipelines.queries';
import { pipelines, stages } from './pipelines.table';

/** The stages of the pipeline every new org starts with. */
export const defaultStages: { name: string; probability: number; kind: StageKind; ownerRole: SalesRole | null }[] = [
  { name: 'Prospecting', probability: 10, kind: 'open', ownerRole: null },
  { name: 'Qualified', probability: 25, kind: 'open', ownerRole: null },
  { name: 'Proposal', probability: 50, kind: 'open', ownerRole: null },
  { name: 'Negotiation', probability: 75, kind: 'open', ownerRole: null },
  { name: 'Won', probability: 100, kind: 'won', ownerRole: null },
  { name: 'Lost', probability: 0, kind: 'lost', ownerRole: null },
];

const defaultPipelineId = async (db: Db, orgId: string): Promise<string | null> => {
  const [row] = await db
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(and(eq(pipelines.orgId, orgId), eq(pipelines.isDefault, true)));
  return row?.id ?? null;
};

/**
 * The org's default pipeline, made when missing: an active pipeline becomes the default, or a
 * "New business" pipeline with the usual stages is created. Sign-up calls it; so does the first deal.
 */
export const ensureDefaultPipeline = async (db: Db, orgId: string): Promise<string> => {
  const existing = await defaultPipelineId(db, orgId);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    // Two first deals at once must not both make a default pipeline.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${orgId}))`);
    const again = await defaultPipelineId(tx, orgId);
    if (again) return again;
    const [active] = await tx
      .select({ id: pipelines.id })
      .from(pipelines)
      .where(and(eq(pipelines.orgId, orgId), isNull(pipelines.archivedAt)))
      .orderBy(asc(pipelines.position))
      .limit(1);
    if (active) {
      await tx
        .update(pipelines)
        .set({ isDefault: true })
        .where(and(eq(pipelines.orgId, orgId), eq(pipelines.id, active.id)));
      return active.id;
    }
    const [row] = await tx
      .insert(pipelines)
      .values({ orgId, name: 'New business', position: 0, isDefault: true })
      .returning({ id: pipelines.id });
    if (!row) throw new AppError('INTERNAL', 'Pipeline was not created');
    await tx
      .insert(stages)
      .values(defaultStages.map((stage, position) => ({ ...stage, orgId, pipelineId: row.id, position })));
    return row.id;
  });
};

export const getPipeline = async (db: Db, scope: Scope, id: string): Promise<Pipeline> =>
  orNotFound(await findPipeline(db, scope, id), 'pipeline');

const assertNameFree = async (db: Db, scope: Scope, name: string, id: string | null) => {
  const [row] = await db
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(and(inOrg(scope, pipelines.orgId), sql`lower(${pipelines.name}) = lower(${name})`));
  if (row && row.id !== id) {
    throw new AppError('CONFLICT', 'Another pipeline has this name', [{ path: 'name', message: 'Taken' }]);
  }
};

/** Makes a pipeline the org's only default. */
const makeDefault = async (db: Db, scope: Scope, id: string) => {
  await db
    .update(pipelines)
    .set({ isDefault: false })
    .where(and(inOrg(scope, pipelines.orgId), eq(pipelines.isDefault, true)));
  await db
    .update(pipelines)
    .set({ isDefault: true })
    .where(and(inOrg(scope, pipelines.orgId), eq(pipelines.id, id)));
};

export const createPipeline = async (db: Db, scope: Scope, input: CreatePipelineInput): Promise<Pipeline> =>
  db.transaction(async (tx) => {
    await assertNameFree(tx, scope, input.name, null);
    const [row] = await tx
      .insert(pipelines)
      .values({
        orgId: scope.orgId,
        name: input.name,
        position: sql`(select coalesce(max(position), -1) + 1 from pipelines where org_id = ${scope.orgId})`,
      })
      .returning({ id: pipelines.id });
    if (!row) throw new AppError('INTERNAL', 'Pipeline was not created');
    await writeStages(tx, scope, row.id, input.stages);
    // The org's first pipeline is its default whatever was asked.
    const hasDefault = await queryRows<{ found: boolean }>(
      tx,
      sql`select exists (select 1 from pipelines where org_id = ${scope.orgId} and is_default) as found`,
    );
    if (input.isDefault || !hasDefault[0]?.found) await makeDefault(tx, scope, row.id);
    await recordAudit(tx, scope, {
      action: 'pipeline.created',
      entity: 'pipeline',
      entityId: row.id,
      data: { name: input.name, stages: input.stages.map((stage) => stage.name) },
    });
    return getPipeline(tx, scope, row.id);
  });

export const updatePipeline = async (db: Db, scope: Scope, id: string, input: UpdatePipelineInput): Promise<Pipeline> =>
  db.transaction(async (tx) => {
    const before = await getPipeline(tx, scope, id);
    const data: Record<string, unknown> = {};
    if (input.name !== undefined && input.name !== before.name) {
      await assertNameFree(tx, scope, input.name, id);
      await tx
        .update(pipelines)
        .set({ name: input.name })
        .where(and(inOrg(scope, pipelines.orgId), eq(pipelines.id, id)));
      data.name = { from: before.name, to: input.name };
    }
    if (input.isDefault === false && before.isDefault) {
      throw invalidField('isDefault', 'Make another pipeline the default instead');
    }
    if (input.isDefault && !before.isDefault) {
      if (before.archivedAt) throw invalidField('isDefault', 'An archived pipeline cannot be the default');
      await makeDefault(tx, scope, id);
      data.isDefault = { from: false, to: true };
    }
    if (input.stages) {
      await writeStages(tx, scope, id, input.stages, before.stages);
      data.stages = { from: before.stages.map((stage) => stage.name), to: input.stages.map((stage) => stage.name) };
    }
    if (Object.keys(data).length > 0) {
      await recordAudit(tx, scope, { action: 'pipeline.updated', entity: 'pipeline', entityId: id, data });
    }
    return getPipeline(tx, scope, id);
  });

/** Archives a pipeline (its deals stay, no new deal enters it) or brings it back. The default stays active. */
export const archivePipeline = async (db: Db, scope: Scope, id: string, archived: boolean): Promise<Pipeline> =>
  db.transaction(async (tx) => {
    const before = await getPipeline(tx, scope, id);
    if (archived && before.isDefault) {
      throw new AppError('CONFLICT', 'The default pipeline cannot be archived: make another one the default first');
    }
    if ((before.archivedAt !== null) === archived) return before;
    await tx
      .update(pipelines)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(inOrg(scope, pipelines.orgId), eq(pipelines.id, id)));
    await recordAudit(tx, scope, {
      action: archived ? 'pipeline.archived' : 'pipeline.restored',
      entity: 'pipeline',
      entityId: id,
    });
    return getPipeline(tx, scope, id);
  });
