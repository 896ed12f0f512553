import { healthSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/client';
import { typed } from '../../platform/http/route-kit';

/** Liveness and database reachability, for load balancers and the operator. */
export const healthRoutes = async (app: FastifyInstance, deps: { database: Database; version: string }) => {
  typed(app).get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Health'],
        summary: 'Is the server up and its database reachable',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const up = await deps.database.ping();
      reply.status(up ? 200 : 503);
      return {
        status: up ? ('ok' as const) : ('degraded' as const),
        database: up ? ('up' as const) : ('down' as const),
        version: deps.version,
      };
    },
  );
};
