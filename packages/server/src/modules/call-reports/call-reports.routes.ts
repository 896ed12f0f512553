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

  api.get(
    '/call-reports/mine/:day',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Your daily call report: the day’s done activities, your note and its status',
        params: callReportDayParamsSchema,
        response: { 200: callReportSchema, ...errorResponses },
      },
    },
    async (request) => getMyDay(db, scopeOf(request), request.params.day),
  );
  api.put(
    '/call-reports/mine/:day',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Save your note on a day as a draft',
        params: callReportDayParamsSchema,
        body: saveCallReportSchema,
        response: { 200: callReportSchema, ...errorResponses },
      },
    },
    async (request) => saveMyDay(db, scopeOf(request), request.params.day, request.body, clock),
  );
  api.post(
    '/call-reports/mine/:day/submit',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Submit your day as one unit (optionally with its note); its activities are locked from then on',
        params: callReportDayParamsSchema,
        body: saveCallReportSchema,
        response: { 200: callReportSchema, ...errorResponses },
      },
    },
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
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'A call report with its activities and comments',
        params: idParamsSchema,
        response: { 200: callReportSchema, ...errorResponses },
      },
    },
    async (request) => getCallReport(db, scopeOf(request), request.params.id),
  );
  api.post(
    '/call-reports/:id/review',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Mark a submitted report as reviewed (managers and admins), with an optional comment',
        params: idParamsSchema,
        body: reviewCallReportSchema,
        response: { 200: callReportSchema, ...errorResponses },
      },
    },
    async (request) => reviewCallReport(db, scopeOf(request), request.params.id, request.body, clock),
  );
  api.post(
    '/call-reports/:id/comments',
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: 'Add to a submitted report’s thread (the rep and their reviewers)',
        params: idParamsSchema,
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
