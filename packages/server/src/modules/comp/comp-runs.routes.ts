import {
  compRunDetailSchema,
  compRunLinesQuerySchema,
  compRunLinesSchema,
  compRunListQuerySchema,
  compRunPageSchema,
  compRunSchema,
  createCompRunSchema,
  idParamsSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { compExchangeRateRoutes } from './comp-exchange-rates.routes';
import { listRunLines } from './comp-run-lines';
import { listRuns, readRunDetail } from './comp-run-list';
import { runCompPeriod } from './comp-runs.service';

const tags = ['Comp runs'];

/** Period runs: admins compute a period for every rep, managers for their teams; each reader sees the runs and lines in their reach. */
export const compRunRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const { db } = deps;
  const api = typed(app);
  // The rates runs convert credits with belong to the run, so they register with it.
  await compExchangeRateRoutes(app, deps);
  api.get(
    '/comp-runs',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary:
          'Past runs, newest first: admins all with their totals; others those that paid their people, summed over them',
        querystring: compRunListQuerySchema,
        response: { 200: compRunPageSchema, ...errorResponses },
      },
    },
    async (request) => listRuns(db, principalOf(request).scope, request.query),
  );
  api.get(
    '/comp-runs/:id',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'A past run and what it paid each rep you may see',
        params: idParamsSchema,
        response: { 200: compRunDetailSchema, ...errorResponses },
      },
    },
    async (request) => readRunDetail(db, principalOf(request).scope, request.params.id),
  );
  api.post(
    '/comp-runs',
    {
      config: { access: 'comp:run' },
      schema: {
        tags,
        summary:
          'Compute a period from the plans, quotas and won deals, and keep the lines: admins for every rep or one team’s, managers for the teams they manage',
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
