import { z } from 'zod';
import { idSchema, nameSchema } from './common';
import {
  amountSchema,
  customValuesSchema,
  externalIdSchema,
  optionalText,
  recordListQueryShape,
  recordMetaShape,
  sortSchema,
} from './records';

export const addressSchema = z
  .object({
    street: optionalText(200),
    city: optionalText(120),
    postalCode: optionalText(20),
    region: optionalText(120).describe('State or province'),
    country: optionalText(80),
  })
  .partial();
export type AddressInput = z.infer<typeof addressSchema>;

/** An address as the API answers it (answers carry no input transforms). */
export const addressOutSchema = z
  .object({
    street: z.string().nullable(),
    city: z.string().nullable(),
    postalCode: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
  })
  .partial();
export type Address = z.infer<typeof addressOutSchema>;

/** A company Pacer sells to. */
export const accountSchema = z
  .object({
    ...recordMetaShape,
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string().nullable(),
    employees: z.number().int().nullable(),
    annualRevenue: z.string().nullable().describe('Annual revenue in the org currency'),
    address: addressOutSchema,
    regionId: idSchema.nullable().describe('Region or territory'),
    regionName: z.string().nullable(),
    parentAccountId: idSchema.nullable(),
    parentAccountName: z.string().nullable(),
    isKeyAccount: z.boolean(),
    custom: customValuesSchema,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

export const createAccountSchema = z.object({
  name: nameSchema.max(200),
  domain: optionalText(200),
  industry: optionalText(120),
  employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
  annualRevenue: amountSchema.nullable().optional(),
  address: addressSchema.optional(),
  regionId: idSchema.nullable().optional(),
  parentAccountId: idSchema.nullable().optional(),
  isKeyAccount: z.boolean().optional(),
  ownerId: idSchema.optional().describe('Defaults to you'),
  externalId: externalIdSchema,
  custom: customValuesSchema.optional(),
});
export type CreateAccountInput = z.infer<typeof createAccountSchema>;
export const updateAccountSchema = createAccountSchema.partial();
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

export const accountSorts = ['name', 'createdAt', 'updatedAt', 'annualRevenue', 'employees'] as const;
export const listAccountsQuerySchema = z.object({
  ...recordListQueryShape,
  industry: z.string().trim().max(120).optional(),
  regionId: idSchema.optional(),
  isKeyAccount: z.enum(['true', 'false']).optional(),
  parentAccountId: idSchema.optional(),
  sort: sortSchema(accountSorts, 'name'),
});
export type ListAccountsQuery = z.infer<typeof listAccountsQuerySchema>;
