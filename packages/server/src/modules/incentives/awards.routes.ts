import { awardListQuerySchema, awardSchema, createAwardSchema, pageOf } from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { giveAward, listAwards } from './awards.service';

const tags = ['Incentives'];

/** Awards: everyone sees them; managers give them to their reps, admins to anyone. */
export const awardRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/awards',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Awards given, newest first',
        querystring: awardListQuerySchema,
        response: { 200: pageOf(awardSchema), ...errorResponses },
      },
    },
    async (request) => listAwards(db, principalOf(request).scope, request.query),
  );
  api.post(
    '/awards',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Give an award (rep of the month, of the year, or one you name) with a citation; posted to the feed',
        body: createAwardSchema,
        response: { 201: awardSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return giveAward(db, principalOf(request).scope, request.body);
    },
  );
};
