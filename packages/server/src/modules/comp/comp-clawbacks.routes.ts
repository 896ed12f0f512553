import { compRefundSchema, createCompRefundSchema, idParamsSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { recordRefund } from './comp-clawbacks.service';

/** Refunds: the fact a clawback recovers from, besides a won deal becoming lost, reopened or archived. */
export const compClawbackRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.post(
    '/deals/:id/refunds',
    {
      config: { access: 'comp:write' },
      schema: {
        tags: ['Comp statements'],
        summary: 'Record a refund on a won deal; the run of its period claws back that share of what was paid (admins)',
        params: idParamsSchema,
        body: createCompRefundSchema,
        response: { 201: compRefundSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return recordRefund(db, principalOf(request).scope, request.params.id, request.body);
    },
  );
};
