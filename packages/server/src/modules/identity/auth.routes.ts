import {
  AppError,
  okSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  sessionSchema,
  signInSchema,
  signUpSchema,
  switchOrgSchema,
} from '@pacer/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, deleteSession, sessionCookieName } from '../../platform/auth/sessions';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { confirmPasswordReset, requestPasswordReset } from './password-reset';
import { buildSessionView, listMemberships, sessionViewOf } from './session-view';
import { checkSignIn } from './sign-in';
import { signUp } from './sign-up';

/** Opens a session for (org, user), sets the cookie and answers with the session view. */
export const startSession = async (
  deps: RouteDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  who: { orgId: string; userId: string },
) => {
  const session = await createSession(deps.db, deps.clock, {
    ...who,
    days: deps.sessionDays,
    userAgent: request.headers['user-agent'],
  });
  reply.setCookie(sessionCookieName, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: session.expiresAt,
  });
  return buildSessionView(deps.db, { ...who, csrfToken: session.csrfToken });
};

export const authRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const authLimit = { max: deps.rateLimits.authPerMinute, timeWindow: '1 minute' };

  api.post(
    '/auth/sign-up',
    {
      config: { access: 'public', rateLimit: authLimit },
      schema: {
        tags: ['Auth'],
        summary: 'Create an organisation; you become its first admin and are signed in',
        body: signUpSchema,
        response: { 201: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const who = await signUp(deps.db, request.body);
      reply.status(201);
      return startSession(deps, request, reply, who);
    },
  );

  api.post(
    '/auth/sign-in',
    {
      config: { access: 'public', rateLimit: authLimit },
      schema: {
        tags: ['Auth'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: signInSchema,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => startSession(deps, request, reply, await checkSignIn(deps.db, request.body)),
  );

  api.post(
    '/auth/sign-out',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['Auth'], summary: 'End this session' },
    },
    async (request, reply) => {
      const me = principalOf(request);
      if (me.session) await deleteSession(deps.db, me.orgId, me.session.id);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.get(
    '/session',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Auth'],
        summary: 'Who is signed in, in which org, with which role and language',
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const me = principalOf(request);
      return sessionViewOf(deps.db, me);
    },
  );

  api.put(
    '/session/org',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['Auth'],
        summary: 'Switch to another org this login belongs to (a new session)',
        body: switchOrgSchema,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const me = principalOf(request);
      const { orgId } = request.body;
      const memberships = await listMemberships(deps.db, me.userId);
      if (!memberships.some((m) => m.orgId === orgId)) {
        throw new AppError('FORBIDDEN', 'You are not a member of that org');
      }
      if (me.session) await deleteSession(deps.db, me.orgId, me.session.id);
      return startSession(deps, request, reply, { orgId, userId: me.userId });
    },
  );

  api.post(
    '/auth/password-reset/request',
    {
      config: { access: 'public', rateLimit: authLimit },
      schema: {
        tags: ['Auth'],
        summary: 'Mail a password reset link (always answers 202, known address or not)',
        body: passwordResetRequestSchema,
        response: { 202: okSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email);
      reply.status(202);
      return { ok: true as const };
    },
  );

  api.post(
    '/auth/password-reset/confirm',
    {
      config: { access: 'public', rateLimit: authLimit },
      schema: {
        tags: ['Auth'],
        summary: 'Choose a new password with the token from the reset link; ends all sessions',
        body: passwordResetConfirmSchema,
        response: { 200: okSchema, ...errorResponses, 410: errorResponses[404] },
      },
    },
    async (request) => {
      await confirmPasswordReset(deps.db, deps.clock, request.body.token, request.body.password);
      return { ok: true as const };
    },
  );
};
