import {
  convertedLeadSchema,
  convertLeadSchema,
  createLeadSchema,
  idParamsSchema,
  leadSchema,
  listLeadsQuerySchema,
  updateLeadSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { registerRecordRoutes } from '../records/record-routes';
import { convertLead } from './convert-lead';
import { leadTotals, listLeads } from './leads.queries';
import { archiveLead, bulkUpdateLeads, createLead, getLead, updateLead } from './leads.service';

export const leadRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const { clock } = deps;
  registerRecordRoutes(app, deps, {
    path: 'leads',
    tag: 'Leads',
    noun: 'lead',
    schemas: {
      listQuery: listLeadsQuerySchema,
      create: createLeadSchema,
      update: updateLeadSchema,
      item: leadSchema,
      detail: leadSchema,
    },
    // Whether a lead is overdue is read against the server clock at each request.
    list: (db, scope, query) => listLeads(db, scope, query, clock.now()),
    totals: (db, scope, query) => leadTotals(db, scope, query, clock.now()),
    get: (db, scope, id) => getLead(db, scope, id, clock.now()),
    create: (db, scope, input) => createLead(db, scope, input, clock),
    update: (db, scope, id, input) => updateLead(db, scope, id, input, clock),
    archive: (db, scope, id, archived) => archiveLead(db, scope, id, archived, clock),
    bulk: bulkUpdateLeads,
  });

  typed(app).post(
    '/leads/:id/convert',
    {
      config: { access: 'crm:write' },
      schema: {
        tags: ['Leads'],
        summary: 'Convert a lead into an account, a contact and (optionally) a deal, in one step',
        params: idParamsSchema,
        body: convertLeadSchema,
        response: { 200: convertedLeadSchema, ...errorResponses },
      },
    },
    async (request) => convertLead(deps.db, principalOf(request).scope, request.params.id, request.body, clock),
  );
};
