import { z } from 'zod';
import { estimateStatuses } from '../crm/vocabulary';
import { idSchema, instantSchema } from './common';
import { currencyCodeSchema } from './org';
import {
  externalIdSchema,
  localDateSchema,
  nonNegativeAmountSchema,
  optionalText,
  recordListQueryShape,
  recordMetaShape,
  sortSchema,
} from './records';

export const estimateStatusSchema = z.enum(estimateStatuses);

/** A quote sent to an account for a product line. Reps are expected to send some every month per line. */
export const estimateSchema = z
  .object({
    ...recordMetaShape,
    number: z.string().nullable().describe('The estimate’s own reference, e.g. Q-2026-014'),
    accountId: idSchema,
    accountName: z.string(),
    dealId: idSchema.nullable(),
    dealName: z.string().nullable(),
    productLineId: idSchema,
    productLineName: z.string(),
    amount: z.string(),
    currency: z.string(),
    status: estimateStatusSchema,
    estimateDate: z.string().describe('Date sent (or drafted), YYYY-MM-DD'),
    sentAt: instantSchema.nullable(),
    notes: z.string().nullable(),
  })
  .meta({ id: 'Estimate' });
export type Estimate = z.infer<typeof estimateSchema>;

export const createEstimateSchema = z.object({
  number: optionalText(60),
  accountId: idSchema,
  dealId: idSchema.nullable().optional(),
  productLineId: idSchema,
  amount: nonNegativeAmountSchema,
  currency: currencyCodeSchema.optional(),
  status: estimateStatusSchema.default('draft'),
  estimateDate: localDateSchema.optional().describe('Defaults to today'),
  notes: optionalText(5000),
  ownerId: idSchema.optional(),
  externalId: externalIdSchema,
});
export type CreateEstimateInput = z.infer<typeof createEstimateSchema>;
// Updates carry no defaults: a field left out of a PATCH stays as it is.
export const updateEstimateSchema = createEstimateSchema.extend({ status: estimateStatusSchema.optional() }).partial();
export type UpdateEstimateInput = z.infer<typeof updateEstimateSchema>;

export const estimateSorts = ['estimateDate', 'amount', 'createdAt'] as const;
export const listEstimatesQuerySchema = z.object({
  ...recordListQueryShape,
  status: estimateStatusSchema.optional(),
  accountId: idSchema.optional(),
  dealId: idSchema.optional(),
  productLineId: idSchema.optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  sort: sortSchema(estimateSorts, '-estimateDate'),
});
export type ListEstimatesQuery = z.infer<typeof listEstimatesQuerySchema>;

/** Estimates counted by rep × product line × month: are reps sending enough for each line? */
export const estimateSummaryQuerySchema = z
  .object({
    from: localDateSchema.describe('First day, inclusive'),
    to: localDateSchema.describe('Last day, inclusive'),
    ownerId: idSchema.optional(),
    teamId: idSchema.optional(),
    productLineId: idSchema.optional(),
    status: z.enum(['sent', 'all']).default('sent').describe('sent counts estimates sent, accepted or rejected'),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], message: 'Not before from' });
export const estimateSummarySchema = z
  .object({
    rows: z.array(
      z.object({
        ownerId: idSchema,
        ownerName: z.string(),
        productLineId: idSchema,
        productLineName: z.string(),
        month: z.string().describe('YYYY-MM'),
        count: z.number().int(),
        amounts: z.array(z.object({ currency: z.string(), sum: z.string() })),
      }),
    ),
  })
  .meta({ id: 'EstimateSummary' });
export type EstimateSummary = z.infer<typeof estimateSummarySchema>;
