import {
  customizableRecordTypes,
  exportFormatSchema,
  listAccountsQuerySchema,
  listActivitiesQuerySchema,
  listContactsQuerySchema,
  listDealsQuerySchema,
  listEstimatesQuerySchema,
  listLeadsQuerySchema,
  listProductsQuerySchema,
  localDateOf,
  type RecordType,
  recordTypes,
} from '@pacer/core';
import { eq, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Scope } from '../../platform/auth/access-policy';
import type { SortKey } from '../../platform/db/keyset';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { accountFilters, accountSortKeys } from '../accounts/accounts.queries';
import { activityFilters, activitySortKeys } from '../activities/activities.queries';
import { contactFilters, contactSortKeys } from '../contacts/contacts.queries';
import { listCustomFields } from '../custom-fields/custom-fields.service';
import { dealFilters, dealSortKeys } from '../deals/deals.queries';
import { estimateFilters, estimateSortKeys } from '../estimates/estimates.queries';
import { leadFilters, leadSortKeys } from '../leads/leads.queries';
import { orgs } from '../orgs/orgs.table';
import { productFilters, productSortKeys } from '../products/products.queries';
import { exportSource } from './export-columns';
import { csvStream, exportPages, pickColumns, xlsxStream } from './export-stream';

type Filters = (scope: Scope, query: Record<string, unknown>, now: Date) => SQL;
// The route's query schema is the list's, so the query a list's filters expect is what arrives.
const filtersOf = <Q>(filters: (scope: Scope, query: Q, now: Date) => SQL): Filters => filters as unknown as Filters;

/** Each record type's list query and filters: an export holds exactly what its list shows. */
const lists: Record<RecordType, { query: z.ZodObject; filters: Filters; sortKeys: Record<string, SortKey> }> = {
  accounts: { query: listAccountsQuerySchema, filters: filtersOf(accountFilters), sortKeys: accountSortKeys },
  contacts: { query: listContactsQuerySchema, filters: filtersOf(contactFilters), sortKeys: contactSortKeys },
  leads: { query: listLeadsQuerySchema, filters: filtersOf(leadFilters), sortKeys: leadSortKeys },
  deals: { query: listDealsQuerySchema, filters: filtersOf(dealFilters), sortKeys: dealSortKeys },
  products: { query: listProductsQuerySchema, filters: filtersOf(productFilters), sortKeys: productSortKeys },
  estimates: { query: listEstimatesQuerySchema, filters: filtersOf(estimateFilters), sortKeys: estimateSortKeys },
  activities: { query: listActivitiesQuerySchema, filters: filtersOf(activityFilters), sortKeys: activitySortKeys },
};

const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * `GET /{type}/export`: any list, as filtered and sorted, as CSV or XLSX, streamed a page at a time.
 * The headers are those Pacer's import reads back (the `pacer` preset).
 */
export const exportRoutes = async (app: FastifyInstance, deps: RouteDeps) => {
  const api = typed(app);
  for (const recordType of recordTypes) {
    const list = lists[recordType];
    const querystring = list.query.omit({ limit: true, cursor: true }).extend({
      format: exportFormatSchema,
      columns: z
        .string()
        .max(2000)
        .optional()
        .describe('Column keys to export, comma-separated, in order; default all'),
    });
    api.get(
      `/${recordType}/export`,
      {
        config: { access: 'crm:read' },
        schema: {
          tags: ['Exports'],
          summary: `Export the ${recordType} list (same filters and sort) as CSV or XLSX`,
          querystring,
          produces: [contentTypes.csv, contentTypes.xlsx],
          response: { 200: z.string().describe('The file'), ...errorResponses },
        },
      },
      async (request, reply) => {
        const scope = principalOf(request).scope;
        const query = request.query as Record<string, unknown> & {
          format: 'csv' | 'xlsx';
          columns?: string;
          sort: string;
        };
        const now = deps.clock.now();
        const custom = (customizableRecordTypes as readonly string[]).includes(recordType)
          ? await listCustomFields(deps.db, scope, recordType as (typeof customizableRecordTypes)[number])
          : [];
        const source = exportSource(recordType, custom);
        const columns = pickColumns(source.columns, query.columns);
        const pages = exportPages(deps.db, {
          source,
          columns,
          where: list.filters(scope, query, now),
          sortKeys: list.sortKeys,
          sort: query.sort,
        });
        // The first page is read before the answer starts, so a failing query still answers an error.
        const first = await pages.next();
        async function* all() {
          if (!first.done) yield first.value;
          yield* pages;
        }
        const [org] = await deps.db.select({ timeZone: orgs.timeZone }).from(orgs).where(eq(orgs.id, scope.orgId));
        const day = localDateOf(now, org?.timeZone ?? 'UTC');
        reply
          .header('content-type', contentTypes[query.format])
          .header('content-disposition', `attachment; filename="${recordType}-${day}.${query.format}"`)
          .header('cache-control', 'no-store');
        const file = query.format === 'csv' ? csvStream(columns, all()) : xlsxStream(recordType, columns, all());
        return reply.send(file as never);
      },
    );
  }
};
