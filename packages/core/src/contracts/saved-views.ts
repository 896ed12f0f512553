import { z } from 'zod';
import { type RecordType, recordTypes } from '../crm/vocabulary';
import type { FieldIssue } from '../errors';
import { listAccountsQuerySchema } from './accounts';
import { listActivitiesQuerySchema } from './activities';
import { idSchema, instantSchema, nameSchema } from './common';
import { listContactsQuerySchema } from './contacts';
import { listDealsQuerySchema } from './deals';
import { listEstimatesQuerySchema } from './estimates';
import { listLeadsQuerySchema } from './leads';
import { listProductsQuerySchema } from './products';

/** A list as someone arranged it: filters, sort and columns, kept under a name, optionally shared. */
export const savedViewSchema = z
  .object({
    id: idSchema,
    recordType: z.enum(recordTypes),
    name: z.string(),
    filters: z.record(z.string(), z.string()).describe('The list’s query parameters'),
    columns: z.array(z.string()),
    sort: z.string().nullable(),
    shared: z.boolean().describe('Visible to everyone in the org'),
    ownerId: idSchema,
    ownerName: z.string(),
    createdAt: instantSchema,
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof savedViewSchema>;

const savedViewFields = {
  name: nameSchema.max(80),
  filters: z.record(z.string().max(40), z.string().max(500)),
  columns: z.array(z.string().max(40)).max(40),
  sort: z.string().max(40).nullable(),
  shared: z.boolean(),
};
export const createSavedViewSchema = z.object({
  recordType: z.enum(recordTypes),
  name: savedViewFields.name,
  filters: savedViewFields.filters.default({}),
  columns: savedViewFields.columns.default([]),
  sort: savedViewFields.sort.optional(),
  shared: savedViewFields.shared.default(false),
});
export type CreateSavedViewInput = z.infer<typeof createSavedViewSchema>;
// Without defaults: a field left out of a change stays as it is.
export const updateSavedViewSchema = z.object(savedViewFields).partial();
export type UpdateSavedViewInput = z.infer<typeof updateSavedViewSchema>;
export const listSavedViewsQuerySchema = z.object({ recordType: z.enum(recordTypes).optional() });

const listQuerySchemas = {
  accounts: listAccountsQuerySchema,
  contacts: listContactsQuerySchema,
  leads: listLeadsQuerySchema,
  deals: listDealsQuerySchema,
  products: listProductsQuerySchema,
  estimates: listEstimatesQuerySchema,
  activities: listActivitiesQuerySchema,
} satisfies Record<RecordType, z.ZodObject>;

const notFilters = new Set(['limit', 'cursor', 'sort']);

/** What is wrong with a view's filters and sort, checked against its list's own query schema. */
export const savedViewIssues = (
  recordType: RecordType,
  filters: Record<string, string>,
  sort: string | null | undefined,
): FieldIssue[] => {
  const schema = listQuerySchemas[recordType];
  const issues: FieldIssue[] = Object.keys(filters)
    .filter((key) => notFilters.has(key) || !(key in schema.shape))
    .map((key) => ({ path: `filters.${key}`, message: 'Not a filter of this list' }));
  const parsed = schema.safeParse({ ...filters, ...(sort ? { sort } : {}) });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    issues.push({ path: path === 'sort' ? 'sort' : `filters.${path}`, message: issue.message });
  }
  return issues;
};
