import { type Board, type boardQuerySchema, roundToCurrency } from '@pacer/core';
import { and, asc, eq, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ownerInTeam, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { findPipeline } from '../pipelines/pipelines.queries';
import { ensureDefaultPipeline } from '../pipelines/pipelines.service';
import { matchesWords, orNotFound } from '../records/record-queries';
import { selectDeals, toDeal, visibleDeal } from './deals.queries';
import { deals } from './deals.table';

type BoardQuery = z.output<typeof boardQuerySchema>;

/**
 * The board of a pipeline (the default one unless named): per stage the count and amounts per
 * currency of the active deals the scope sees, and the first deals by expected close. Three
 * queries whatever the number of stages: the pipeline, the figures, and the ranked deals.
 */
export const dealBoard = async (db: Db, scope: Scope, query: BoardQuery): Promise<Board> => {
  const pipelineId = query.pipelineId ?? (await ensureDefaultPipeline(db, scope.orgId));
  const pipeline = orNotFound(await findPipeline(db, scope, pipelineId), 'pipeline');
  const where = and(
    visibleDeal(scope),
    eq(deals.pipelineId, pipeline.id),
    isNull(deals.archivedAt),
    query.ownerId ? eq(deals.ownerId, query.ownerId) : undefined,
    query.teamId ? ownerInTeam(scope, deals.ownerId, query.teamId) : undefined,
    query.q ? matchesWords(deals.searchText, query.q) : undefined,
  ) as SQL;
  const figures = await db
    .select({
      stageId: deals.stageId,
      currency: deals.currency,
      count: sql<number>`count(*)::int`,
      sum: sql<string>`sum(${deals.amount})::text`,
    })
    .from(deals)
    .where(where)
    .groupBy(deals.stageId, deals.currency);
  const ranked = db
    .select({
      id: sql<string>`${deals.id}`.as('ranked_id'),
      rank: sql<number>`row_number() over (partition by ${deals.stageId}
        order by ${deals.expectedCloseDate} asc nulls last, ${deals.createdAt} asc, ${deals.id} asc)`.as('rank'),
    })
    .from(deals)
    .where(where)
    .as('ranked');
  const rows = await selectDeals(db)
    .innerJoin(ranked, eq(ranked.id, deals.id))
    .where(and(eq(deals.orgId, scope.orgId), lte(ranked.rank, query.perStage)))
    .orderBy(asc(ranked.rank));
  return {
    pipelineId: pipeline.id,
    pipelineName: pipeline.name,
    columns: pipeline.stages.map((stage) => {
      const mine = figures.filter((figure) => figure.stageId === stage.id).sort((a, b) => b.count - a.count);
      return {
        stage: {
          id: stage.id,
          name: stage.name,
          kind: stage.kind,
          probability: stage.probability,
          ownerRole: stage.ownerRole,
        },
        count: mine.reduce((total, figure) => total + figure.count, 0),
        amounts: mine.map((figure) => ({
          currency: figure.currency,
          sum: roundToCurrency(figure.sum, figure.currency),
        })),
        deals: rows.filter((row) => row.deal.stageId === stage.id).map(toDeal),
      };
    }),
  };
};
