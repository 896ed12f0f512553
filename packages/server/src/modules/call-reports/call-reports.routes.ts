import {
  callReportDayParamsSchema,
  callReportSchema,
  callReportSummarySchema,
  commentCallReportSchema,
  idParamsSchema,
  listCallReportsQuerySchema,
  pageOf,
  reviewCallReportSchema,
  saveCallReportSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listCallReports } from './call-reports.queries';
import {
  commentCallReport,
  getCallReport,
  getMyDay,
  reviewCallReport,
  saveMyDay,
  submitMyDay,
} from './call-reports.service';

export const callReportRoutes = async (app: FastifyInstance, { db, clock }: RouteDeps) => {
  const api = typed(app);
  const tags = ['Call reports'];
  const scopeOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).scope;
  /** The options of a route that answers one call report, in full. */
  const answersReport = <Input extends object>(access: 'crm:read' | 'crm:write', summary: string, input: Input) => ({
    config: { access },
    schema: { tags, summary, ...input, response: { 200: callReportSchema, ...errorResponses } },
  });
  const day = { params: callReportDayParamsSchema };
  const report = { params: idParamsSchema };

  api.get(
    '/call-reports/mine/:day',
    answersReport('crm:read', 'Your daily call report: the day’s done activities, your note and its status', day),
    async (request) => getMyDay(db, scopeOf(request), request.params.day),
  );
  api.put(
    '/call-reports/mine/:day',
    answersReport('crm:write', 'Save your note on a day as a draft', { ...day, body: saveCallReportSchema }),
    async (request) => saveMyDay(db, scopeOf(request), request.params.day, request.body, clock),
  );
  api.post(
    '/call-reports/mine/:day/submit',
    answersReport(
      'crm:write',
      'Submit your day as one unit (optionally with its note); its activities are locked from then on',
      { ...day, body: saveCallReportSchema },
    ),
    async (request) => submitMyDay(db, scopeOf(request), request.params.day, request.body, clock),
  );
  api.get(
    '/call-reports',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Call reports you may see (yours, or your team’s), newest day first',
        querystring: listCallReportsQuerySchema,
        response: { 200: pageOf(callReportSummarySchema), ...errorResponses },
      },
    },
    async (request) => listCallReports(db, scopeOf(request), request.query),
  );
  api.get(
    '/call-reports/:id',
    answersReport('crm:read', 'A call report with its activities and comments', report),
    async (request) => getCallReport(db, scopeOf(request), request.params.id),
  );
  api.post(
    '/call-reports/:id/review',
    answersReport('crm:write', 'Mark a submitted report as reviewed (managers and admins), with an optional comment', {
      ...report,
      body: reviewCallReportSchema,
    }),
    async (request) => reviewCallReport(db, scopeOf(request), request.params.id, request.body, clock),
  );
  api.post(
    '/call-reports/:id/comments',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Add to a submitted report’s thread (the rep and their reviewers)',
        ...report,
        body: commentCallReportSchema,
        response: { 201: callReportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return commentCallReport(db, scopeOf(request), request.params.id, request.body, clock);
    },
  );
};
