import { z } from 'zod';
import { salesRoles, stageKinds } from '../crm/vocabulary';
import { idSchema, instantSchema, nameSchema } from './common';

export const stageKindSchema = z.enum(stageKinds).describe('open, won or lost');
export const salesRoleSchema = z.enum(salesRoles).describe('sdr, ae, account_manager or customer_success');

/** A step of a pipeline, with its win probability; won and lost stages end a deal. */
export const stageSchema = z
  .object({
    id: idSchema,
    pipelineId: idSchema,
    name: z.string(),
    position: z.number().int(),
    probability: z.number().int().min(0).max(100).describe('Chance to win, in percent'),
    kind: stageKindSchema,
    ownerRole: salesRoleSchema.nullable().describe('Assembly line: the sales role that works deals in this stage'),
  })
  .meta({ id: 'Stage' });
export type Stage = z.infer<typeof stageSchema>;

export const pipelineSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    position: z.number().int(),
    isDefault: z.boolean(),
    archivedAt: instantSchema.nullable(),
    stages: z.array(stageSchema),
  })
  .meta({ id: 'Pipeline' });
export type Pipeline = z.infer<typeof pipelineSchema>;

export const stageInputSchema = z.object({
  id: idSchema.optional().describe('An existing stage to keep (its deals stay); omit for a new stage'),
  name: nameSchema.max(80),
  probability: z.number().int().min(0).max(100),
  kind: stageKindSchema.default('open'),
  ownerRole: salesRoleSchema.nullable().optional(),
});

const checkStages = (value: { stages?: z.infer<typeof stageInputSchema>[] | undefined }, ctx: z.RefinementCtx) => {
  const stages = value.stages;
  if (!stages) return;
  if (!stages.some((s) => s.kind === 'open'))
    ctx.addIssue({ code: 'custom', path: ['stages'], message: 'At least one open stage' });
  if (!stages.some((s) => s.kind === 'won'))
    ctx.addIssue({ code: 'custom', path: ['stages'], message: 'Exactly one won stage' });
  if (stages.filter((s) => s.kind === 'won').length > 1)
    ctx.addIssue({ code: 'custom', path: ['stages'], message: 'Exactly one won stage' });
  if (!stages.some((s) => s.kind === 'lost'))
    ctx.addIssue({ code: 'custom', path: ['stages'], message: 'At least one lost stage' });
  const names = new Set<string>();
  stages.forEach((stage, index) => {
    const key = stage.name.toLowerCase();
    if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['stages', index, 'name'], message: 'Names must differ' });
    names.add(key);
  });
};

/** A pipeline with its ordered stages (the order given is the order kept). */
export const createPipelineSchema = z
  .object({
    name: nameSchema.max(80),
    isDefault: z.boolean().optional(),
    stages: z.array(stageInputSchema).min(3).max(30),
  })
  .superRefine(checkStages);
export type CreatePipelineInput = z.infer<typeof createPipelineSchema>;

export const updatePipelineSchema = z
  .object({
    name: nameSchema.max(80),
    isDefault: z.boolean(),
    stages: z
      .array(stageInputSchema)
      .min(3)
      .max(30)
      .describe('The whole ordered list; stages left out are removed and must hold no deals'),
  })
  .partial()
  .superRefine(checkStages);
export type UpdatePipelineInput = z.infer<typeof updatePipelineSchema>;

export const listPipelinesQuerySchema = z.object({
  archived: z
    .enum(['false', 'true', 'all'])
    .default('false')
    .describe('Active pipelines (default), archived ones, or all'),
});
export type ListPipelinesQuery = z.infer<typeof listPipelinesQuerySchema>;
