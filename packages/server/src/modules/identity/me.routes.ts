import {
  apiTokenSchema,
  changePasswordSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  idParamsSchema,
  okSchema,
  sessionSchema,
  updateMeSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { changePassword, createApiToken, listApiTokens, revokeApiToken, updateMe } from './me.service';
import { sessionViewOf } from './session-view';

/** The signed-in person's own profile, password and API tokens: open to every role, viewers included. */
export const meRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  api.patch(
    '/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Me'],
        summary: 'Change your name or language (null follows the org default)',
        body: updateMeSchema,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const me = principalOf(request);
      await updateMe(deps.db, deps.clock, me, request.body);
      return sessionViewOf(deps.db, me);
    },
  );
  api.post(
    '/me/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Me'],
        summary: 'Change your password; your other sessions end',
        body: changePasswordSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await changePassword(deps.db, deps.clock, principalOf(request), request.body);
      return { ok: true as const };
    },
  );
  api.get(
    '/me/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Me'],
        summary: 'Your personal API tokens (not revoked)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listApiTokens(deps.db, principalOf(request)) }),
  );
  api.post(
    '/me/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Me'],
        summary: 'Create a personal API token; the secret is shown only in this answer',
        body: createApiTokenSchema,
        response: { 201: createdApiTokenSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createApiToken(deps.db, deps.clock, principalOf(request), request.body);
    },
  );
  api.delete(
    '/me/tokens/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Me'],
        summary: 'Revoke one of your tokens',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps.db, deps.clock, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
