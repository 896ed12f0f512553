import {
  compInquirySchema,
  compStatementLineParamsSchema,
  createCompInquirySchema,
  idParamsSchema,
  replyCompInquirySchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { closeInquiry, openInquiry, replyInquiry } from './comp-inquiries.service';

const tags = ['Comp statements'];

/** Inquiries: a rep questions a line of their statement; their manager or an admin answers in the thread. */
export const compInquiryRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.post(
    '/comp-statements/:id/lines/:lineId/inquiries',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'Question a line of your statement (the line by its position), with a comment',
        params: compStatementLineParamsSchema,
        body: createCompInquirySchema,
        response: { 201: compInquirySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      const { id, lineId } = request.params;
      return openInquiry(db, principalOf(request).scope, id, lineId, request.body);
    },
  );
  api.post(
    '/comp-inquiries/:id/replies',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'Answer an inquiry (manager, admin; optionally with an adjustment) or follow up on yours',
        params: idParamsSchema,
        body: replyCompInquirySchema,
        response: { 200: compInquirySchema, ...errorResponses },
      },
    },
    async (request) => replyInquiry(db, principalOf(request).scope, request.params.id, request.body),
  );
  api.post(
    '/comp-inquiries/:id/close',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'Close an inquiry: no more replies',
        params: idParamsSchema,
        response: { 200: compInquirySchema, ...errorResponses },
      },
    },
    async (request) => closeInquiry(db, principalOf(request).scope, request.params.id),
  );
};
