import { z } from 'zod';
import { productLinePriorities } from '../crm/vocabulary';
import { idSchema, instantSchema, nameSchema, pageQuerySchema } from './common';
import { currencyCodeSchema } from './org';
import { externalIdSchema, nonNegativeAmountSchema, optionalText, sortSchema } from './records';

export const productLinePrioritySchema = z
  .enum(productLinePriorities)
  .describe('push (the company wants it sold), standard, or loss_leader');

/** A family of products (a series); its priority tells reps what the company wants sold. */
export const productLineSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    priority: productLinePrioritySchema,
    description: z.string().nullable(),
    productCount: z.number().int(),
    archivedAt: instantSchema.nullable(),
    createdAt: instantSchema,
  })
  .meta({ id: 'ProductLine' });
export type ProductLine = z.infer<typeof productLineSchema>;

export const createProductLineSchema = z.object({
  name: nameSchema.max(120),
  priority: productLinePrioritySchema.default('standard'),
  description: optionalText(2000),
});
export type CreateProductLineInput = z.infer<typeof createProductLineSchema>;
export const updateProductLineSchema = z
  .object({ name: nameSchema.max(120), priority: productLinePrioritySchema, description: optionalText(2000) })
  .partial();
export type UpdateProductLineInput = z.infer<typeof updateProductLineSchema>;
export const listProductLinesQuerySchema = z.object({
  archived: z.enum(['false', 'true', 'all']).default('false').describe('Active lines (default), archived ones, or all'),
});
export type ListProductLinesQuery = z.infer<typeof listProductLinesQuerySchema>;

/** A competitor's product this product is compared with, and how we win against it. */
export const competitorProductSchema = z.object({
  competitor: z.string().trim().min(1).max(120),
  product: optionalText(120),
  notes: optionalText(2000).describe('How ours compares; what to say'),
});

export const productSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    sku: z.string().nullable(),
    productLineId: idSchema.nullable(),
    productLineName: z.string().nullable(),
    productLinePriority: productLinePrioritySchema.nullable(),
    listPrice: z.string(),
    currency: z.string(),
    description: z.string().nullable(),
    differentiators: z.array(z.string()).describe('What sets it apart from competitors'),
    competitorProducts: z.array(
      z.object({ competitor: z.string(), product: z.string().nullable(), notes: z.string().nullable() }),
    ),
    externalId: z.string().nullable(),
    archivedAt: instantSchema.nullable(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof productSchema>;

export const createProductSchema = z.object({
  name: nameSchema.max(200),
  sku: optionalText(80),
  productLineId: idSchema.nullable().optional(),
  listPrice: nonNegativeAmountSchema,
  currency: currencyCodeSchema.optional().describe('Defaults to the org currency'),
  description: optionalText(5000),
  differentiators: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
  competitorProducts: z.array(competitorProductSchema).max(20).optional(),
  externalId: externalIdSchema,
});
export type CreateProductInput = z.infer<typeof createProductSchema>;
export const updateProductSchema = createProductSchema.partial();
export type UpdateProductInput = z.infer<typeof updateProductSchema>;

export const productSorts = ['name', 'listPrice', 'createdAt'] as const;
export const listProductsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  productLineId: idSchema.optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: sortSchema(productSorts, 'name'),
});
export type ListProductsQuery = z.infer<typeof listProductsQuerySchema>;
