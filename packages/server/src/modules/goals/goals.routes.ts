import {
  cascadeGoalSchema,
  createGoalSchema,
  estimatesRuleResultSchema,
  estimatesRuleSchema,
  goalContributionsSchema,
  goalDetailSchema,
  goalFactsQuerySchema,
  goalFactsSchema,
  goalListQuerySchema,
  goalSchema,
  goalSeriesSchema,
  goalYearOverYearSchema,
  idParamsSchema,
  leaderboardQuerySchema,
  leaderboardSchema,
  pageOf,
  rollForwardGoalSchema,
  rollForwardProposalSchema,
  updateGoalSchema,
  wallChartQuerySchema,
  wallChartSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { recordAchievements } from './goal-achievements';
import { goalContributions, goalYearOverYear } from './goal-breakdown';
import { cascadeGoal } from './goal-cascade';
import { applyEstimatesRule } from './goal-estimates-rule';
import { goalFacts } from './goal-facts';
import { goalLeaderboard } from './goal-leaderboard';
import { renewRepeatingGoals } from './goal-repeats';
import { rollForwardProposal, rollGoalForward } from './goal-roll-forward';
import { goalSeries } from './goal-series';
import { createGoal, getGoal, listGoals, setGoalArchived, updateGoal } from './goals.service';
import { wallChart } from './wall-chart';
import { wallChartWorkbook } from './wall-chart-workbook';

const tags = ['Goals'];

/** Goals, quotas and milestones with their pace. Everyone reads the goals in reach; managers and admins set them. */
export const goalRoutes = async (app: FastifyInstance, { db, clock, mailer, publicUrl }: RouteDeps) => {
  const api = typed(app);
  // Every ten minutes, and once at start: recurring quotas whose period ended start again, and
  // goals reached since are recorded and announced.
  const sweep = async () => {
    await renewRepeatingGoals(db, clock).catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not start the next period of recurring quotas'),
    );
    await recordAchievements(db, clock, mailer, publicUrl).catch((error: unknown) =>
      app.log.warn({ err: error }, 'could not record goal achievements'),
    );
  };
  const sweeper = setInterval(sweep, 600_000).unref();
  app.addHook('onReady', async () => {
    void sweep();
  });
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
  });
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
  api.get(
    '/goals/leaderboard',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Reps ranked by the share of their own target reached on a metric (new reps compete fairly)',
        querystring: leaderboardQuerySchema,
        response: { 200: leaderboardSchema, ...errorResponses },
      },
    },
    async (request) => goalLeaderboard(db, principalOf(request).scope, clock, request.query),
  );
  api.get(
    '/goals/wall-chart',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The wall chart: each rep × the goals running on a day, with status and distance still to go',
        querystring: wallChartQuerySchema,
        response: { 200: wallChartSchema, ...errorResponses },
      },
    },
    async (request) => wallChart(db, principalOf(request).scope, clock, request.query),
  );
  api.get(
    '/goals/wall-chart.xlsx',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary:
          'The wall chart as a spreadsheet: per rep and goal the target, actual and distance, coloured by status',
        querystring: wallChartQuerySchema,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const chart = await wallChart(db, principalOf(request).scope, clock, request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="wall-chart-${chart.on}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(await wallChartWorkbook(chart));
    },
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
  api.get(
    '/goals/:id/series',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The burn-up of a goal: its running total to today and its pace line to the deadline, by day',
        params: idParamsSchema,
        response: { 200: goalSeriesSchema, ...errorResponses },
      },
    },
    async (request) => goalSeries(db, principalOf(request).scope, clock, request.params.id),
  );
  api.get(
    '/goals/:id/contributions',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Who and what made the number so far: the metric per rep you may see, and per product line',
        params: idParamsSchema,
        response: { 200: goalContributionsSchema, ...errorResponses },
      },
    },
    async (request) => goalContributions(db, principalOf(request).scope, clock, request.params.id),
  );
  api.get(
    '/goals/:id/facts',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The deals, activities or estimates behind the number so far, largest or latest first',
        params: idParamsSchema,
        querystring: goalFactsQuerySchema,
        response: { 200: goalFactsSchema, ...errorResponses },
      },
    },
    async (request) => goalFacts(db, principalOf(request).scope, clock, request.params.id, request.query),
  );
  api.get(
    '/goals/:id/year-over-year',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'The goal’s metric by month and quarter against the same span in the two years before',
        params: idParamsSchema,
        response: { 200: goalYearOverYearSchema, ...errorResponses },
      },
    },
    async (request) => goalYearOverYear(db, principalOf(request).scope, clock, request.params.id),
  );
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
