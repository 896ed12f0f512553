import { createKudosSchema, idParamsSchema, pageOf, recognitionPostSchema, recognitionQuerySchema } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listRecognition, postKudos, setReaction } from './recognition-posts';

const tags = ['Incentives'];

/** The recognition feed: public in the org; everyone who writes may post kudos and cheer. */
export const recognitionRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/recognition',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The recognition feed: kudos, goals reached, contests won and awards, newest first',
        querystring: recognitionQuerySchema,
        response: { 200: pageOf(recognitionPostSchema), ...errorResponses },
      },
    },
    async (request) => listRecognition(db, principalOf(request).scope, request.query),
  );
  api.post(
    '/recognition',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Post kudos to a colleague, seen by the whole org',
        body: createKudosSchema,
        response: { 201: recognitionPostSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return postKudos(db, principalOf(request).scope, request.body);
    },
  );
  for (const [method, on] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    api[method](
      '/recognition/:id/reaction',
      {
        config: { access: 'crm:write' },
        schema: {
          tags,
          summary: on ? 'Cheer a post' : 'Take your cheer back',
          params: idParamsSchema,
          response: { 200: recognitionPostSchema, ...errorResponses },
        },
      },
      async (request) => setReaction(db, principalOf(request).scope, request.params.id, on),
    );
  }
};
