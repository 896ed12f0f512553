import { z } from 'zod';
import { idSchema, instantSchema, nameSchema } from './common';
import { repTypeSchema, roleSchema } from './members';

export const teamSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    parentId: idSchema.nullable(),
    managerId: idSchema.nullable(),
    managerName: z.string().nullable(),
    regionId: idSchema.nullable(),
    memberCount: z.number().int(),
    createdAt: instantSchema,
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof teamSchema>;

export const teamMemberSchema = z.object({
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  repType: repTypeSchema.nullable(),
});

export const teamDetailSchema = teamSchema.extend({ members: z.array(teamMemberSchema) }).meta({ id: 'TeamDetail' });
export type TeamDetail = z.infer<typeof teamDetailSchema>;

export const createTeamSchema = z.object({
  name: nameSchema,
  parentId: idSchema.nullable().optional().describe('Parent team; sub-teams roll up into it'),
  managerId: idSchema.nullable().optional(),
  regionId: idSchema.nullable().optional(),
});
export type CreateTeamInput = z.infer<typeof createTeamSchema>;
export const updateTeamSchema = createTeamSchema.partial();
export type UpdateTeamInput = z.infer<typeof updateTeamSchema>;

export const addTeamMemberSchema = z.object({ userId: idSchema });
export const teamMemberParamsSchema = z.object({ id: idSchema, userId: idSchema });

export const regionSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    parentId: idSchema.nullable(),
    createdAt: instantSchema,
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof regionSchema>;

export const createRegionSchema = z.object({
  name: nameSchema,
  parentId: idSchema.nullable().optional().describe('Parent region or territory'),
});
export type CreateRegionInput = z.infer<typeof createRegionSchema>;
export const updateRegionSchema = createRegionSchema.partial();
export type UpdateRegionInput = z.infer<typeof updateRegionSchema>;
