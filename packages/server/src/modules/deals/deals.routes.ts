import {
  boardQuerySchema,
  boardSchema,
  createDealSchema,
  dealDetailSchema,
  dealSchema,
  idParamsSchema,
  listDealsQuerySchema,
  moveDealStageSchema,
  stageChangeSchema,
  updateDealSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { registerRecordRoutes } from '../records/record-routes';
import { dealBoard } from './deal-board';
import { listStageChanges } from './deal-stage-changes';
import { dealTotals, listDeals } from './deals.queries';
import { createDeal, getDeal } from './deals.service';
import { moveDealStage } from './move-deal-stage';
import { archiveDeal, bulkUpdateDeals, updateDeal } from './update-deal';

export const dealRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const tags = ['Deals'];
  api.get(
    '/deals/board',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The board of a pipeline: per stage its count, amounts per currency and first deals',
        querystring: boardQuerySchema,
        response: { 200: boardSchema, ...errorResponses },
      },
    },
    async (request) => dealBoard(deps.db, principalOf(request).scope, request.query),
  );
  registerRecordRoutes(app, deps, {
    path: 'deals',
    tag: 'Deals',
    noun: 'deal',
    schemas: {
      listQuery: listDealsQuerySchema,
      create: createDealSchema,
      update: updateDealSchema,
      item: dealSchema,
      detail: dealDetailSchema,
    },
    list: listDeals,
    totals: dealTotals,
    get: getDeal,
    create: (db, scope, input) => createDeal(db, scope, input, deps.clock),
    update: (db, scope, id, input) => updateDeal(db, scope, id, input, deps.clock),
    archive: archiveDeal,
    bulk: (db, scope, input) => bulkUpdateDeals(db, scope, input, deps.clock),
  });
  api.post(
    '/deals/:id/stage',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Move a deal to another stage (won and lost set its close date), optionally handing it on',
        params: idParamsSchema,
        body: moveDealStageSchema,
        response: { 200: dealDetailSchema, ...errorResponses },
      },
    },
    async (request) => moveDealStage(deps.db, principalOf(request).scope, request.params.id, request.body, deps.clock),
  );
  api.get(
    '/deals/:id/stage-changes',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The stages a deal went through, oldest first, with time, author and hand-offs',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(stageChangeSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listStageChanges(deps.db, principalOf(request).scope, request.params.id) }),
  );
};
