import {
  compStatementDetailSchema,
  compStatementListQuerySchema,
  compStatementSchema,
  idParamsSchema,
  pageOf,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { readStatementDetail } from './comp-statements.detail';
import { listStatements } from './comp-statements.queries';
import { moveStatement } from './comp-statements.service';

const tags = ['Comp statements'];

/** Statements: reps read their own, managers their people's, admins all; managers review, admins approve and pay. */
export const compStatementRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/comp-statements',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'Statements you may see: your own, your people’s, or all for admins; newest period first',
        querystring: compStatementListQuerySchema,
        response: { 200: pageOf(compStatementSchema), ...errorResponses },
      },
    },
    async (request) => listStatements(db, principalOf(request).scope, request.query),
  );
  api.get(
    '/comp-statements/:id',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary:
          'A statement: lines by component with their explanation, adjustments, attainment, open credits, inquiries',
        params: idParamsSchema,
        response: { 200: compStatementDetailSchema, ...errorResponses },
      },
    },
    async (request) => readStatementDetail(db, principalOf(request).scope, request.params.id),
  );
  const steps = [
    ['review', 'comp:read', 'Review a draft statement (the rep’s manager or an admin)'],
    ['approve', 'comp:write', 'Approve a reviewed statement for payroll; it is frozen from now on (admins)'],
    ['pay', 'comp:write', 'Mark an approved statement paid (admins)'],
  ] as const;
  for (const [step, access, summary] of steps) {
    api.post(
      `/comp-statements/:id/${step}`,
      {
        config: { access },
        schema: {
          tags,
          summary,
          params: idParamsSchema,
          response: { 200: compStatementDetailSchema, ...errorResponses },
        },
      },
      async (request) => moveStatement(db, principalOf(request).scope, request.params.id, step),
    );
  }
};
