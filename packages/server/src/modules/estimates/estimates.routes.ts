import {
  createEstimateSchema,
  estimateSchema,
  estimateSummaryQuerySchema,
  estimateSummarySchema,
  listEstimatesQuerySchema,
  updateEstimateSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { registerRecordRoutes } from '../records/record-routes';
import { estimateSummary } from './estimate-summary';
import { estimateTotals, listEstimates } from './estimates.queries';
import { archiveEstimate, bulkUpdateEstimates, createEstimate, getEstimate, updateEstimate } from './estimates.service';

export const estimateRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  typed(app).get(
    '/estimates/summary',
    {
      config: { access: 'crm:read' },
      schema: {
        tags: ['Estimates'],
        summary: 'Estimates counted and summed by rep × product line × month',
        querystring: estimateSummaryQuerySchema,
        response: { 200: estimateSummarySchema, ...errorResponses },
      },
    },
    async (request) => estimateSummary(deps.db, principalOf(request).scope, request.query),
  );
  registerRecordRoutes(app, deps, {
    path: 'estimates',
    tag: 'Estimates',
    noun: 'estimate',
    schemas: {
      listQuery: listEstimatesQuerySchema,
      create: createEstimateSchema,
      update: updateEstimateSchema,
      item: estimateSchema,
      detail: estimateSchema,
    },
    list: listEstimates,
    totals: estimateTotals,
    get: getEstimate,
    create: (db, scope, input) => createEstimate(db, scope, input, deps.clock),
    update: (db, scope, id, input) => updateEstimate(db, scope, id, input, deps.clock),
    archive: archiveEstimate,
    bulk: bulkUpdateEstimates,
  });
};
