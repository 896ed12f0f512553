import {
  compRunLinesQuerySchema,
  compRunLinesSchema,
  compRunSchema,
  createCompRunSchema,
  idParamsSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listRunLines } from './comp-run-lines';
import { runCompPeriod } from './comp-runs.service';

const tags = ['Comp runs'];

/** Period runs: admins compute a period for every rep; each reader sees the lines in their reach. */
export const compRunRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.post(
    '/comp-runs',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Compute a period for every rep from the plans, quotas and won deals, and keep the lines',
        body: createCompRunSchema,
        response: { 201: compRunSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return runCompPeriod(db, principalOf(request).scope, request.body);
    },
  );
  api.get(
    '/comp-runs/:id/lines',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'A run’s earning lines with their explanations: yours, or your people’s',
        params: idParamsSchema,
        querystring: compRunLinesQuerySchema,
        response: { 200: compRunLinesSchema, ...errorResponses },
      },
    },
    async (request) => listRunLines(db, principalOf(request).scope, request.params.id, request.query),
  );
};
