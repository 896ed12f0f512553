import { z } from 'zod';
import { leadSources, leadStatuses } from '../crm/vocabulary';
import { createAccountSchema } from './accounts';
import { emailSchema, idSchema, instantSchema, nameSchema } from './common';
import { createDealSchema } from './deals';
import {
  customValuesSchema,
  externalIdSchema,
  localDateSchema,
  optionalText,
  recordListQueryShape,
  recordMetaShape,
  sortSchema,
} from './records';

export const leadSourceSchema = z
  .enum(leadSources)
  .describe('company (company-generated: marketing, inbound), referral, event, prospecting (own), partner');
export const leadStatusSchema = z.enum(leadStatuses);

/** A prospect not yet qualified: a person, usually at a company, with a source and a follow-up. */
export const leadSchema = z
  .object({
    ...recordMetaShape,
    firstName: z.string().nullable(),
    lastName: z.string(),
    name: z.string(),
    company: z.string().nullable(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    source: leadSourceSchema,
    status: leadStatusSchema,
    followUpDueAt: instantSchema
      .nullable()
      .describe('When the lead must be followed up: set for company-generated leads from the org setting'),
    followedUpAt: instantSchema.nullable().describe('First activity logged on the lead or first status change'),
    isOverdue: z.boolean().describe('Follow-up deadline passed without a follow-up'),
    disqualifiedReason: z.string().nullable(),
    notes: z.string().nullable(),
    convertedAt: instantSchema.nullable(),
    convertedAccountId: idSchema.nullable(),
    convertedContactId: idSchema.nullable(),
    convertedDealId: idSchema.nullable(),
    custom: customValuesSchema,
  })
  .meta({ id: 'Lead' });
export type Lead = z.infer<typeof leadSchema>;

export const createLeadSchema = z.object({
  firstName: optionalText(80),
  lastName: nameSchema.max(80),
  company: optionalText(200),
  title: optionalText(120),
  email: emailSchema.nullable().optional(),
  phone: optionalText(40),
  source: leadSourceSchema,
  status: z.enum(['new', 'working', 'qualified', 'disqualified']).optional(),
  followUpDueAt: instantSchema.nullable().optional().describe('Overrides the deadline the org setting gives'),
  disqualifiedReason: optionalText(500),
  notes: optionalText(10_000),
  ownerId: idSchema.optional().describe('Defaults to you'),
  externalId: externalIdSchema,
  custom: customValuesSchema.optional(),
});
export type CreateLeadInput = z.infer<typeof createLeadSchema>;
export const updateLeadSchema = createLeadSchema.partial();
export type UpdateLeadInput = z.infer<typeof updateLeadSchema>;

/** Turn a lead into account + contact + (optionally) deal in one step; the lead keeps the links. */
export const convertLeadSchema = z.object({
  account: z
    .union([z.object({ id: idSchema }), createAccountSchema.pick({ name: true, domain: true, industry: true })])
    .optional()
    .describe('An existing account ({ id }) or a new one; defaults to a new account named after the lead’s company'),
  contactId: idSchema.optional().describe('An existing contact to link instead of creating one from the lead'),
  deal: createDealSchema
    .pick({ name: true, pipelineId: true, stageId: true, amount: true, currency: true, expectedCloseDate: true })
    .partial({ name: true, stageId: true, currency: true, expectedCloseDate: true })
    .nullable()
    .optional()
    .describe('The deal to open; null converts without a deal'),
});
export type ConvertLeadInput = z.infer<typeof convertLeadSchema>;
export const convertedLeadSchema = z
  .object({ lead: leadSchema, accountId: idSchema, contactId: idSchema, dealId: idSchema.nullable() })
  .meta({ id: 'ConvertedLead' });

export const leadSorts = ['name', 'createdAt', 'updatedAt', 'followUpDueAt', 'company'] as const;
export const listLeadsQuerySchema = z.object({
  ...recordListQueryShape,
  status: leadStatusSchema.optional(),
  source: leadSourceSchema.optional(),
  overdue: z.enum(['true', 'false']).optional().describe('Only leads whose follow-up deadline has passed'),
  createdFrom: localDateSchema.optional(),
  createdTo: localDateSchema.optional(),
  sort: sortSchema(leadSorts, '-createdAt'),
});
export type ListLeadsQuery = z.infer<typeof listLeadsQuerySchema>;
