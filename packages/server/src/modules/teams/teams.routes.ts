import {
  addTeamMemberSchema,
  createTeamSchema,
  idParamsSchema,
  teamDetailSchema,
  teamMemberParamsSchema,
  teamSchema,
  updateTeamSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listTeams } from './teams.queries';
import { addTeamMember, createTeam, deleteTeam, getTeam, removeTeamMember, updateTeam } from './teams.service';

export const teamRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const tags = ['Teams'];
  api.get(
    '/teams',
    {
      config: { access: 'structure:read' },
      schema: {
        tags,
        summary:
          'Teams you may see: all for admins and viewers, managed subtrees and own teams for managers, own teams for reps',
        response: { 200: z.object({ items: z.array(teamSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listTeams(deps.db, principalOf(request).scope) }),
  );
  api.post(
    '/teams',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Create a team',
        body: createTeamSchema,
        response: { 201: teamSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createTeam(deps.db, principalOf(request).scope, request.body);
    },
  );
  api.get(
    '/teams/:id',
    {
      config: { access: 'structure:read' },
      schema: {
        tags,
        summary: 'A team with its members',
        params: idParamsSchema,
        response: { 200: teamDetailSchema, ...errorResponses },
      },
    },
    async (request) => getTeam(deps.db, principalOf(request).scope, request.params.id),
  );
  api.patch(
    '/teams/:id',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Rename, move under another parent, change manager or region',
        params: idParamsSchema,
        body: updateTeamSchema,
        response: { 200: teamSchema, ...errorResponses },
      },
    },
    async (request) => updateTeam(deps.db, principalOf(request).scope, request.params.id, request.body),
  );
  api.delete(
    '/teams/:id',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Delete a team that has no sub-teams',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteTeam(deps.db, principalOf(request).scope, request.params.id);
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/teams/:id/members',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Add a member to a team',
        params: idParamsSchema,
        body: addTeamMemberSchema,
        response: { 200: teamDetailSchema, ...errorResponses },
      },
    },
    async (request) => addTeamMember(deps.db, principalOf(request).scope, request.params.id, request.body.userId),
  );
  api.delete(
    '/teams/:id/members/:userId',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Remove a member from a team',
        params: teamMemberParamsSchema,
        response: { 200: teamDetailSchema, ...errorResponses },
      },
    },
    async (request) => removeTeamMember(deps.db, principalOf(request).scope, request.params.id, request.params.userId),
  );
};
