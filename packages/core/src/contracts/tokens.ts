import { z } from 'zod';
import { idSchema, instantSchema, nameSchema } from './common';

export const apiTokenSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    prefix: z.string().describe('The token’s last characters (pct_…xxxxxx), to recognise it'),
    createdAt: instantSchema,
    lastUsedAt: instantSchema.nullable(),
    expiresAt: instantSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenSchema = z.object({
  name: nameSchema.describe('What the token is for'),
  expiresInDays: z.number().int().min(1).max(3650).nullable().optional().describe('Null or absent: never expires'),
});

export const createdApiTokenSchema = apiTokenSchema.extend({
  token: z.string().describe('The secret: shown only now. Send it as `Authorization: Bearer <token>`'),
});
