import {
  createSavedViewSchema,
  idParamsSchema,
  listSavedViewsQuerySchema,
  savedViewSchema,
  updateSavedViewSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './saved-views.service';

export const savedViewRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  const tags = ['Saved views'];
  const scopeOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).scope;

  api.get(
    '/saved-views',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Your saved views and the shared ones, of one list or all',
        querystring: listSavedViewsQuerySchema,
        response: { 200: z.object({ items: z.array(savedViewSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listSavedViews(db, scopeOf(request), request.query.recordType) }),
  );
  api.post(
    '/saved-views',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Save a list’s filters, sort and columns under a name, for you or shared with the org',
        body: createSavedViewSchema,
        response: { 201: savedViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createSavedView(db, scopeOf(request), request.body);
    },
  );
  api.patch(
    '/saved-views/:id',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Change a saved view (its owner, or an admin)',
        params: idParamsSchema,
        body: updateSavedViewSchema,
        response: { 200: savedViewSchema, ...errorResponses },
      },
    },
    async (request) => updateSavedView(db, scopeOf(request), request.params.id, request.body),
  );
  api.delete(
    '/saved-views/:id',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Delete a saved view (its owner, or an admin)',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteSavedView(db, scopeOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
