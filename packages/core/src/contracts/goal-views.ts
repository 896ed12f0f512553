import { z } from 'zod';
import { idSchema } from './common';
import { paceSchema } from './goals';
import { metricKeySchema } from './metrics';
import { localDateSchema } from './records';

/*
 * What goals are read through: the burn-up, the wall chart, contributions, attainment, the records
 * behind a number, and the years before. The goals themselves are in ./goals.
 */

export const goalSeriesSchema = z
  .object({
    target: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    today: z.string(),
    points: z.array(
      z.object({
        day: z.string(),
        actual: z.string().nullable().describe('Running total to this day; null after today'),
        expected: z.string().describe('Where the pace line says the goal should be by this day'),
      }),
    ),
    fan: z
      .array(z.object({ day: z.string(), low: z.string(), mid: z.string(), high: z.string() }))
      .describe('From tomorrow to the deadline: the likely running total (10th, 50th, 90th percentile)'),
    targetSteps: z
      .array(z.object({ from: z.string(), target: z.string() }))
      .describe('The target in effect from each day on (effective-dated changes); the first step is the start'),
  })
  .meta({ id: 'GoalSeries' });
export type GoalSeries = z.infer<typeof goalSeriesSchema>;

export const wallChartQuerySchema = z.object({
  teamId: idSchema.optional().describe('The reps of this team and its sub-teams (default: every rep you may see)'),
  on: localDateSchema.optional().describe('Goals running on this day (default: today)'),
});
export type WallChartQuery = z.infer<typeof wallChartQuerySchema>;

export const wallChartCellSchema = z.object({
  goalId: idSchema,
  target: z.string(),
  actual: z.string(),
  expected: z.string(),
  distance: z.string(),
  attainmentPercent: z.string().nullable(),
  runRateNeeded: z.string().nullable(),
  projected: z.string(),
  status: paceSchema.shape.status,
});
export type WallChartCell = z.infer<typeof wallChartCellSchema>;

export const wallChartSchema = z
  .object({
    on: z.string(),
    columns: z.array(
      z.object({
        key: z.string().describe('The goal the reps’ goals were split from, or their shared metric and period'),
        name: z.string(),
        metric: metricKeySchema,
        startsOn: z.string(),
        endsOn: z.string(),
        currency: z.string().nullable(),
        target: z.string().describe('Sum of the reps’ targets in this column'),
        actual: z
          .string()
          .nullable()
          .describe('Sum of the reps’ actuals; null for rates and snapshots, which do not add up'),
      }),
    ),
    rows: z.array(
      z.object({
        repId: idSchema,
        repName: z.string(),
        cells: z.array(wallChartCellSchema.nullable()).describe('One per column; null where the rep has no such goal'),
      }),
    ),
  })
  .meta({ id: 'WallChart' });
export type WallChart = z.infer<typeof wallChartSchema>;

export const goalContributionsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    byRep: z.array(z.object({ repId: idSchema, repName: z.string(), value: z.string().nullable() })),
    byProductLine: z
      .array(z.object({ productLineId: idSchema, name: z.string(), value: z.string().nullable() }))
      .nullable()
      .describe('Null for metrics that have no product line'),
  })
  .meta({ id: 'GoalContributions' });
export type GoalContributions = z.infer<typeof goalContributionsSchema>;

export const goalAttainmentQuerySchema = z.object({
  repId: idSchema.optional().describe('Whose attainment (default: yours)'),
});

export const goalAttainmentSchema = z
  .object({
    repId: idSchema,
    currency: z.string(),
    spans: z.array(
      z.object({
        period: z.enum(['month', 'quarter', 'year']),
        start: z.string(),
        end: z.string(),
        actual: z.string().describe('Won revenue credited from the start to today'),
        quota: z
          .string()
          .nullable()
          .describe('The rep’s revenue quotas for the whole span; a longer quota counts by its share of working days'),
        attainmentPercent: z.string().nullable(),
        lastYear: z.string().describe('The same days a year before'),
        changePercent: z.string().nullable().describe('Actual against last year; null when last year was 0'),
      }),
    ),
  })
  .meta({ id: 'GoalAttainment' });
export type GoalAttainment = z.infer<typeof goalAttainmentSchema>;

export const goalFactsQuerySchema = z.object({
  repId: idSchema.optional().describe('Only what this rep was credited with'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type GoalFactsQuery = z.infer<typeof goalFactsQuerySchema>;

export const goalFactSchema = z.object({
  id: idSchema,
  kind: z.enum(['deal', 'activity', 'estimate']),
  title: z.string(),
  accountId: idSchema.nullable(),
  accountName: z.string().nullable(),
  repId: idSchema,
  repName: z.string(),
  day: z.string().describe('The day it counted on (close day, day done, estimate date; today for open deals)'),
  value: z.string().nullable().describe('The amount credited to the rep (a deal’s share, an estimate’s amount)'),
  currency: z.string().nullable(),
  sharePercent: z.string().nullable().describe('The rep’s credit split of a deal; 100 without splits'),
});

export const goalFactsSchema = z
  .object({
    source: z
      .enum(['deals', 'activities', 'estimates'])
      .nullable()
      .describe('Null for metrics counted from other records (leads, contacts, call reports)'),
    from: z.string(),
    to: z.string(),
    total: z.number().int().describe('How many records count in all; the largest (or latest) are listed'),
    items: z.array(goalFactSchema),
  })
  .meta({ id: 'GoalFacts' });
export type GoalFacts = z.infer<typeof goalFactsSchema>;

export const goalYearOverYearSchema = z
  .object({
    years: z
      .array(z.string())
      .describe('The goal’s span this time and the same span in the years before, newest first'),
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM of this span; the values are that month in each year, newest first'),
        values: z.array(z.string().nullable()),
      }),
    ),
    quarters: z.array(
      z.object({
        quarter: z.number().int().describe('Fiscal quarter'),
        values: z.array(z.string().nullable()),
      }),
    ),
    totals: z.array(z.string().nullable()).describe('The whole span in each year (this year: to date)'),
  })
  .meta({ id: 'GoalYearOverYear' });
export type GoalYearOverYear = z.infer<typeof goalYearOverYearSchema>;
