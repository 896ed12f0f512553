import {
  addCompPlanVersionSchema,
  assignCompPlanSchema,
  compAcknowledgementSchema,
  compAssignmentParamsSchema,
  compPlanAssignmentSchema,
  compPlanDetailSchema,
  compPlanListQuerySchema,
  compPlanSchema,
  compPlanVersionParamsSchema,
  createCompPlanSchema,
  idParamsSchema,
  myCompPlanSchema,
  pageOf,
  updateCompAssignmentSchema,
  updateCompPlanSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { assignCompPlan, unassignCompPlan, updateCompAssignment } from './comp-assignments.service';
import { readPlanDetail, readPlanPage } from './comp-plan-rows';
import { addCompPlanVersion, createCompPlan, renameCompPlan, setCompPlanArchived } from './comp-plans.service';
import { acknowledgeCompPlan, myCompPlan } from './my-comp-plan';

const tags = ['Comp plans'];

/** Comp plans: admins build, version and assign them; managers read those in reach; reps read and acknowledge their own. */
export const compPlanRoutes = async (app: FastifyInstance, { db, clock }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/comp-plans',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'Comp plans you may see, by name: all for admins, those assigned in reach for managers, your own',
        querystring: compPlanListQuerySchema,
        response: { 200: pageOf(compPlanSchema), ...errorResponses },
      },
    },
    async (request) => readPlanPage(db, principalOf(request).scope, request.query),
  );
  api.post(
    '/comp-plans',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Build a comp plan: its currency and version 1 of its terms, from a day on',
        body: createCompPlanSchema,
        response: { 201: compPlanDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCompPlan(db, principalOf(request).scope, request.body);
    },
  );
  api.get(
    '/comp-plans/:id',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'A comp plan with every version of its terms, its assignments and acknowledgements in reach',
        params: idParamsSchema,
        response: { 200: compPlanDetailSchema, ...errorResponses },
      },
    },
    async (request) => readPlanDetail(db, principalOf(request).scope, request.params.id),
  );
  api.patch(
    '/comp-plans/:id',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Rename a comp plan (its terms change by a new version)',
        params: idParamsSchema,
        body: updateCompPlanSchema,
        response: { 200: compPlanDetailSchema, ...errorResponses },
      },
    },
    async (request) => renameCompPlan(db, principalOf(request).scope, clock, request.params.id, request.body),
  );
  api.post(
    '/comp-plans/:id/versions',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'New terms from a day on, as the next version; earlier versions stay as they were',
        params: idParamsSchema,
        body: addCompPlanVersionSchema,
        response: { 201: compPlanDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return addCompPlanVersion(db, principalOf(request).scope, request.params.id, request.body);
    },
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/comp-plans/:id/${action}`,
      {
        config: { access: 'comp:write' },
        schema: {
          tags,
          summary: archived
            ? 'Archive a comp plan: no new versions or assignments; those it has still pay'
            : 'Restore an archived comp plan',
          params: idParamsSchema,
          response: { 200: compPlanDetailSchema, ...errorResponses },
        },
      },
      async (request) => setCompPlanArchived(db, principalOf(request).scope, clock, request.params.id, archived),
    );
  }
  api.post(
    '/comp-plans/:id/assignments',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Assign a plan to a rep, a team or a role for a span of days (no overlap with the same target’s)',
        params: idParamsSchema,
        body: assignCompPlanSchema,
        response: { 201: compPlanAssignmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return assignCompPlan(db, principalOf(request).scope, request.params.id, request.body);
    },
  );
  api.patch(
    '/comp-plans/:id/assignments/:assignmentId',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'End an assignment on a day (a move to another plan), or make it open-ended again',
        params: compAssignmentParamsSchema,
        body: updateCompAssignmentSchema,
        response: { 200: compPlanAssignmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id, assignmentId } = request.params;
      return updateCompAssignment(db, principalOf(request).scope, id, assignmentId, request.body);
    },
  );
  api.delete(
    '/comp-plans/:id/assignments/:assignmentId',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Remove an assignment (the audit log keeps it)',
        params: compAssignmentParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await unassignCompPlan(db, principalOf(request).scope, request.params.id, request.params.assignmentId);
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/comp-plans/:id/versions/:versionId/acknowledge',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'Acknowledge a version of a plan assigned to you (once; the time is kept)',
        params: compPlanVersionParamsSchema,
        response: { 201: compAcknowledgementSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, versionId } = request.params;
      reply.status(201);
      return acknowledgeCompPlan(db, principalOf(request).scope, clock, id, versionId);
    },
  );
  api.get(
    '/me/comp-plan',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'The plan version paying you today, and whether you acknowledged it',
        response: { 200: myCompPlanSchema, ...errorResponses },
      },
    },
    async (request) => myCompPlan(db, principalOf(request).scope, clock),
  );
};
