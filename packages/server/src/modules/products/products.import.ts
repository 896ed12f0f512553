import { sql } from 'drizzle-orm';
import { inOrg } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import {
  columnAssignments,
  columnNames,
  columnsDiffer,
  columnValues,
  filledColumns,
  type ImportTarget,
  type ImportWriteContext,
  importColumn,
  rowCount,
} from '../imports/import-target';
import { products } from './products.table';

const columns = (ctx: ImportWriteContext) =>
  filledColumns(ctx, [
    importColumn('name', sql`r.f_name`, 'name'),
    importColumn('sku', sql`r.f_sku`, 'sku'),
    importColumn('product_line_id', sql`r.product_line_id`, 'productLine'),
    importColumn('list_price', sql`r.f_list_price`, 'listPrice'),
    importColumn(
      'currency',
      sql`coalesce(${sql.raw(ctx.has('currency') ? 'r.f_currency' : 'null::text')}, ${ctx.currency})`,
      ['currency', 'listPrice'],
    ),
    importColumn('description', sql`r.f_description`, 'description'),
    importColumn('external_id', sql`r.f_external_id`, 'externalId'),
  ]);

/**
 * The product catalog from a file. Product names are unique, so a row without external id updates
 * the product of that name; a name another product already carries is an error.
 */
export const productImport: ImportTarget = {
  recordType: 'products',
  noun: 'product',
  table: products,
  visible: (scope) => inOrg(scope, products.orgId),
  matchByName: true,
  checks: (ctx) => [
    {
      field: 'name',
      value: sql`r.f_name`,
      message: sql`case when r.target_id is null and exists (
          select 1 from products p where p.org_id = ${ctx.orgId} and lower(p.name) = lower(r.f_name))
        then 'Another product has this name (with another external ID)' end`,
    },
  ],
  changed: (ctx) => columnsDiffer(columns(ctx)),
  write: async (db: Db, ctx) => {
    const cols = columns(ctx);
    const inserted = await db.execute(sql`
      insert into products (org_id, id, ${columnNames(cols)}, updated_at)
      select ${ctx.orgId}::uuid, r.id, ${columnValues(cols)}, ${ctx.now}
      from ${ctx.rows} r where r.target_id is null`);
    const updated = await db.execute(sql`
      update products t set ${columnAssignments(cols)}, updated_at = ${ctx.now}
      from ${ctx.rows} r
      where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(cols)}`);
    return { created: rowCount(inserted), updated: rowCount(updated) };
  },
};
