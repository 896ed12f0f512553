import {
  type BulkActionInput,
  bulkActionSchema,
  bulkResultSchema,
  idParamsSchema,
  type ListTotals,
  listTotalsSchema,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, type typed } from '../../platform/http/route-kit';

type Page<T> = { items: T[]; nextCursor: string | null };

/** What a CRM record module hands over to get the standard routes of a record type. */
export interface RecordRoutesSpec<
  Query extends z.ZodObject,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Item extends z.ZodType,
  Detail extends z.ZodType,
> {
  /** URL segment, e.g. `accounts`. */
  path: string;
  tag: string;
  /** Singular noun for the summaries, e.g. `account`. */
  noun: string;
  schemas: { listQuery: Query; create: Create; update: Update; item: Item; detail: Detail; created?: z.ZodType };
  list: (db: Db, scope: Scope, query: z.output<Query>) => Promise<Page<z.output<Item>>>;
  totals: (db: Db, scope: Scope, query: z.output<Query>) => Promise<ListTotals>;
  get: (db: Db, scope: Scope, id: string) => Promise<z.output<Detail>>;
  create: (db: Db, scope: Scope, input: z.output<Create>) => Promise<unknown>;
  update: (db: Db, scope: Scope, id: string, input: z.output<Update>) => Promise<unknown>;
  archive: (db: Db, scope: Scope, id: string, archived: boolean) => Promise<unknown>;
  bulk: (db: Db, scope: Scope, input: BulkActionInput) => Promise<{ updated: number }>;
}

/**
 * The routes every CRM record type has: list (cursor pages), footer totals, create, read, update,
 * archive, restore and bulk actions. Each reads with `crm:read` and writes with `crm:write`; the
 * rows are narrowed by the caller's scope inside the module's functions.
 */
export const registerRecordRoutes = <
  Query extends z.ZodObject,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Item extends z.ZodType,
  Detail extends z.ZodType,
>(
  app: FastifyInstance,
  deps: RouteDeps,
  spec: RecordRoutesSpec<Query, Create, Update, Item, Detail>,
) => {
  // The zod schemas still validate every request and answer at run time; the type provider cannot
  // follow this factory's generics, so the handlers read their already-validated input by cast.
  const api = app as unknown as ReturnType<typeof typed> & FastifyInstance;
  const tags = [spec.tag];
  const { path, noun, schemas } = spec;
  const totalsQuery = schemas.listQuery.omit({ limit: true, cursor: true, sort: true });
  const scopeOf = (request: Parameters<typeof principalOf>[0]) => principalOf(request).scope;

  api.get(
    `/${path}`,
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: `List ${path} you may see, filtered and sorted, a page at a time`,
        querystring: schemas.listQuery,
        response: {
          200: z.object({ items: z.array(schemas.item), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => spec.list(deps.db, scopeOf(request), request.query as z.output<Query>),
  );
  api.get(
    `/${path}/totals`,
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: `Count (and amounts per currency) of the ${path} matching the list filters`,
        querystring: totalsQuery,
        response: { 200: listTotalsSchema, ...errorResponses },
      },
    },
    async (request) => spec.totals(deps.db, scopeOf(request), request.query as z.output<Query>),
  );
  api.post(
    `/${path}`,
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: `Create a ${noun}`,
        body: schemas.create,
        response: { 201: schemas.created ?? schemas.detail, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return spec.create(deps.db, scopeOf(request), request.body as z.output<Create>);
    },
  );
  api.post(
    `/${path}/bulk`,
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: `Reassign, archive or restore many ${path}; those you may not change are left alone`,
        body: bulkActionSchema,
        response: { 200: bulkResultSchema, ...errorResponses },
      },
    },
    async (request) => spec.bulk(deps.db, scopeOf(request), request.body),
  );
  api.get(
    `/${path}/:id`,
    {
      config: { access: 'crm:read' },
      schema: {
        tags,
        summary: `A ${noun}`,
        params: idParamsSchema,
        response: { 200: schemas.detail, ...errorResponses },
      },
    },
    async (request) => spec.get(deps.db, scopeOf(request), (request.params as { id: string }).id) as never,
  );
  api.patch(
    `/${path}/:id`,
    {
      config: { access: 'crm:write' },
      schema: {
        tags,
        summary: `Change a ${noun}; fields left out stay as they are`,
        params: idParamsSchema,
        body: schemas.update,
        response: { 200: schemas.created ?? schemas.detail, ...errorResponses },
      },
    },
    async (request) => spec.update(deps.db, scopeOf(request), request.params.id, request.body as z.output<Update>),
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/${path}/:id/${action}`,
      {
        config: { access: 'crm:write' },
        schema: {
          tags,
          summary: archived
            ? `Archive a ${noun}: it leaves the lists, its history stays`
            : `Bring an archived ${noun} back`,
          params: idParamsSchema,
          response: { 200: schemas.detail, ...errorResponses },
        },
      },
      async (request) =>
        spec.archive(deps.db, scopeOf(request), (request.params as { id: string }).id, archived) as never,
    );
  }
};
