import { z } from 'zod';
import { salesModels } from '../crm/vocabulary';
import { locales } from '../locales';
import { isCurrencyCode, isTimeZone } from '../org-settings';
import { idSchema, instantSchema, nameSchema } from './common';

export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'Not an ISO 4217 currency code')
  .describe('ISO 4217 currency code, e.g. EUR');
export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, 'Not an IANA time zone')
  .describe('IANA time zone, e.g. Europe/Berlin');
export const localeSchema = z.enum(locales).describe('Language: en or de');
export const fiscalStartMonthSchema = z
  .number()
  .int()
  .min(1)
  .max(12)
  .describe('Month (1–12) the fiscal year starts in');

export const salesModelSchema = z
  .enum(salesModels)
  .describe('island (one rep owns a deal end to end) or assembly_line (SDR → AE → account manager → customer success)');

export const orgSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    currency: z.string(),
    timeZone: z.string(),
    fiscalYearStartMonth: z.number().int(),
    defaultLocale: localeSchema,
    leadFollowUpHours: z.number().int().describe('Hours a rep has to follow up a company-generated lead'),
    salesModel: salesModelSchema,
    createdAt: instantSchema,
  })
  .meta({ id: 'Org' });
export type Org = z.infer<typeof orgSchema>;

export const updateOrgSchema = z
  .object({
    name: nameSchema,
    currency: currencyCodeSchema,
    timeZone: timeZoneSchema,
    fiscalYearStartMonth: fiscalStartMonthSchema,
    defaultLocale: localeSchema,
    leadFollowUpHours: z.number().int().min(1).max(720),
    salesModel: salesModelSchema,
  })
  .partial();
export type UpdateOrgInput = z.infer<typeof updateOrgSchema>;
