import { auditEventSchema, listAuditQuerySchema, pageOf } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listAuditEvents } from './audit.service';

export const auditRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  typed(app).get(
    '/audit-events',
    {
      config: { access: 'audit:read' },
      schema: {
        tags: ['Audit'],
        summary: 'The org’s audit log, newest first',
        querystring: listAuditQuerySchema,
        response: { 200: pageOf(auditEventSchema), ...errorResponses },
      },
    },
    async (request) => listAuditEvents(deps.db, principalOf(request).scope, request.query),
  );
};
