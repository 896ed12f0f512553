import { orgSchema, updateOrgSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { getOrg, updateOrg } from './orgs.service';

export const orgRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/org',
    {
      config: { access: 'org:read' },
      schema: { tags: ['Org'], summary: 'The org’s settings', response: { 200: orgSchema, ...errorResponses } },
    },
    async (request) => getOrg(deps.db, principalOf(request).scope),
  );
  api.patch(
    '/org',
    {
      config: { access: 'org:manage' },
      schema: {
        tags: ['Org'],
        summary: 'Change name, currency, time zone, fiscal-year start or default language',
        body: updateOrgSchema,
        response: { 200: orgSchema, ...errorResponses },
      },
    },
    async (request) => updateOrg(deps.db, principalOf(request).scope, request.body),
  );
};
