import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { accountRoutes } from './modules/accounts/accounts.routes';
import { activityRoutes } from './modules/activities/activities.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { callReportRoutes } from './modules/call-reports/call-reports.routes';
import { compClawbackRoutes } from './modules/comp/comp-clawbacks.routes';
import { compInquiryRoutes } from './modules/comp/comp-inquiries.routes';
import { compPayoutRoutes } from './modules/comp/comp-payouts.routes';
import { compPlanRoutes } from './modules/comp/comp-plans.routes';
import { compRunRoutes } from './modules/comp/comp-runs.routes';
import { compStatementRoutes } from './modules/comp/comp-statements.routes';
import { compWhatIfRoutes } from './modules/comp/comp-what-if.routes';
import { contactRoutes } from './modules/contacts/contacts.routes';
import { customFieldRoutes } from './modules/custom-fields/custom-fields.routes';
import { dealRoutes } from './modules/deals/deals.routes';
import { estimateRoutes } from './modules/estimates/estimates.routes';
import { exportRoutes } from './modules/exports/exports.routes';
import { goalViewRoutes } from './modules/goals/goal-views.routes';
import { goalRoutes } from './modules/goals/goals.routes';
import { healthRoutes } from './modules/health/health.routes';
import { authRoutes } from './modules/identity/auth.routes';
import { meRoutes } from './modules/identity/me.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { incentiveRoutes } from './modules/incentives/incentives.routes';
import { invitationRoutes } from './modules/invitations/invitations.routes';
import { leadRoutes } from './modules/leads/leads.routes';
import { memberRoutes } from './modules/members/members.routes';
import { metricRoutes } from './modules/metrics/metrics.routes';
import { orgRoutes } from './modules/orgs/orgs.routes';
import { pipelineRoutes } from './modules/pipelines/pipelines.routes';
import { productRoutes } from './modules/products/products.routes';
import { regionRoutes } from './modules/regions/regions.routes';
import { savedViewRoutes } from './modules/saved-views/saved-views.routes';
import { searchRoutes } from './modules/search/search.routes';
import { teamRoutes } from './modules/teams/teams.routes';
import { timelineRoutes } from './modules/timeline/timeline.routes';
import { type Clock, systemClock } from './platform/clock';
import type { Database } from './platform/db/client';
import { accessHook } from './platform/http/access-hook';
import { installErrorHandler } from './platform/http/error-handler';
import { docsPrefix, registerOpenApi } from './platform/http/openapi';
import type { RouteDeps, UploadSettings } from './platform/http/route-kit';
import { registerWebApp, webDistDir } from './platform/http/web-app';
import type { Mailer } from './platform/mail/mailer';
import { version } from './version';

/** Every route with its declared access rule, for the test that walks them all. */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export interface AppDeps {
  database: Database;
  mailer: Mailer;
  logger: Logger;
  clock?: Clock;
  publicUrl: string;
  sessionDays?: number;
  trustProxy?: boolean;
  rateLimits?: RouteDeps['rateLimits'];
  /** Import uploads; defaults to the OS temp folder, 1 GiB, kept 72 hours unused. */
  uploads?: UploadSettings;
  webDir?: string;
}

/** The whole HTTP application. main.ts serves it; tests build the same app on a test database. */
export const buildApp = async (deps: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({
    loggerInstance: deps.logger,
    trustProxy: deps.trustProxy ?? false,
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // Routes outside /api are the web app's files and the API docs: public. Every /api route declares its own rule.
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api') && !route.url.startsWith(docsPrefix);
    if (!isApi) route.config = { ...route.config, access: route.config?.access ?? 'public' };
    for (const method of [route.method].flat()) {
      registeredRoutes.push({ method, url: route.url, access: route.config?.access });
    }
  });

  await app.register(cookie);
  // HTTPS is the proxy's business: forcing an upgrade would blank the app on a plain-HTTP install.
  await app.register(helmet, {
    hsts: deps.trustProxy ?? false,
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  const uploads = deps.uploads ?? { dir: join(tmpdir(), 'pacer-uploads'), maxBytes: 1024 * 1024 * 1024, keepHours: 72 };
  // Multipart bodies (import uploads) stream to disk; one file per request, capped in size.
  await app.register(multipart, { limits: { files: 1, fields: 10, fileSize: uploads.maxBytes } });

  const routeDeps: RouteDeps = {
    db: deps.database.db,
    clock: deps.clock ?? systemClock,
    mailer: deps.mailer,
    publicUrl: deps.publicUrl,
    sessionDays: deps.sessionDays ?? 14,
    rateLimits: deps.rateLimits ?? { authPerMinute: 10 },
    uploads,
  };
  await app.register(accessHook, { db: routeDeps.db, clock: routeDeps.clock });
  await registerOpenApi(app, version);
  await app.register(healthRoutes, { database: deps.database, version });
  await app.register(
    async (v1) => {
      for (const routes of [
        authRoutes,
        meRoutes,
        orgRoutes,
        memberRoutes,
        invitationRoutes,
        teamRoutes,
        regionRoutes,
        auditRoutes,
        customFieldRoutes,
        accountRoutes,
        contactRoutes,
        leadRoutes,
        pipelineRoutes,
        dealRoutes,
        productRoutes,
        estimateRoutes,
        activityRoutes,
        callReportRoutes,
        savedViewRoutes,
        searchRoutes,
        timelineRoutes,
        importRoutes,
        exportRoutes,
        metricRoutes,
        goalRoutes,
        goalViewRoutes,
        compPlanRoutes,
        compRunRoutes,
        compStatementRoutes,
        compInquiryRoutes,
        compPayoutRoutes,
        compClawbackRoutes,
        compWhatIfRoutes,
        incentiveRoutes,
      ]) {
        await v1.register(routes, routeDeps);
      }
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, deps.webDir ?? webDistDir);
  return app;
};
