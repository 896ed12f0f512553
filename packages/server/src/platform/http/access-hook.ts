import { AppError, hasPermission, type Permission } from '@pacer/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Principal } from '../auth/principal';
import { safeEqual } from '../auth/secrets';
import { principalFromApiToken, principalFromSession, sessionCookieName } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/client';

/**
 * The rule every route declares: `public` (anyone), `signed-in` (any member, including viewers,
 * for their own profile), or a permission that the member's role must hold.
 */
export type AccessRule = 'public' | 'signed-in' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in principal of a request whose route is not public. */
export const principalOf = (request: FastifyRequest): Principal => {
  if (!request.principal) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return request.principal;
};

const authenticate = async (db: Db, clock: Clock, request: FastifyRequest): Promise<Principal | null> => {
  const header = request.headers.authorization;
  if (header) {
    const [kind, token] = header.split(' ');
    if (kind?.toLowerCase() !== 'bearer' || !token)
      throw new AppError('UNAUTHENTICATED', 'Use: Authorization: Bearer <token>');
    const principal = await principalFromApiToken(db, clock, token);
    if (!principal) throw new AppError('UNAUTHENTICATED', 'The API token is unknown, revoked or expired');
    return principal;
  }
  const cookie = request.cookies[sessionCookieName];
  return cookie ? principalFromSession(db, clock, cookie) : null;
};

/** Authenticates every request and enforces its route's access rule and CSRF protection. */
export const accessHook = fp(
  async (app: FastifyInstance, deps: { db: Db; clock: Clock }) => {
    app.decorateRequest('principal', null);
    app.addHook('onRequest', async (request) => {
      const rule = request.routeOptions.config.access;
      // Unmatched paths have no route; the not-found handler answers them.
      if (!request.routeOptions.url) return;
      if (!rule) throw new AppError('INTERNAL', 'This route declares no access rule');
      // Public routes (web assets, health, sign-in) never use the caller: no session lookup for them.
      if (rule === 'public') return;
      const principal = await authenticate(deps.db, deps.clock, request);
      if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first');
      request.principal = principal;
      if (principal.via === 'session' && !safeMethods.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !principal.session || !safeEqual(sent, principal.session.csrfToken)) {
          throw new AppError('CSRF_TOKEN_INVALID', 'Missing or wrong x-csrf-token header');
        }
      }
      if (rule !== 'signed-in' && !hasPermission(principal.role, rule)) {
        throw new AppError('FORBIDDEN', `Your role (${principal.role}) may not do this`);
      }
    });
  },
  { name: 'access-hook' },
);
