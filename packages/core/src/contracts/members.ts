import { z } from 'zod';
import { memberStatuses, repTypes, roles } from '../access/roles';
import { idSchema, instantSchema, pageQuerySchema } from './common';
import { localeSchema } from './org';

export const roleSchema = z.enum(roles).describe('admin, manager, rep or viewer');
export const repTypeSchema = z
  .enum(repTypes)
  .describe('For reps: inside, field or external (contractor on commission)');

/** A person in an org: their login identity joined with their membership. */
export const memberSchema = z
  .object({
    userId: idSchema,
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    repType: repTypeSchema.nullable(),
    title: z.string().nullable(),
    status: z.enum(memberStatuses),
    locale: localeSchema.nullable().describe('Chosen language; null follows the org default'),
    teamIds: z.array(idSchema).describe('Teams the member belongs to'),
    createdAt: instantSchema,
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

/** Reps carry a rep type; nobody else does. */
export const checkRepType = (
  value: { role?: string | undefined; repType?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  if (value.role === 'rep' && !value.repType) {
    ctx.addIssue({ code: 'custom', path: ['repType'], message: 'A rep needs a rep type' });
  }
  if (value.role && value.role !== 'rep' && value.repType) {
    ctx.addIssue({ code: 'custom', path: ['repType'], message: 'Only reps have a rep type' });
  }
};

export const updateMemberSchema = z
  .object({
    role: roleSchema,
    repType: repTypeSchema.nullable(),
    title: z.string().trim().max(120).nullable(),
    status: z.enum(memberStatuses),
  })
  .partial()
  .superRefine(checkRepType);
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const listMembersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(120).optional().describe('Matches name or e-mail'),
  role: roleSchema.optional(),
  teamId: idSchema.optional(),
  status: z.enum(memberStatuses).optional(),
});
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;

export const memberParamsSchema = z.object({ userId: idSchema });
