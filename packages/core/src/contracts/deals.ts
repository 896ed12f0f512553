import { z } from 'zod';
import { idSchema, instantSchema, nameSchema } from './common';
import { currencyCodeSchema } from './org';
import { salesRoleSchema, stageKindSchema } from './pipelines';
import {
  amountSchema,
  customValuesSchema,
  externalIdSchema,
  localDateSchema,
  nonNegativeAmountSchema,
  optionalText,
  recordListQueryShape,
  recordMetaShape,
  sortSchema,
} from './records';

export const dealLineItemSchema = z.object({
  id: idSchema,
  productId: idSchema.nullable(),
  productName: z.string(),
  productLineId: idSchema.nullable(),
  quantity: z.string().describe('Decimal quantity'),
  unitPrice: z.string(),
  discountPercent: z.string().describe('0–100'),
  total: z.string().describe('quantity × unit price × (1 − discount), rounded to the currency'),
});
export type DealLineItem = z.infer<typeof dealLineItemSchema>;

export const dealLineItemInputSchema = z.object({
  productId: idSchema
    .nullable()
    .optional()
    .describe('A product of the catalog; its name and list price are the defaults'),
  productName: z.string().trim().min(1).max(200).optional().describe('Required without productId'),
  quantity: nonNegativeAmountSchema.default('1'),
  unitPrice: nonNegativeAmountSchema.optional().describe('Defaults to the product’s list price'),
  discountPercent: nonNegativeAmountSchema.refine((text) => Number(text) <= 100, 'At most 100').default('0'),
});
export type DealLineItemInput = z.infer<typeof dealLineItemInputSchema>;

/** Credit for a deal, shared between reps (SDR and AE, say); percentages sum to 100. */
export const dealSplitSchema = z.object({
  userId: idSchema,
  userName: z.string(),
  percent: z.string().describe('Share of the credit, 0–100'),
  role: salesRoleSchema.nullable(),
});
export const dealSplitInputSchema = z.object({
  userId: idSchema,
  percent: nonNegativeAmountSchema.refine((text) => Number(text) > 0 && Number(text) <= 100, 'Between 0 and 100'),
  role: salesRoleSchema.nullable().optional(),
});

export const dealContactSchema = z.object({ contactId: idSchema, name: z.string(), role: z.string().nullable() });

export const dealSchema = z
  .object({
    ...recordMetaShape,
    name: z.string(),
    accountId: idSchema.nullable(),
    accountName: z.string().nullable(),
    pipelineId: idSchema,
    stageId: idSchema,
    stageName: z.string(),
    stageKind: stageKindSchema,
    probability: z.number().int(),
    amount: z.string(),
    currency: z.string(),
    expectedCloseDate: z.string().nullable(),
    closedOn: z.string().nullable().describe('Set when the deal enters a won or lost stage'),
    invoicePaidOn: z
      .string()
      .nullable()
      .describe('A won deal: the day the customer paid its invoice (plans paying only on paid invoices wait for it)'),
    stageEnteredAt: instantSchema,
    lostReason: z.string().nullable(),
    competitor: z.string().nullable(),
    sourceLeadId: idSchema.nullable(),
    custom: customValuesSchema,
  })
  .meta({ id: 'Deal' });
export type Deal = z.infer<typeof dealSchema>;

export const dealDetailSchema = dealSchema
  .extend({
    lineItems: z.array(dealLineItemSchema),
    splits: z.array(dealSplitSchema),
    contacts: z.array(dealContactSchema),
  })
  .meta({ id: 'DealDetail' });
export type DealDetail = z.infer<typeof dealDetailSchema>;

export const createDealSchema = z.object({
  name: nameSchema.max(200),
  accountId: idSchema.nullable().optional(),
  pipelineId: idSchema.optional().describe('Defaults to the org’s default pipeline'),
  stageId: idSchema.optional().describe('Defaults to the pipeline’s first stage'),
  amount: nonNegativeAmountSchema.default('0').describe('Ignored when line items are given: their sum is the amount'),
  currency: currencyCodeSchema.optional().describe('Defaults to the org currency'),
  expectedCloseDate: localDateSchema.nullable().optional(),
  closedOn: localDateSchema.nullable().optional().describe('Actual close date; set on entering won or lost'),
  lostReason: optionalText(500),
  competitor: optionalText(200),
  sourceLeadId: idSchema.nullable().optional(),
  ownerId: idSchema.optional().describe('Defaults to you'),
  contactIds: z.array(idSchema).max(50).optional(),
  lineItems: z.array(dealLineItemInputSchema).max(200).optional(),
  splits: z.array(dealSplitInputSchema).max(10).optional().describe('Empty: the owner has all the credit'),
  externalId: externalIdSchema,
  custom: customValuesSchema.optional(),
});
export type CreateDealInput = z.infer<typeof createDealSchema>;
// Updates carry no defaults: a field left out of a PATCH stays as it is.
export const updateDealSchema = createDealSchema
  .extend({
    amount: nonNegativeAmountSchema.optional(),
    invoicePaidOn: localDateSchema
      .nullable()
      .optional()
      .describe('Won deals only: the day the customer paid the invoice, not after today; null: not paid'),
  })
  .omit({ pipelineId: true, stageId: true })
  .partial();
export type UpdateDealInput = z.infer<typeof updateDealSchema>;

export const moveDealStageSchema = z.object({
  stageId: idSchema.describe('A stage of the deal’s pipeline, or of another pipeline to move it there'),
  lostReason: optionalText(500).describe('Required when moving to a lost stage'),
  competitor: optionalText(200),
  closedOn: localDateSchema.optional().describe('Close date on entering won or lost; defaults to today'),
  ownerId: idSchema.optional().describe('Assembly line: hand the deal to this member with the move'),
});
export type MoveDealStageInput = z.infer<typeof moveDealStageSchema>;

/** One entry of a deal's stage history: the funnel and cycle times are computed from these. */
export const stageChangeSchema = z
  .object({
    id: idSchema,
    dealId: idSchema,
    fromStageId: idSchema.nullable(),
    fromStageName: z.string().nullable(),
    toStageId: idSchema,
    toStageName: z.string(),
    changedAt: instantSchema,
    changedById: idSchema.nullable(),
    changedByName: z.string().nullable(),
    fromOwnerId: idSchema.nullable(),
    toOwnerId: idSchema,
    handoff: z.boolean().describe('The deal passed to another sales role (assembly line)'),
    amount: z.string(),
  })
  .meta({ id: 'StageChange' });
export type StageChange = z.infer<typeof stageChangeSchema>;

export const dealSorts = [
  'name',
  'amount',
  'expectedCloseDate',
  'closedOn',
  'createdAt',
  'updatedAt',
  'stage',
] as const;
export const listDealsQuerySchema = z.object({
  ...recordListQueryShape,
  pipelineId: idSchema.optional(),
  stageId: idSchema.optional(),
  stageKind: stageKindSchema.optional(),
  accountId: idSchema.optional(),
  productLineId: idSchema.optional().describe('Deals with a line item of this product line'),
  closedFrom: localDateSchema.optional(),
  closedTo: localDateSchema.optional(),
  expectedFrom: localDateSchema.optional(),
  expectedTo: localDateSchema.optional(),
  minAmount: amountSchema.optional(),
  maxAmount: amountSchema.optional(),
  sort: sortSchema(dealSorts, '-createdAt'),
});
export type ListDealsQuery = z.infer<typeof listDealsQuerySchema>;

/** The board: per stage its count and amount per currency, and the first deals of each column. */
export const boardQuerySchema = z.object({
  pipelineId: idSchema.optional(),
  ownerId: idSchema.optional(),
  teamId: idSchema.optional(),
  q: z.string().trim().max(200).optional(),
  perStage: z.coerce.number().int().min(1).max(200).default(50),
});
export const boardColumnSchema = z.object({
  stage: z.object({
    id: idSchema,
    name: z.string(),
    kind: stageKindSchema,
    probability: z.number().int(),
    ownerRole: salesRoleSchema.nullable(),
  }),
  count: z.number().int(),
  amounts: z.array(z.object({ currency: z.string(), sum: z.string() })),
  deals: z.array(dealSchema),
});
export const boardSchema = z
  .object({ pipelineId: idSchema, pipelineName: z.string(), columns: z.array(boardColumnSchema) })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof boardSchema>;
