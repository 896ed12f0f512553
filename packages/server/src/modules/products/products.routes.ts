import {
  createProductLineSchema,
  createProductSchema,
  idParamsSchema,
  listProductLinesQuerySchema,
  listProductsQuerySchema,
  pageOf,
  productLineSchema,
  productSchema,
  updateProductLineSchema,
  updateProductSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { listProductLines, listProducts } from './products.queries';
import {
  archiveProduct,
  archiveProductLine,
  createProduct,
  createProductLine,
  getProduct,
  getProductLine,
  updateProduct,
  updateProductLine,
} from './products.service';

/** The catalog: product lines and products. Every member reads it; admins change it. */
export const productRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  const scopeOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).scope;

  const lineTags = ['Product lines'];
  api.get(
    '/product-lines',
    {
      config: { access: 'crm:read' },
      schema: {
        tags: lineTags,
        summary: 'Product lines with their priority and count of active products',
        querystring: listProductLinesQuerySchema,
        response: { 200: z.object({ items: z.array(productLineSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listProductLines(deps.db, scopeOf(request), request.query) }),
  );
  api.get(
    '/product-lines/:id',
    {
      config: { access: 'crm:read' },
      schema: {
        tags: lineTags,
        summary: 'A product line',
        params: idParamsSchema,
        response: { 200: productLineSchema, ...errorResponses },
      },
    },
    async (request) => getProductLine(deps.db, scopeOf(request), request.params.id),
  );
  api.post(
    '/product-lines',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags: lineTags,
        summary: 'Create a product line (push, standard or loss leader)',
        body: createProductLineSchema,
        response: { 201: productLineSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createProductLine(deps.db, scopeOf(request), request.body);
    },
  );
  api.patch(
    '/product-lines/:id',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags: lineTags,
        summary: 'Rename a product line or change its priority',
        params: idParamsSchema,
        body: updateProductLineSchema,
        response: { 200: productLineSchema, ...errorResponses },
      },
    },
    async (request) => updateProductLine(deps.db, scopeOf(request), request.params.id, request.body),
  );

  const productTags = ['Products'];
  api.get(
    '/products',
    {
      config: { access: 'crm:read' },
      schema: {
        tags: productTags,
        summary: 'The product catalog, filtered and sorted, a page at a time',
        querystring: listProductsQuerySchema,
        response: { 200: pageOf(productSchema), ...errorResponses },
      },
    },
    async (request) => listProducts(deps.db, scopeOf(request), request.query),
  );
  api.get(
    '/products/:id',
    {
      config: { access: 'crm:read' },
      schema: {
        tags: productTags,
        summary: 'A product with its differentiators and the competitor products it meets',
        params: idParamsSchema,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) => getProduct(deps.db, scopeOf(request), request.params.id),
  );
  api.post(
    '/products',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags: productTags,
        summary: 'Add a product to the catalog',
        body: createProductSchema,
        response: { 201: productSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createProduct(deps.db, scopeOf(request), request.body);
    },
  );
  api.patch(
    '/products/:id',
    {
      config: { access: 'crm:configure' },
      schema: {
        tags: productTags,
        summary: 'Change a product; fields left out stay as they are',
        params: idParamsSchema,
        body: updateProductSchema,
        response: { 200: productSchema, ...errorResponses },
      },
    },
    async (request) => updateProduct(deps.db, scopeOf(request), request.params.id, request.body),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/product-lines/:id/${action}`,
      {
        config: { access: 'crm:configure' },
        schema: {
          tags: lineTags,
          summary: archived ? 'Archive a product line' : 'Bring an archived product line back',
          params: idParamsSchema,
          response: { 200: productLineSchema, ...errorResponses },
        },
      },
      async (request) => archiveProductLine(deps.db, scopeOf(request), request.params.id, archived),
    );
    api.post(
      `/products/:id/${action}`,
      {
        config: { access: 'crm:configure' },
        schema: {
          tags: productTags,
          summary: archived
            ? 'Archive a product: it leaves the catalog, deals keep it'
            : 'Bring an archived product back',
          params: idParamsSchema,
          response: { 200: productSchema, ...errorResponses },
        },
      },
      async (request) => archiveProduct(deps.db, scopeOf(request), request.params.id, archived),
    );
  }
};
