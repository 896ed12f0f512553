import { z } from 'zod';
import { customFieldTypes, customizableRecordTypes, recordTypes } from '../crm/vocabulary';
import { isAmount } from '../money/money';
import { parseLocalDate } from '../periods/local-date';
import { idSchema, instantSchema, pageQuerySchema } from './common';

/** Shared pieces of the CRM record contracts: dates, amounts, owners, lists, bulk actions, timeline. */

export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  .refine((text) => {
    // The regex check does not stop zod from running this one: a malformed text is its failure, not ours.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true;
    const { year, month, day } = parseLocalDate(text);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'Not a calendar date')
  .describe('Calendar day, YYYY-MM-DD');

/** A money amount as a decimal string: exact, at most 15 integer digits and 4 decimals. */
export const amountSchema = z
  .union([z.string(), z.number()])
  .transform((value) => (typeof value === 'number' ? String(value) : value.trim()))
  .refine(isAmount, 'Use a plain decimal number like 1234.50')
  .describe('Amount as a decimal string, e.g. "1234.50"');

export const nonNegativeAmountSchema = amountSchema.refine((text) => !text.startsWith('-'), 'Must not be negative');

/** Text that may be empty; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((text) => (text === '' ? null : text))
    .nullable()
    .optional();

/** Values of org-defined custom fields, by field key. */
export const customValuesSchema = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]),
  )
  .describe('Custom field values by field key');
export type CustomValues = z.infer<typeof customValuesSchema>;

/** What every owned CRM record shows: who owns it, whether it is archived, when it was made. */
export const recordMetaShape = {
  id: idSchema,
  ownerId: idSchema,
  ownerName: z.string(),
  externalId: z.string().nullable().describe('Id in the system it was imported from'),
  archivedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
};

export const externalIdSchema = z.string().trim().min(1).max(200).nullable().optional();

/** Query pieces every record list understands. */
export const recordListQueryShape = {
  ...pageQuerySchema.shape,
  q: z.string().trim().max(200).optional().describe('Words to match (name, e-mail, …)'),
  ownerId: idSchema.optional().describe('Only records of this owner'),
  teamId: idSchema.optional().describe('Only records owned by members of this team or its sub-teams'),
  archived: z
    .enum(['false', 'true', 'all'])
    .default('false')
    .describe('Active records (default), archived ones, or all'),
};

/** `name` sorts ascending, `-name` descending. */
export const sortSchema = <const K extends string>(keys: readonly K[], fallback: K | `-${K}`) =>
  z
    .enum([...keys, ...keys.map((k) => `-${k}` as const)] as [K | `-${K}`, ...(K | `-${K}`)[]])
    .default(fallback as never)
    .describe(`Sort by ${keys.join(', ')}; prefix - for descending`);

/** Footer figures of a list: how many rows, and the sum of its amounts per currency. */
export const listTotalsSchema = z
  .object({
    count: z.number().int(),
    amounts: z.array(z.object({ currency: z.string(), sum: z.string() })),
  })
  .meta({ id: 'ListTotals' });
export type ListTotals = z.infer<typeof listTotalsSchema>;

export const bulkActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('reassign'), ids: z.array(idSchema).min(1).max(1000), ownerId: idSchema }),
  z.object({ action: z.literal('archive'), ids: z.array(idSchema).min(1).max(1000) }),
  z.object({ action: z.literal('restore'), ids: z.array(idSchema).min(1).max(1000) }),
  z.object({
    action: z.literal('change_stage'),
    ids: z.array(idSchema).min(1).max(1000),
    stageId: idSchema.describe('Deals only: the stage to move to'),
    lostReason: z.string().trim().max(500).optional(),
  }),
]);
export type BulkActionInput = z.infer<typeof bulkActionSchema>;
export const bulkResultSchema = z.object({ updated: z.number().int() }).meta({ id: 'BulkResult' });

/** One thing that happened to a record, newest first on its page. */
export const timelineEntrySchema = z
  .object({
    kind: z.enum(['activity', 'stage_change', 'edit', 'created', 'archived', 'restored', 'converted', 'note']),
    at: instantSchema,
    actorId: idSchema.nullable(),
    actorName: z.string().nullable(),
    title: z.string().describe('Short line, e.g. "Call · connected" or "Stage: Proposal → Won"'),
    detail: z.string().nullable().describe('Notes of an activity, changed fields of an edit'),
    refId: z.string().nullable().describe('The activity or stage change behind the entry'),
    data: z.record(z.string(), z.unknown()).describe('Structured details of the entry'),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export const timelineQuerySchema = pageQuerySchema;

export const recordTypeSchema = z.enum(recordTypes);
export const exportFormatSchema = z.enum(['csv', 'xlsx']).default('csv');

export const customFieldSchema = z
  .object({
    id: idSchema,
    recordType: z.enum(customizableRecordTypes),
    key: z.string(),
    label: z.string(),
    type: z.enum(customFieldTypes),
    options: z.array(z.string()).describe('Choices of a select field'),
    position: z.number().int(),
  })
  .meta({ id: 'CustomField' });
export type CustomField = z.infer<typeof customFieldSchema>;

export const createCustomFieldSchema = z
  .object({
    recordType: z.enum(customizableRecordTypes),
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Lower-case letters, digits and _, starting with a letter')
      .describe('Stable key used in the API and in imports'),
    label: z.string().trim().min(1).max(80),
    type: z.enum(customFieldTypes),
    options: z.array(z.string().trim().min(1).max(80)).max(100).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.type === 'select' && value.options.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'A select field needs options' });
    }
  });
export type CreateCustomFieldInput = z.infer<typeof createCustomFieldSchema>;
export const updateCustomFieldSchema = z
  .object({ label: z.string().trim().min(1).max(80), options: z.array(z.string().trim().min(1).max(80)).max(100) })
  .partial();
export type UpdateCustomFieldInput = z.infer<typeof updateCustomFieldSchema>;
