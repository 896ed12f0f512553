import { z } from 'zod';
import { recordTypes } from '../crm/vocabulary';
import { idSchema, instantSchema, nameSchema } from './common';

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

export const createSavedViewSchema = z.object({
  recordType: z.enum(recordTypes),
  name: nameSchema.max(80),
  filters: z.record(z.string().max(40), z.string().max(500)).default({}),
  columns: z.array(z.string().max(40)).max(40).default([]),
  sort: z.string().max(40).nullable().optional(),
  shared: z.boolean().default(false),
});
export type CreateSavedViewInput = z.infer<typeof createSavedViewSchema>;
export const updateSavedViewSchema = createSavedViewSchema.omit({ recordType: true }).partial();
export type UpdateSavedViewInput = z.infer<typeof updateSavedViewSchema>;
export const listSavedViewsQuerySchema = z.object({ recordType: z.enum(recordTypes).optional() });
