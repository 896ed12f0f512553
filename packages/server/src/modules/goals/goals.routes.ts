import {
  cascadeGoalSchema,
  createGoalSchema,
  estimatesRuleResultSchema,
  estimatesRuleSchema,
  goalDetailSchema,
  goalListQuerySchema,
  goalSchema,
  idParamsSchema,
  pageOf,
  rollForwardGoalSchema,
  rollForwardProposalSchema,
  updateGoalSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { scheduleUpkeep } from '../../platform/http/upkeep';
import { recordAchievements } from './goal-achievements';
import { cascadeGoal } from './goal-cascade';
import { applyEstimatesRule } from './goal-estimates-rule';
import { renewRepeatingGoals } from './goal-repeats';
import { rollForwardProposal, rollGoalForward } from './goal-roll-forward';
import { createGoal, getGoal, listGoals, setGoalArchived, updateGoal } from './goals.service';

const tags = ['Goals'];

/** Goals, quotas and milestones with their pace. Everyone reads the goals in reach; managers and admins set them. */
export const goalRoutes = async (app: FastifyInstance, { db, clock, mailer, publicUrl }: RouteDeps) => {
  const api = typed(app);
  // Every ten minutes, and once at start: recurring quotas whose period ended start again, and
  // goals reached since are recorded and announced.
  scheduleUpkeep(app, 600_000, [
    { run: () => renewRepeatingGoals(db, clock), failure: 'could not start the next period of recurring quotas' },
    { run: () => recordAchievements(db, clock, mailer, publicUrl), failure: 'could not record goal achievements' },
  ]);
  api.get(
    '/goals',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Goals, quotas and milestones you may see, soonest deadline first, with their pace',
        querystring: goalListQuerySchema,
        response: { 200: pageOf(goalSchema), ...errorResponses },
      },
    },
    async (request) => listGoals(db, principalOf(request).scope, clock, request.query),
  );
  api.post(
    '/goals',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Set a goal: a metric, a scope, a period and an absolute or relative target',
        body: createGoalSchema,
        response: { 201: goalDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createGoal(db, principalOf(request).scope, clock, request.body);
    },
  );
  api.get(
    '/goals/:id',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'A goal with its pace, the goals it was cascaded into, and the history of its target',
        params: idParamsSchema,
        response: { 200: goalDetailSchema, ...errorResponses },
      },
    },
    async (request) => getGoal(db, principalOf(request).scope, clock, request.params.id),
  );
  api.patch(
    '/goals/:id',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Rename a goal, change its target (kept in its history), note or reward',
        params: idParamsSchema,
        body: updateGoalSchema,
        response: { 200: goalDetailSchema, ...errorResponses },
      },
    },
    async (request) => updateGoal(db, principalOf(request).scope, clock, request.params.id, request.body),
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/goals/:id/${action}`,
      {
        config: { access: 'goals:write' },
        schema: {
          tags,
          summary: archived ? 'Archive a goal' : 'Restore an archived goal',
          params: idParamsSchema,
          response: { 200: goalDetailSchema, ...errorResponses },
        },
      },
      async (request) => setGoalArchived(db, principalOf(request).scope, clock, request.params.id, archived),
    );
  }
  api.post(
    '/goals/:id/cascade',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Split a goal into team, rep, quarter or month goals whose targets add up to it',
        params: idParamsSchema,
        body: cascadeGoalSchema,
        response: { 200: goalDetailSchema, ...errorResponses },
      },
    },
    async (request) => cascadeGoal(db, principalOf(request).scope, clock, request.params.id, request.body),
  );
  api.post(
    '/goals/:id/estimates-rule',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary:
          'Estimates sent each month ≥ factor × that month’s quota: goals that follow a revenue quota and its parts',
        params: idParamsSchema,
        body: estimatesRuleSchema,
        response: { 200: estimatesRuleResultSchema, ...errorResponses },
      },
    },
    async (request) => applyEstimatesRule(db, principalOf(request).scope, clock, request.params.id, request.body),
  );
  api.get(
    '/goals/:id/roll-forward',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'What rolling a goal into the next period would set: the period and the proposed targets',
        params: idParamsSchema,
        response: { 200: rollForwardProposalSchema, ...errorResponses },
      },
    },
    async (request) => rollForwardProposal(db, principalOf(request).scope, clock, request.params.id),
  );
  api.post(
    '/goals/:id/roll-forward',
    {
      config: { access: 'goals:write' },
      schema: {
        tags,
        summary: 'Roll a goal and its parts into the next period (a missed goal asks for the reason)',
        params: idParamsSchema,
        body: rollForwardGoalSchema,
        response: { 201: goalDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return rollGoalForward(db, principalOf(request).scope, clock, request.params.id, request.body);
    },
  );
};
