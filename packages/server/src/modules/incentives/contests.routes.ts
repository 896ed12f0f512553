import {
  contestDetailSchema,
  contestLeaderboardSchema,
  contestListQuerySchema,
  contestSchema,
  createContestSchema,
  idParamsSchema,
  pageOf,
  updateContestSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { cancelContest, updateContest } from './contest-changes';
import { finishContest } from './contest-finish';
import { contestLeaderboard, createContest, getContest, listContests } from './contests.service';

const tags = ['Incentives'];

/** Contests: managers and admins set, change, cancel and finish them; participants and their managers follow the live leaderboard. */
export const contestRoutes = async (app: FastifyInstance, { db, clock }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/contests',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Contests you compete in or whose participants you lead, the latest ending first',
        querystring: contestListQuerySchema,
        response: { 200: pageOf(contestSchema), ...errorResponses },
      },
    },
    async (request) => listContests(db, principalOf(request).scope, clock, request.query),
  );
  api.post(
    '/contests',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Set a contest: a metric, a period (a power hour to a quarter), participants, a rule and prizes',
        body: createContestSchema,
        response: { 201: contestDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createContest(db, principalOf(request).scope, clock, request.body);
    },
  );
  api.get(
    '/contests/:id',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'A contest with its recorded winners',
        params: idParamsSchema,
        response: { 200: contestDetailSchema, ...errorResponses },
      },
    },
    async (request) => getContest(db, principalOf(request).scope, clock, request.params.id),
  );
  api.get(
    '/contests/:id/leaderboard',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The live leaderboard: rank, value, % of own target under that rule, and who qualifies now',
        params: idParamsSchema,
        response: { 200: contestLeaderboardSchema, ...errorResponses },
      },
    },
    async (request) => contestLeaderboard(db, principalOf(request).scope, clock, request.params.id),
  );
  api.patch(
    '/contests/:id',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary:
          'Change a contest before it is finished: name, description, prizes; the end while ahead; the start and participants before it starts',
        params: idParamsSchema,
        body: updateContestSchema,
        response: { 200: contestDetailSchema, ...errorResponses },
      },
    },
    async (request) => updateContest(db, principalOf(request).scope, clock, request.params.id, request.body),
  );
  api.post(
    '/contests/:id/cancel',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Cancel a contest that is not finished: no winners, no prizes; the sweep leaves it alone',
        params: idParamsSchema,
        response: { 200: contestDetailSchema, ...errorResponses },
      },
    },
    async (request) => cancelContest(db, principalOf(request).scope, clock, request.params.id),
  );
  api.post(
    '/contests/:id/finish',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Finish a contest now: record its winners once and pay cash prizes into their next open statement',
        params: idParamsSchema,
        response: { 200: contestDetailSchema, ...errorResponses },
      },
    },
    async (request) => finishContest(db, principalOf(request).scope, clock, request.params.id),
  );
};
