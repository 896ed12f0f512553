import {
  acceptInvitationSchema,
  createInvitationSchema,
  idParamsSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenSchema,
  sentInvitationSchema,
  sessionSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { startSession } from '../identity/auth.routes';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from './invitations.service';

const gone = { 410: errorResponses[404] };

export const invitationRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/invitations',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Invitations'],
        summary: 'Invitations of the org, newest first',
        response: { 200: z.object({ items: z.array(invitationSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listInvitations(deps.db, deps.clock, principalOf(request).scope) }),
  );
  api.post(
    '/invitations',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Invitations'],
        summary: 'Invite someone by e-mail with a role (and, for reps, a rep type); mails the link',
        body: createInvitationSchema,
        response: { 201: sentInvitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createInvitation(deps, principalOf(request).scope, request.body);
    },
  );
  api.post(
    '/invitations/:id/resend',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Invitations'],
        summary: 'Mail a new link (the old one stops working) and extend the expiry',
        params: idParamsSchema,
        response: { 200: sentInvitationSchema, ...errorResponses },
      },
    },
    async (request) => resendInvitation(deps, principalOf(request).scope, request.params.id),
  );
  api.delete(
    '/invitations/:id',
    {
      config: { access: 'members:manage' },
      schema: {
        tags: ['Invitations'],
        summary: 'Revoke a pending invitation',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeInvitation(deps.db, deps.clock, principalOf(request).scope, request.params.id);
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/invitations/preview',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Invitations'],
        summary: 'What an invitation link offers, before accepting it',
        querystring: z.object({ token: invitationTokenSchema }),
        response: { 200: invitationPreviewSchema, ...errorResponses, ...gone },
      },
    },
    async (request) => previewInvitation(deps.db, deps.clock, request.query.token),
  );
  api.post(
    '/invitations/accept',
    {
      config: { access: 'public', rateLimit: { max: deps.rateLimits.authPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['Invitations'],
        summary: 'Accept an invitation: join the org and sign in',
        body: acceptInvitationSchema,
        response: { 200: sessionSchema, ...errorResponses, ...gone },
      },
    },
    async (request, reply) =>
      startSession(deps, request, reply, await acceptInvitation(deps.db, deps.clock, request.body)),
  );
};
