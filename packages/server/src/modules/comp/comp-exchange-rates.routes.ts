import {
  exchangeRateListQuerySchema,
  exchangeRateListSchema,
  exchangeRateViewSchema,
  idParamsSchema,
  setExchangeRateSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, noContent, type RouteDeps, typed } from '../../platform/http/route-kit';
import { deleteExchangeRate, listExchangeRates, setExchangeRate } from './comp-exchange-rates.service';

const tags = ['Exchange rates'];

/** The org's dated exchange rates, which period runs convert credits with: admins set them, comp readers read them. */
export const compExchangeRateRoutes = async (app: FastifyInstance, { db }: RouteDeps) => {
  const api = typed(app);
  api.get(
    '/exchange-rates',
    {
      config: { access: 'comp:read' },
      schema: {
        tags,
        summary: 'The org’s exchange rates, by pair, newest day first',
        querystring: exchangeRateListQuerySchema,
        response: { 200: exchangeRateListSchema, ...errorResponses },
      },
    },
    async (request) => listExchangeRates(db, principalOf(request).scope, request.query),
  );
  api.put(
    '/exchange-rates',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Set a pair’s rate from a day on (replaces the rate of the same pair and day)',
        body: setExchangeRateSchema,
        response: { 200: exchangeRateViewSchema, ...errorResponses },
      },
    },
    async (request) => setExchangeRate(db, principalOf(request).scope, request.body),
  );
  api.delete(
    '/exchange-rates/:id',
    {
      config: { access: 'comp:write' },
      schema: {
        tags,
        summary: 'Remove a rate set by mistake',
        params: idParamsSchema,
        response: { ...noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteExchangeRate(db, principalOf(request).scope, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
