import { z } from 'zod';
import { idSchema } from './common';

export const searchableTypes = ['accounts', 'contacts', 'leads', 'deals'] as const;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(2, 'At least 2 characters').max(200),
  types: z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',').map((t) => t.trim()) : [...searchableTypes]))
    .pipe(z.array(z.enum(searchableTypes)).min(1))
    .describe('Comma-separated: accounts,contacts,leads,deals (default all)'),
  limit: z.coerce.number().int().min(1).max(50).default(8).describe('Per type'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  type: z.enum(searchableTypes),
  id: idSchema,
  title: z.string(),
  subtitle: z.string().nullable(),
  archived: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResultSchema = z.object({ hits: z.array(searchHitSchema) }).meta({ id: 'SearchResult' });
