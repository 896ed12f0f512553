import type { ListPipelinesQuery, Pipeline, SalesRole, Stage, StageKind } from '@pacer/core';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { pipelines, stages } from './pipelines.table';

type StageRow = typeof stages.$inferSelect;
type PipelineRow = typeof pipelines.$inferSelect;

const toStage = (row: StageRow): Stage => ({
  id: row.id,
  pipelineId: row.pipelineId,
  name: row.name,
  position: row.position,
  probability: row.probability,
  kind: row.kind,
  ownerRole: row.ownerRole,
});

const toPipeline = (row: PipelineRow, stageRows: StageRow[]): Pipeline => ({
  id: row.id,
  name: row.name,
  position: row.position,
  isDefault: row.isDefault,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  stages: stageRows.filter((stage) => stage.pipelineId === row.id).map(toStage),
});

/** Pipelines with their ordered stages, in two queries whatever their number. */
const withStages = async (db: Db, scope: Scope, rows: PipelineRow[]): Promise<Pipeline[]> => {
  if (rows.length === 0) return [];
  const stageRows = await db
    .select()
    .from(stages)
    .where(
      and(
        inOrg(scope, stages.orgId),
        inArray(
          stages.pipelineId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(stages.position));
  return rows.map((row) => toPipeline(row, stageRows));
};

/** The org's pipelines (every member sees them all), the default first, then by position. */
export const listPipelines = async (db: Db, scope: Scope, query: ListPipelinesQuery): Promise<Pipeline[]> => {
  const archived =
    query.archived === 'all'
      ? undefined
      : query.archived === 'true'
        ? isNotNull(pipelines.archivedAt)
        : isNull(pipelines.archivedAt);
  const rows = await db
    .select()
    .from(pipelines)
    .where(and(inOrg(scope, pipelines.orgId), archived))
    .orderBy(asc(pipelines.position), asc(pipelines.name));
  return withStages(db, scope, rows);
};

export const findPipeline = async (db: Db, scope: Scope, id: string): Promise<Pipeline | null> => {
  const rows = await db
    .select()
    .from(pipelines)
    .where(and(inOrg(scope, pipelines.orgId), eq(pipelines.id, id)));
  const [pipeline] = await withStages(db, scope, rows);
  return pipeline ?? null;
};

/** A stage as a deal sees it: where it sits, what kind it is, and whether its pipeline is archived. */
export interface StageInfo {
  id: string;
  pipelineId: string;
  pipelineName: string;
  name: string;
  position: number;
  probability: number;
  kind: StageKind;
  ownerRole: SalesRole | null;
  pipelineArchived: boolean;
}

const stageInfoSelection = {
  id: stages.id,
  pipelineId: stages.pipelineId,
  pipelineName: pipelines.name,
  name: stages.name,
  position: stages.position,
  probability: stages.probability,
  kind: stages.kind,
  ownerRole: stages.ownerRole,
  pipelineArchivedAt: pipelines.archivedAt,
};

const selectStageInfo = (db: Db) =>
  db
    .select(stageInfoSelection)
    .from(stages)
    .innerJoin(pipelines, and(eq(pipelines.orgId, stages.orgId), eq(pipelines.id, stages.pipelineId)));

const toStageInfo = ({
  pipelineArchivedAt,
  ...row
}: { pipelineArchivedAt: Date | null } & Omit<StageInfo, 'pipelineArchived'>) => ({
  ...row,
  pipelineArchived: pipelineArchivedAt !== null,
});

/** One stage of the org, or null. */
export const findStage = async (db: Db, scope: Scope, stageId: string): Promise<StageInfo | null> => {
  const [row] = await selectStageInfo(db).where(and(inOrg(scope, stages.orgId), eq(stages.id, stageId)));
  return row ? toStageInfo(row) : null;
};

/** The first stage of a pipeline of the org (deals start there by default), or null. */
export const findFirstStage = async (db: Db, scope: Scope, pipelineId: string): Promise<StageInfo | null> => {
  const [row] = await selectStageInfo(db)
    .where(and(inOrg(scope, stages.orgId), eq(stages.pipelineId, pipelineId)))
    .orderBy(asc(stages.position))
    .limit(1);
  return row ? toStageInfo(row) : null;
};

/** Several stages of the org by id, for moves of many deals at once. */
export const findStages = async (db: Db, scope: Scope, stageIds: string[]): Promise<Map<string, StageInfo>> => {
  if (stageIds.length === 0) return new Map();
  const rows = await selectStageInfo(db).where(and(inOrg(scope, stages.orgId), inArray(stages.id, stageIds)));
  return new Map(rows.map((row) => [row.id, toStageInfo(row)]));
};
