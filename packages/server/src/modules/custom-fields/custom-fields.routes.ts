import {
  createCustomFieldSchema,
  customFieldSchema,
  customizableRecordTypes,
  idParamsSchema,
  updateCustomFieldSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { createCustomField, deleteCustomField, listCustomFields, updateCustomField } from './custom-fields.service';

export const customFieldRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const tags = ['Custom fields'];
  api.get(
    '/custom-fields',
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: 'Custom fields of accounts, contacts, leads and deals',
        querystring: z.object({ recordType: z.enum(customizableRecordTypes).optional() }),
        response: { 200: z.object({ items: z.array(customFieldSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await listCustomFields(deps.db, principalOf(request).scope, request.query.recordType),
    }),
  );
  api.post(
    '/custom-fields',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags,
        summary: 'Add a custom field',
        body: createCustomFieldSchema,
        response: { 201: customFieldSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCustomField(deps.db, principalOf(request).scope, request.body);
    },
  );
  api.patch(
    '/custom-fields/:id',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags,
        summary: 'Rename a custom field or change its options',
        params: idParamsSchema,
        body: updateCustomFieldSchema,
        response: { 200: customFieldSchema, ...errorResponses },
      },
    },
    async (request) => updateCustomField(deps.db, principalOf(request).scope, request.params.id, request.body),
  );
  api.delete(
    '/custom-fields/:id',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags,
        summary: 'Remove a custom field',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteCustomField(deps.db, principalOf(request).scope, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
