import { errorBodySchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { Mailer } from '../mail/mailer';

/** What route modules are given: no singletons, everything passed in. */
export interface RouteDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  /** Base URL for links in mails. */
  publicUrl: string;
  sessionDays: number;
  rateLimits: { authPerMinute: number };
  /** Where uploaded import files wait on disk, and the largest accepted. */
  uploads: UploadSettings;
}

export interface UploadSettings {
  dir: string;
  maxBytes: number;
  /** How long an upload nobody imports stays on disk before it is removed. */
  keepHours: number;
}

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
} as const;

/** A write that answers 204 with no body. */
export const noContent = { 204: z.null().describe('Done; no content') } as const;
