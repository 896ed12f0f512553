import { createRegionSchema, idParamsSchema, regionSchema, updateRegionSchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { createRegion, deleteRegion, listRegions, updateRegion } from './regions.service';

export const regionRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const tags = ['Regions'];
  api.get(
    '/regions',
    {
      config: { access: 'structure:read' },
      schema: {
        tags,
        summary: 'Regions and territories (a tree)',
        response: { 200: z.object({ items: z.array(regionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listRegions(deps.db, principalOf(request).scope) }),
  );
  api.post(
    '/regions',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Create a region or territory',
        body: createRegionSchema,
        response: { 201: regionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createRegion(deps.db, principalOf(request).scope, request.body);
    },
  );
  api.patch(
    '/regions/:id',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Rename or move a region',
        params: idParamsSchema,
        body: updateRegionSchema,
        response: { 200: regionSchema, ...errorResponses },
      },
    },
    async (request) => updateRegion(deps.db, principalOf(request).scope, request.params.id, request.body),
  );
  api.delete(
    '/regions/:id',
    {
      config: { access: 'structure:manage' },
      schema: {
        tags,
        summary: 'Delete a region that has no sub-regions',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteRegion(deps.db, principalOf(request).scope, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
