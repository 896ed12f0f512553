import {
  leaderboardQuerySchema,
  leaderboardSchema,
  metricDefinitionSchema,
  metricDefinitions,
  metricValuesQuerySchema,
  metricValuesSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { leaderboard, metricValues } from './metrics.service';

const tags = ['Metrics'];

/** The metric catalog, and any of its metrics over a period for the people the caller may see. */
export const metricRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/metrics',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Every metric goals, quotas and leaderboards can measure: unit, aggregation and filters',
        response: { 200: z.object({ items: z.array(metricDefinitionSchema) }), ...errorResponses },
      },
    },
    async () => ({
      items: metricDefinitions.map((definition) => ({ ...definition, filters: [...definition.filters] })),
    }),
  );

  api.get(
    '/metrics/values',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Metrics over a period from the facts, per rep, day or month, for the people you may see',
        querystring: metricValuesQuerySchema,
        response: { 200: metricValuesSchema, ...errorResponses },
      },
    },
    async (request) => metricValues(db, principalOf(request).scope, request.query),
  );

  api.get(
    '/metrics/leaderboard',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Reps ranked on a metric for a period, with their rank in the period before',
        querystring: leaderboardQuerySchema,
        response: { 200: leaderboardSchema, ...errorResponses },
      },
    },
    async (request) => leaderboard(db, principalOf(request).scope, request.query),
  );
};
