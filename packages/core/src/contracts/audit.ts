import { z } from 'zod';
import { idSchema, instantSchema, pageQuerySchema } from './common';

export const auditEventSchema = z
  .object({
    id: idSchema,
    actorId: idSchema.nullable(),
    actorName: z.string().nullable(),
    action: z.string().describe('What happened, e.g. team.created'),
    entity: z.string(),
    entityId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    at: instantSchema,
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  entity: z.string().max(60).optional(),
});

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['up', 'down']),
  version: z.string(),
});
