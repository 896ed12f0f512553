import {
  currencyMinorUnits,
  type ListProductLinesQuery,
  type ListProductsQuery,
  Money,
  type Product,
  type ProductLine,
} from '@pacer/core';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { archivedFilter, keysetList, matchesWords } from '../records/record-queries';
import { productLines, products } from './products.table';

/** A price with the currency's decimals, or more when it has them (0.0125 a unit). */
export const formatPrice = (value: string, currency: string) => {
  const money = new Money(value);
  return money.toFixed(Math.max(money.decimalPlaces(), currencyMinorUnits(currency)));
};

// Spelled out: drizzle may leave a lone table's columns unqualified, and here `id` would be the product's.
const productCount = sql<number>`(select count(*)::int from products p
  where p.org_id = "product_lines"."org_id" and p.product_line_id = "product_lines"."id" and p.archived_at is null)`;

const toProductLine = (row: typeof productLines.$inferSelect & { productCount: number }): ProductLine => ({
  id: row.id,
  name: row.name,
  priority: row.priority,
  description: row.description,
  productCount: row.productCount,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

const selectProductLines = (db: Db) =>
  db
    .select({
      id: productLines.id,
      orgId: productLines.orgId,
      name: productLines.name,
      priority: productLines.priority,
      description: productLines.description,
      archivedAt: productLines.archivedAt,
      createdAt: productLines.createdAt,
      productCount,
    })
    .from(productLines);

/** The org's product lines by name, each with its count of active products. */
export const listProductLines = async (db: Db, scope: Scope, query: ListProductLinesQuery): Promise<ProductLine[]> =>
  (
    await selectProductLines(db)
      .where(and(inOrg(scope, productLines.orgId), archivedFilter(productLines.archivedAt, query.archived)))
      .orderBy(asc(sql`lower(${productLines.name})`), asc(productLines.id))
  ).map(toProductLine);

export const findProductLine = async (db: Db, scope: Scope, id: string): Promise<ProductLine | null> => {
  const [row] = await selectProductLines(db).where(and(inOrg(scope, productLines.orgId), eq(productLines.id, id)));
  return row ? toProductLine(row) : null;
};

type ProductRow = {
  product: typeof products.$inferSelect;
  productLineName: string | null;
  productLinePriority: ProductLine['priority'] | null;
};

const toProduct = ({ product, productLineName, productLinePriority }: ProductRow): Product => ({
  id: product.id,
  name: product.name,
  sku: product.sku,
  productLineId: product.productLineId,
  productLineName,
  productLinePriority,
  listPrice: formatPrice(product.listPrice, product.currency),
  currency: product.currency,
  description: product.description,
  differentiators: product.differentiators,
  competitorProducts: product.competitorProducts,
  externalId: product.externalId,
  archivedAt: product.archivedAt?.toISOString() ?? null,
  createdAt: product.createdAt.toISOString(),
  updatedAt: product.updatedAt.toISOString(),
});

const selectProducts = (db: Db, sortValue: SQL = sql`null`) =>
  db
    .select({
      product: products,
      productLineName: productLines.name,
      productLinePriority: productLines.priority,
      sortValue,
    })
    .from(products)
    .leftJoin(productLines, and(eq(productLines.orgId, products.orgId), eq(productLines.id, products.productLineId)));

export const productSortKeys = {
  name: { expr: sql`lower(${products.name})`, type: 'text', notNull: true },
  listPrice: { expr: products.listPrice, type: 'numeric', notNull: true },
  createdAt: { expr: products.createdAt, type: 'timestamptz', notNull: true },
} as const;

export type ProductFilters = Omit<ListProductsQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the catalog list, shared by the list and its export. */
export const productFilters = (scope: Scope, query: ProductFilters): SQL =>
  and(
    inOrg(scope, products.orgId),
    archivedFilter(products.archivedAt, query.archived),
    query.productLineId ? eq(products.productLineId, query.productLineId) : undefined,
    query.q ? matchesWords(sql`lower(${products.name} || ' ' || coalesce(${products.sku}, ''))`, query.q) : undefined,
  ) as SQL;

/** One page of the catalog, filtered and sorted. */
export const listProducts = (db: Db, scope: Scope, query: ListProductsQuery) =>
  keysetList(
    { keys: productSortKeys, id: products.id, query },
    (keyset) =>
      selectProducts(db, keyset.sortValue)
        .where(and(productFilters(scope, query), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.product.id,
    toProduct,
  );

export const findProduct = async (db: Db, scope: Scope, id: string): Promise<Product | null> => {
  const [row] = await selectProducts(db).where(and(inOrg(scope, products.orgId), eq(products.id, id)));
  return row ? toProduct(row) : null;
};
