import { z } from 'zod';
import { idSchema, instantSchema, pageOf, pageQuerySchema } from './common';
import { compRunTeamsSchema } from './comp-plans';
import { localDateSchema } from './records';

/*
 * The list of past period runs. Pay is personal, so each run is summed over the lines the reader
 * may see: admins every rep's, managers their people's, reps their own; a run that paid no one in
 * the reader's reach is not listed for them.
 */

export const compRunListQuerySchema = pageQuerySchema.extend({
  periodStart: localDateSchema.optional().describe('Only runs of the period starting this day'),
  periodEnd: localDateSchema.optional().describe('Only runs of the period ending this day'),
});
export type CompRunListQuery = z.infer<typeof compRunListQuerySchema>;

export const compRunSummarySchema = z
  .object({
    id: idSchema,
    periodStart: z.string(),
    periodEnd: z.string(),
    createdAt: instantSchema.describe('When the period was run'),
    createdBy: idSchema.nullable(),
    createdByName: z.string().nullable().describe('Who ran it'),
    teams: compRunTeamsSchema,
    repCount: z.number().int().describe('Reps with a line in the run, of those you may see'),
    lineCount: z.number().int().describe('Lines of the run you may see'),
    totals: z
      .array(z.object({ amount: z.string(), currency: z.string() }))
      .describe('Sum of those lines, per currency'),
  })
  .meta({ id: 'CompRunSummary' });
export type CompRunSummary = z.infer<typeof compRunSummarySchema>;

export const compRunPageSchema = pageOf(compRunSummarySchema).describe('Newest run first');

export const compRunRepTotalSchema = z.object({
  repId: idSchema,
  repName: z.string(),
  lineCount: z.number().int(),
  totals: z
    .array(z.object({ amount: z.string(), currency: z.string() }))
    .describe('Sum of the rep’s lines, per currency'),
});

/** One past run with its reps: each one's lines summed, for the reps the reader may see. */
export const compRunDetailSchema = compRunSummarySchema
  .extend({ reps: z.array(compRunRepTotalSchema).describe('Reps with a line you may see, by name') })
  .meta({ id: 'CompRunDetail' });
export type CompRunDetail = z.infer<typeof compRunDetailSchema>;
