import {
  createPipelineSchema,
  idParamsSchema,
  listPipelinesQuerySchema,
  pipelineSchema,
  updatePipelineSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listPipelines } from './pipelines.queries';
import { archivePipeline, createPipeline, getPipeline, updatePipeline } from './pipelines.service';

export const pipelineRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const tags = ['Pipelines'];
  api.get(
    '/pipelines',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Pipelines with their ordered stages',
        querystring: listPipelinesQuerySchema,
        response: { 200: z.object({ items: z.array(pipelineSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listPipelines(deps.db, principalOf(request).scope, request.query) }),
  );
  api.get(
    '/pipelines/:id',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'A pipeline with its ordered stages',
        params: idParamsSchema,
        response: { 200: pipelineSchema, ...errorResponses },
      },
    },
    async (request) => getPipeline(deps.db, principalOf(request).scope, request.params.id),
  );
  api.post(
    '/pipelines',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags,
        summary: 'Create a pipeline with its stages (at least one open, one won and one lost)',
        body: createPipelineSchema,
        response: { 201: pipelineSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createPipeline(deps.db, principalOf(request).scope, request.body);
    },
  );
  api.patch(
    '/pipelines/:id',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags,
        summary: 'Rename a pipeline, make it the default, or rewrite its stages as the whole ordered list',
        params: idParamsSchema,
        body: updatePipelineSchema,
        response: { 200: pipelineSchema, ...errorResponses },
      },
    },
    async (request) => updatePipeline(deps.db, principalOf(request).scope, request.params.id, request.body),
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/pipelines/:id/${action}`,
      {
        config: { access: 'crm:configure' },
        schema: {
          tags,
          summary: archived
            ? 'Archive a pipeline: its deals stay, no new deal enters it'
            : 'Bring an archived pipeline back',
          params: idParamsSchema,
          response: { 200: pipelineSchema, ...errorResponses },
        },
      },
      async (request) => archivePipeline(deps.db, principalOf(request).scope, request.params.id, archived),
    );
  }
};
