import { AppError, invalidField, type Stage, type stageInputSchema } from '@pacer/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { stages } from './pipelines.table';

type StageInput = z.output<typeof stageInputSchema>;

const inUse = (path: string, message: string) => new AppError('IN_USE', message, [{ path, message }]);

/** For each stage, whether a deal sits in it now, and whether any deal ever entered or left it. */
const stageUsage = async (db: Db, scope: Scope, ids: string[]) => {
  if (ids.length === 0) return new Map<string, { holds: boolean; passed: boolean }>();
  const rows = await queryRows<{ id: string; holds: boolean; passed: boolean }>(
    db,
    sql`select s.id,
          exists (select 1 from deals d where d.org_id = s.org_id and d.stage_id = s.id) as holds,
          exists (select 1 from deal_stage_changes c
                  where c.org_id = s.org_id and (c.to_stage_id = s.id or c.from_stage_id = s.id)) as passed
        from stages s
        where s.org_id = ${scope.orgId} and s.id = any(${sql.param(ids)}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, row]));
};

/**
 * Writes a pipeline's stages as the whole ordered list: stages named by id are kept (their deals
 * with them), new ones added, the rest removed — only when no deal sits in them or ever passed
 * through them, so the history the funnel is computed from stays whole.
 */
export const writeStages = async (
  db: Db,
  scope: Scope,
  pipelineId: string,
  input: StageInput[],
  existing: Stage[] = [],
) => {
  const byId = new Map(existing.map((stage) => [stage.id, stage]));
  input.forEach((stage, index) => {
    if (stage.id && !byId.has(stage.id)) {
      throw invalidField(`stages.${index}.id`, 'Not a stage of this pipeline');
    }
  });
  const keptIds = new Set(input.flatMap((stage) => (stage.id ? [stage.id] : [])));
  const removed = existing.filter((stage) => !keptIds.has(stage.id));
  const usage = await stageUsage(
    db,
    scope,
    existing.map((stage) => stage.id),
  );
  for (const stage of removed) {
    const used = usage.get(stage.id);
    if (used?.holds || used?.passed) {
      throw inUse('stages', `Deals are in or passed through "${stage.name}": it cannot be removed`);
    }
  }
  input.forEach((stage, index) => {
    const before = stage.id ? byId.get(stage.id) : undefined;
    if (before && before.kind !== stage.kind && usage.get(before.id)?.holds) {
      throw inUse(`stages.${index}.kind`, `Deals are in "${before.name}": move them before changing its kind`);
    }
  });
  if (removed.length > 0) {
    await db.delete(stages).where(
      and(
        inOrg(scope, stages.orgId),
        inArray(
          stages.id,
          removed.map((stage) => stage.id),
        ),
      ),
    );
  }
  const fresh: (typeof stages.$inferInsert)[] = [];
  for (const [position, stage] of input.entries()) {
    const values = {
      name: stage.name,
      probability: stage.probability,
      kind: stage.kind,
      ownerRole: stage.ownerRole ?? null,
      position,
    };
    if (stage.id) {
      await db
        .update(stages)
        .set(values)
        .where(and(inOrg(scope, stages.orgId), eq(stages.id, stage.id)));
    } else {
      fresh.push({ ...values, orgId: scope.orgId, pipelineId });
    }
  }
  if (fresh.length > 0) await db.insert(stages).values(fresh);
};
