import { listMembersQuerySchema, memberParamsSchema, memberSchema, pageOf, updateMemberSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listMembers } from './members.queries';
import { getMember, updateMember } from './members.service';

export const memberRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/members',
    {
      config: { access: 'members:read' },
      schema: {
        tags: ['Members'],
        summary: 'People in the org you may see: admins and viewers everyone, managers their teams, reps themselves',
        querystring: listMembersQuerySchema,
        response: { 200: pageOf(memberSchema), ...errorResponses },
      },
    },
    async (request) => listMembers(deps.db, principalOf(request).scope, request.query),
  );
  api.get(
    '/members/:userId',
    {
      config: { access: 'members:read' },
      schema: {
        tags: ['Members'],
        summary: 'One member',
        params: memberParamsSchema,
        response: { 200: memberSchema, ...errorResponses },
      },
    },
    async (request) => getMember(deps.db, principalOf(request).scope, request.params.userId),
  );
  api.patch(
    '/members/:userId',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Members'],
        summary: 'Change a member’s role, rep type, title or status (deactivate / reactivate)',
        params: memberParamsSchema,
        body: updateMemberSchema,
        response: { 200: memberSchema, ...errorResponses },
      },
    },
    async (request) => updateMember(deps.db, principalOf(request).scope, request.params.userId, request.body),
  );
};
