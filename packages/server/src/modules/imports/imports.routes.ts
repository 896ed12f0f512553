import { rm } from 'node:fs/promises';
import {
  AppError,
  idParamsSchema,
  importFieldSchema,
  importFieldsOf,
  importJobSchema,
  importMappingSchema,
  importPresetSchema,
  importPresets,
  listImportsQuerySchema,
  pageOf,
  recordTypeSchema,
  startImportSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { executeImport, failImport, prepareImport } from './import-job';
import { receiveUpload } from './import-upload';
import {
  assertMayImport,
  claimImport,
  createImport,
  findImportRow,
  getImport,
  importFieldsFor,
  listImports,
} from './imports.service';
import { sweepStaleUploads } from './upload-sweep';

const tags = ['Imports'];
const withTooLarge = {
  ...errorResponses,
  413: errorResponses[400],
  415: errorResponses[400],
};

/**
 * Import of CSV and XLSX files: upload, map, validate (a dry run with a report), run in the
 * background with progress. Everything needs `crm:import` (admins and managers).
 */
export const importRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  // Runs in the background of this process; stopping the server aborts them (nothing is written).
  const stopping = new AbortController();
  const running = new Set<Promise<void>>();
  // Hourly, and once at start: uploads nobody imported leave the disk after their keep time.
  const sweep = () =>
    sweepStaleUploads(deps.db, deps.clock, deps.uploads.keepHours).catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not remove stale import uploads'),
    );
  const sweeper = setInterval(sweep, 3_600_000).unref();
  app.addHook('onReady', async () => {
    await sweep();
  });
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
    stopping.abort();
    await Promise.allSettled(running);
  });
  const jobDeps = { db: deps.db, clock: deps.clock, signal: stopping.signal };

  api.get(
    '/imports/presets',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary: 'Column presets of Salesforce, HubSpot, Pipedrive and Pacer exports',
        response: { 200: z.object({ items: z.array(importPresetSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: importPresets }),
  );

  api.get(
    '/imports/fields/:recordType',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary: 'The fields a record type imports into, with the org’s custom fields as custom.<key>',
        params: z.object({ recordType: recordTypeSchema }),
        response: { 200: z.object({ items: z.array(importFieldSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const fields = await importFieldsFor(deps.db, principalOf(request).scope, request.params.recordType);
      const base = new Set(importFieldsOf(request.params.recordType).map((f) => f.key));
      return {
        items: fields.map(({ key, label, required, type, options, description }) => ({
          key,
          label,
          required: base.has(key) ? required : false,
          type,
          ...(options ? { options } : {}),
          ...(description ? { description } : {}),
        })),
      };
    },
  );

  api.post(
    '/imports',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary:
          'Upload a CSV or XLSX file (multipart: recordType, then file); answers its headers, first rows and a suggested mapping',
        consumes: ['multipart/form-data'],
        response: { 201: importJobSchema, ...withTooLarge },
      },
    },
    async (request, reply) => {
      const scope = principalOf(request).scope;
      const { recordType, upload } = await receiveUpload(request, deps.uploads);
      try {
        assertMayImport(scope, recordType);
        const job = await createImport(deps.db, scope, recordType, upload);
        reply.status(201);
        return job;
      } catch (error) {
        await rm(upload.storedPath, { force: true });
        throw error;
      }
    },
  );

  api.get(
    '/imports',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary: 'Imports, newest first (admins see the org’s, managers their own)',
        querystring: listImportsQuerySchema,
        response: { 200: pageOf(importJobSchema), ...errorResponses },
      },
    },
    async (request) => listImports(deps.db, principalOf(request).scope, request.query),
  );

  api.get(
    '/imports/:id',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary: 'An import: its status, progress (processedRows of totalRows), counts and report',
        params: idParamsSchema,
        response: { 200: importJobSchema, ...errorResponses },
      },
    },
    async (request) => getImport(deps.db, principalOf(request).scope, request.params.id),
  );

  api.post(
    '/imports/:id/validate',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary: 'Check the whole file with a mapping, writing nothing: the report lists every bad row (first 200)',
        params: idParamsSchema,
        body: z.object({ mapping: importMappingSchema }),
        response: { 200: importJobSchema, ...errorResponses },
      },
    },
    async (request) => {
      const scope = principalOf(request).scope;
      const row = await findImportRow(deps.db, scope, request.params.id);
      const prepared = await prepareImport(jobDeps, scope, row, request.body.mapping);
      const claimed = await claimImport(deps.db, scope, row.id, 'validating', deps.clock.now());
      try {
        await executeImport(jobDeps, scope, { ...prepared, row: claimed }, 'validate');
      } catch (error) {
        await failImport(jobDeps, scope, row.id, error);
        request.log.error({ err: error }, 'import validation failed');
      }
      return getImport(deps.db, scope, row.id);
    },
  );

  api.post(
    '/imports/:id/run',
    {
      config: { access: 'crm:import' },
      schema: {
        tags,
        summary:
          'Import the file in the background: all rows or none. Without a mapping, the last validated one. Poll GET /imports/:id',
        params: idParamsSchema,
        body: startImportSchema.optional(),
        response: { 202: importJobSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const scope = principalOf(request).scope;
      const row = await findImportRow(deps.db, scope, request.params.id);
      const mapping = request.body?.mapping ?? row.mapping;
      if (row.status === 'completed') {
        throw new AppError('IMPORT_NOT_READY', 'This import is done; upload the file again to import it again');
      }
      if (!mapping || (!request.body?.mapping && !['validated', 'invalid', 'failed'].includes(row.status))) {
        throw new AppError('IMPORT_NOT_READY', 'Validate a mapping first, or send one with the run');
      }
      const prepared = await prepareImport(jobDeps, scope, row, mapping);
      const claimed = await claimImport(deps.db, scope, row.id, 'running', deps.clock.now());
      const job = executeImport(jobDeps, scope, { ...prepared, row: claimed }, 'run').catch(async (error) => {
        request.log.error({ err: error }, 'import run failed');
        await failImport(jobDeps, scope, row.id, error);
      });
      running.add(job);
      void job.finally(() => running.delete(job));
      reply.status(202);
      return getImport(deps.db, scope, row.id);
    },
  );
};
