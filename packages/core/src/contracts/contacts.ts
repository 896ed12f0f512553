import { z } from 'zod';
import { addressOutSchema, addressSchema } from './accounts';
import { emailSchema, idSchema, nameSchema } from './common';
import {
  customValuesSchema,
  externalIdSchema,
  optionalText,
  recordListQueryShape,
  recordMetaShape,
  sortSchema,
} from './records';

export const contactEmailSchema = z.object({ email: emailSchema, label: optionalText(40) });
export const contactPhoneSchema = z.object({
  phone: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .regex(/^[+0-9 ()./-]+$/, 'Digits, spaces and + ( ) . / - only'),
  label: optionalText(40),
});

/** A person at an account. */
export const contactSchema = z
  .object({
    ...recordMetaShape,
    firstName: z.string().nullable(),
    lastName: z.string(),
    name: z.string().describe('First and last name'),
    title: z.string().nullable(),
    emails: z.array(z.object({ email: z.string(), label: z.string().nullable() })),
    phones: z.array(z.object({ phone: z.string(), label: z.string().nullable() })),
    address: addressOutSchema,
    accountId: idSchema.nullable(),
    accountName: z.string().nullable(),
    isInfluencer: z.boolean().describe('An industry influencer worth keeping close'),
    notes: z.string().nullable(),
    custom: customValuesSchema,
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof contactSchema>;

export const createContactSchema = z.object({
  firstName: optionalText(80),
  lastName: nameSchema.max(80),
  title: optionalText(120),
  emails: z.array(contactEmailSchema).max(10).optional(),
  phones: z.array(contactPhoneSchema).max(10).optional(),
  address: addressSchema.optional(),
  accountId: idSchema.nullable().optional(),
  isInfluencer: z.boolean().optional(),
  notes: optionalText(10_000),
  ownerId: idSchema.optional().describe('Defaults to you'),
  externalId: externalIdSchema,
  custom: customValuesSchema.optional(),
});
export type CreateContactInput = z.infer<typeof createContactSchema>;
export const updateContactSchema = createContactSchema.partial();
export type UpdateContactInput = z.infer<typeof updateContactSchema>;

/** A contact saved with a warning: others in the org already use one of its e-mail addresses. */
export const savedContactSchema = contactSchema
  .extend({
    duplicates: z
      .array(z.object({ id: idSchema, name: z.string(), email: z.string() }))
      .describe('Other contacts with the same e-mail address (a warning, not an error)'),
  })
  .meta({ id: 'SavedContact' });
export type SavedContact = z.infer<typeof savedContactSchema>;

export const contactSorts = ['name', 'createdAt', 'updatedAt'] as const;
export const listContactsQuerySchema = z.object({
  ...recordListQueryShape,
  accountId: idSchema.optional(),
  isInfluencer: z.enum(['true', 'false']).optional(),
  email: z.string().trim().max(254).optional().describe('Exact e-mail address (duplicate check)'),
  sort: sortSchema(contactSorts, 'name'),
});
export type ListContactsQuery = z.infer<typeof listContactsQuerySchema>;
