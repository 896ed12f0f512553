import { sql } from 'drizzle-orm';
import { inOrg } from '../../platform/auth/access-policy';
import {
  columnImport,
  currencyColumn,
  fieldColumn,
  filledColumns,
  type ImportWriteContext,
  referenceColumn,
} from '../imports/import-target';
import { products } from './products.table';

const columns = (ctx: ImportWriteContext) =>
  filledColumns(ctx, [
    fieldColumn('name'),
    fieldColumn('sku'),
    referenceColumn('productLine'),
    fieldColumn('listPrice'),
    currencyColumn(ctx, ['listPrice']),
    fieldColumn('description'),
    fieldColumn('externalId'),
  ]);

/**
 * The product catalog from a file. Product names are unique, so a row without external id updates
 * the product of that name; a name another product already carries is an error.
 */
export const productImport = columnImport({
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
  columns,
});
