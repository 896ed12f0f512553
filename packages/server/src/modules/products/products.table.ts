import { productLinePriorities } from '@pacer/core';
import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { amount, archivedAt, createdAt, currency, externalId, updatedAt } from '../../platform/db/columns';
import { orgs } from '../orgs/orgs.table';

export const productLinePriorityEnum = pgEnum('product_line_priority', productLinePriorities);

/** Product lines (series): the company pushes some, treats others as loss leaders. */
export const productLines = pgTable(
  'product_lines',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    priority: productLinePriorityEnum('priority').notNull().default('standard'),
    description: text('description'),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('product_lines_name_key').on(t.orgId, sql`lower(${t.name})`),
  ],
);

export interface CompetitorProduct {
  competitor: string;
  product: string | null;
  notes: string | null;
}

/** The catalog: list price, line, what sets each product apart, and the competitors' products it meets. */
export const products = pgTable(
  'products',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    sku: text('sku'),
    productLineId: uuid('product_line_id'),
    listPrice: amount('list_price').notNull(),
    currency: currency(),
    description: text('description'),
    differentiators: jsonb('differentiators').$type<string[]>().notNull().default([]),
    competitorProducts: jsonb('competitor_products').$type<CompetitorProduct[]>().notNull().default([]),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.productLineId], foreignColumns: [productLines.orgId, productLines.id] }),
    unique('products_external_id_key').on(t.orgId, t.externalId),
    uniqueIndex('products_name_key').on(t.orgId, sql`lower(${t.name})`),
    index('products_line_idx').on(t.orgId, t.productLineId),
  ],
);
