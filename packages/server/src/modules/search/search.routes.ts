import { searchQuerySchema, searchResultSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { searchRecords } from './search.queries';

export const searchRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  typed(app).get(
    '/search',
    {
      config: { access: 'crm:read' },
      schema: {
        tags: ['Search'],
        summary: 'Accounts, contacts, leads and deals you may see that match the words, best first',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, ...errorResponses },
      },
    },
    async (request) => ({ hits: await searchRecords(db, principalOf(request).scope, request.query) }),
  );
};
