import { z } from 'zod';
import { metricFilters, metricKeys, metricSources, metricUnits } from '../metrics/catalog';
import { idSchema } from './common';
import { localDateSchema } from './records';

export const metricKeySchema = z.enum(metricKeys).describe('A metric of the catalog');

export const metricDefinitionSchema = z
  .object({
    key: metricKeySchema,
    label: z.string(),
    description: z.string(),
    unit: z.enum(metricUnits),
    aggregation: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('sum'), source: z.enum(metricSources) }),
      z.object({ kind: z.literal('ratio'), numerator: metricKeySchema, denominator: metricKeySchema }),
      z.object({ kind: z.literal('snapshot'), source: z.literal('deals') }),
    ]),
    filters: z.array(z.enum(metricFilters)),
    higherIsBetter: z.boolean(),
    internal: z.boolean().optional(),
  })
  .meta({ id: 'MetricDefinition' });

export const metricGroupings = ['none', 'rep', 'day', 'month'] as const;
export type MetricGrouping = (typeof metricGroupings)[number];

/** A comma-separated list in a query string (`metrics=calls,visits`), or the parameter repeated. */
const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item).min(1).max(20),
  );

export const metricValuesQuerySchema = z
  .object({
    metrics: listParam(metricKeySchema).describe('Metrics to compute, comma-separated'),
    from: localDateSchema.describe('First day of the period, org time zone'),
    to: localDateSchema.describe('Last day of the period, org time zone'),
    groupBy: z.enum(metricGroupings).default('none').describe('One value per rep, per day, per month, or one in all'),
    repId: idSchema.optional().describe('Only this person'),
    teamId: idSchema.optional().describe('Only the people of this team and its sub-teams'),
    productLineId: idSchema.optional().describe('Only deals (line items) and estimates of this product line'),
    pipelineId: idSchema.optional().describe('Only deals of this pipeline'),
    regionId: idSchema.optional().describe('Only facts at accounts of this region and its sub-regions'),
    accountIds: listParam(idSchema)
      .optional()
      .describe('Only facts at these accounts (a named account set), comma-separated'),
  })
  .refine((query) => query.from <= query.to, { message: 'The period ends before it starts', path: ['to'] });
export type MetricValuesQuery = z.infer<typeof metricValuesQuerySchema>;

export const metricValueRowSchema = z.object({
  metric: metricKeySchema,
  repId: idSchema.nullable().describe('With groupBy=rep'),
  repName: z.string().nullable(),
  period: z.string().nullable().describe('YYYY-MM-DD with groupBy=day, YYYY-MM with groupBy=month'),
  currency: z.string().nullable().describe('For money: one row per currency'),
  value: z.string().nullable().describe('Decimal; null when a ratio has nothing to divide by'),
});
export type MetricValueRow = z.infer<typeof metricValueRowSchema>;

export const metricValuesSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(metricGroupings),
    rows: z.array(metricValueRowSchema),
  })
  .meta({ id: 'MetricValues' });
export type MetricValues = z.infer<typeof metricValuesSchema>;

export const leaderboardQuerySchema = z
  .object({
    metric: metricKeySchema,
    from: localDateSchema.describe('First day of the period, org time zone'),
    to: localDateSchema.describe('Last day of the period, org time zone'),
    teamId: idSchema.optional().describe('Only the reps of this team and its sub-teams'),
  })
  .refine((query) => query.from <= query.to, { message: 'The period ends before it starts', path: ['to'] });
export type LeaderboardQuery = z.infer<typeof leaderboardQuerySchema>;

export const leaderboardRowSchema = z.object({
  rank: z.number().int().nullable().describe('1 is best; equal values share a rank; null when there is no value'),
  repId: idSchema,
  repName: z.string(),
  value: z.string().nullable(),
  previousRank: z.number().int().nullable().describe('Rank in the period of the same length just before'),
  previousValue: z.string().nullable(),
});
export type LeaderboardRow = z.infer<typeof leaderboardRowSchema>;

export const leaderboardSchema = z
  .object({
    metric: metricKeySchema,
    from: z.string(),
    to: z.string(),
    previousFrom: z.string(),
    previousTo: z.string(),
    currency: z.string().nullable().describe('For money metrics: the org currency the ranking is in'),
    rows: z.array(leaderboardRowSchema),
  })
  .meta({ id: 'Leaderboard' });
export type Leaderboard = z.infer<typeof leaderboardSchema>;
