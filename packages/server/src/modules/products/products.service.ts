import {
  AppError,
  type CreateProductInput,
  type CreateProductLineInput,
  invalidField,
  Money,
  type Product,
  type ProductLine,
  type UpdateProductInput,
  type UpdateProductLineInput,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { getOrgRow } from '../orgs/orgs.service';
import { assertExternalIdFree, isTaken, takenField } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { changedFields } from '../records/record-writes';
import { findProduct, findProductLine } from './products.queries';
import { productLines, products } from './products.table';

export const getProductLine = async (db: Db, scope: Scope, id: string): Promise<ProductLine> =>
  orNotFound(await findProductLine(db, scope, id), 'product line');

export const createProductLine = async (db: Db, scope: Scope, input: CreateProductLineInput): Promise<ProductLine> =>
  db.transaction(async (tx) => {
    if (await isTaken(tx, scope, productLines, sql`lower(${productLines.name}) = lower(${input.name})`, null)) {
      throw takenField('name', 'Another product line has this name');
    }
    const [row] = await tx
      .insert(productLines)
      .values({
        orgId: scope.orgId,
        name: input.name,
        priority: input.priority,
        description: input.description ?? null,
      })
      .returning({ id: productLines.id });
    if (!row) throw new AppError('INTERNAL', 'Product line was not created');
    await recordAudit(tx, scope, {
      action: 'product_line.created',
      entity: 'product_line',
      entityId: row.id,
      data: input,
    });
    return getProductLine(tx, scope, row.id);
  });

export const updateProductLine = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateProductLineInput,
): Promise<ProductLine> =>
  db.transaction(async (tx) => {
    const before = await getProductLine(tx, scope, id);
    if (
      input.name &&
      (await isTaken(tx, scope, productLines, sql`lower(${productLines.name}) = lower(${input.name})`, id))
    ) {
      throw takenField('name', 'Another product line has this name');
    }
    const changes = changedFields(before, input);
    if (Object.keys(changes).length === 0) return before;
    await tx
      .update(productLines)
      .set(input)
      .where(and(inOrg(scope, productLines.orgId), eq(productLines.id, id)));
    await recordAudit(tx, scope, {
      action: 'product_line.updated',
      entity: 'product_line',
      entityId: id,
      data: changes,
    });
    return getProductLine(tx, scope, id);
  });

export const archiveProductLine = async (db: Db, scope: Scope, id: string, archived: boolean): Promise<ProductLine> =>
  db.transaction(async (tx) => {
    const before = await getProductLine(tx, scope, id);
    if ((before.archivedAt !== null) === archived) return before;
    await tx
      .update(productLines)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(inOrg(scope, productLines.orgId), eq(productLines.id, id)));
    await recordAudit(tx, scope, {
      action: archived ? 'product_line.archived' : 'product_line.restored',
      entity: 'product_line',
      entityId: id,
    });
    return getProductLine(tx, scope, id);
  });

export const getProduct = async (db: Db, scope: Scope, id: string): Promise<Product> =>
  orNotFound(await findProduct(db, scope, id), 'product');

/** Checks a product's line and the uniqueness of its name and external id. */
const checkProduct = async (db: Db, scope: Scope, id: string | null, input: UpdateProductInput) => {
  if (input.productLineId && !(await findProductLine(db, scope, input.productLineId))) {
    throw invalidField('productLineId', 'No such product line');
  }
  if (input.name && (await isTaken(db, scope, products, sql`lower(${products.name}) = lower(${input.name})`, id))) {
    throw takenField('name', 'Another product has this name');
  }
  await assertExternalIdFree(db, scope, { table: products, entity: 'product' }, input.externalId, id);
};

const columnsOf = (input: UpdateProductInput) => ({
  name: input.name,
  sku: input.sku,
  productLineId: input.productLineId,
  listPrice: input.listPrice,
  currency: input.currency,
  description: input.description,
  differentiators: input.differentiators,
  competitorProducts: input.competitorProducts?.map((item) => ({
    competitor: item.competitor,
    product: item.product ?? null,
    notes: item.notes ?? null,
  })),
  externalId: input.externalId,
});

export const createProduct = async (db: Db, scope: Scope, input: CreateProductInput): Promise<Product> =>
  db.transaction(async (tx) => {
    await checkProduct(tx, scope, null, input);
    const currency = input.currency ?? (await getOrgRow(tx, scope.orgId)).currency;
    const [row] = await tx
      .insert(products)
      .values({ ...columnsOf(input), orgId: scope.orgId, name: input.name, listPrice: input.listPrice, currency })
      .returning({ id: products.id });
    if (!row) throw new AppError('INTERNAL', 'Product was not created');
    await recordAudit(tx, scope, {
      action: 'product.created',
      entity: 'product',
      entityId: row.id,
      data: { name: input.name, listPrice: input.listPrice, currency },
    });
    return getProduct(tx, scope, row.id);
  });

export const updateProduct = async (db: Db, scope: Scope, id: string, input: UpdateProductInput): Promise<Product> =>
  db.transaction(async (tx) => {
    const before = await getProduct(tx, scope, id);
    await checkProduct(tx, scope, id, input);
    const values = columnsOf(input);
    const changes = changedFields(before, values);
    // Prices compare as numbers: "100" is the stored "100.00".
    if (changes.listPrice && new Money(String(changes.listPrice.from)).equals(String(changes.listPrice.to))) {
      delete changes.listPrice;
    }
    if (Object.keys(changes).length === 0) return before;
    await tx
      .update(products)
      .set({ ...values, updatedAt: new Date() })
      .where(and(inOrg(scope, products.orgId), eq(products.id, id)));
    await recordAudit(tx, scope, { action: 'product.updated', entity: 'product', entityId: id, data: changes });
    return getProduct(tx, scope, id);
  });

export const archiveProduct = async (db: Db, scope: Scope, id: string, archived: boolean): Promise<Product> =>
  db.transaction(async (tx) => {
    const before = await getProduct(tx, scope, id);
    if ((before.archivedAt !== null) === archived) return before;
    await tx
      .update(products)
      .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
      .where(and(inOrg(scope, products.orgId), eq(products.id, id)));
    await recordAudit(tx, scope, {
      action: archived ? 'product.archived' : 'product.restored',
      entity: 'product',
      entityId: id,
    });
    return getProduct(tx, scope, id);
  });
