import {
  goalAttainmentQuerySchema,
  goalAttainmentSchema,
  goalContributionsSchema,
  goalFactsQuerySchema,
  goalFactsSchema,
  goalSeriesSchema,
  goalYearOverYearSchema,
  idParamsSchema,
  leaderboardQuerySchema,
  leaderboardSchema,
  wallChartQuerySchema,
  wallChartSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { goalAttainment } from './goal-attainment';
import { goalContributions, goalYearOverYear } from './goal-breakdown';
import { goalFacts } from './goal-facts';
import { goalLeaderboard } from './goal-leaderboard';
import { goalSeries } from './goal-series';
import { wallChart } from './wall-chart';
import { wallChartWorkbook } from './wall-chart-workbook';

const tags = ['Goals'];

/** What goals are read through: the wall chart, leaderboards, attainment, and each goal's burn-up and breakdowns. */
export const goalViewRoutes = async (app: FastifyInstance, { db, clock }: RouteDeps) => {
  const api = typed(app);
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
    '/goals/attainment',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'A rep’s revenue quota attainment this month, quarter and year, against the same days last year',
        querystring: goalAttainmentQuerySchema,
        response: { 200: goalAttainmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { scope } = principalOf(request);
      return goalAttainment(db, scope, clock, request.query.repId ?? scope.userId);
    },
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
};
