import { z } from 'zod';
import { errorCodes } from '../errors';

export const idSchema = z.uuid().describe('Identifier (UUID)');
export const instantSchema = z.iso.datetime().describe('Instant, ISO 8601 in UTC');
/** E-mail addresses are compared trimmed and lower-cased. */
export const emailSchema = z.string().trim().toLowerCase().max(254).check(z.email()).describe('E-mail address');
export const passwordSchema = z
  .string()
  .min(8, 'At least 8 characters')
  .max(200)
  .describe('Password, 8 characters or more');
export const nameSchema = z.string().trim().min(1, 'Required').max(120);

export const idParamsSchema = z.object({ id: idSchema });

/** Cursor pagination: pass the last page's `nextCursor` to get the next one. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Rows per page (1–500)'),
  cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page'),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Cursor of the next page; null on the last page'),
  });

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes as [string, ...string[]]).describe('Stable error code'),
      message: z.string().describe('Readable explanation'),
      fields: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe('Each invalid input field, for VALIDATION_FAILED'),
    }),
  })
  .meta({ id: 'Error' });

export const okSchema = z.object({ ok: z.literal(true) });
