import { z } from 'zod';
import { goalPeriodKinds } from '../goals/goal-periods';
import { targetReasonCodes, targetReasonPrefix } from '../goals/target-reasons';
import { idSchema, instantSchema, nameSchema, pageQuerySchema } from './common';
import { metricKeySchema } from './metrics';
import { amountSchema, localDateSchema, nonNegativeAmountSchema } from './records';

/** What a goal measures over: the whole org, a region's accounts, a team, one rep, a product line, or a named list of accounts. */
export const goalScopeKinds = ['org', 'region', 'team', 'rep', 'product_line', 'account_set'] as const;
export type GoalScopeKind = (typeof goalScopeKinds)[number];

/** How people call it: all three are goals; the kind only changes the words and the defaults. */
export const goalKinds = ['goal', 'quota', 'milestone'] as const;
export type GoalKind = (typeof goalKinds)[number];

/** How the expected progress by a day is drawn: evenly over working days, or by last year's months. */
export const goalPacings = ['linear', 'seasonal'] as const;

export const goalPeriodKindSchema = z.enum(goalPeriodKinds);

/** A relative target: a baseline period's actual value, plus a percentage. */
export const goalBaselines = ['previous_period', 'same_period_last_year'] as const;

const scopeFields = {
  scopeKind: z.enum(goalScopeKinds),
  scopeId: idSchema
    .nullable()
    .optional()
    .describe('The region, team, rep or product line; none for org and account_set'),
  accountIds: z
    .array(idSchema)
    .min(1)
    .max(500)
    .optional()
    .describe('The named accounts of an account_set goal (e.g. the top prospects of a new region)'),
  productLineId: idSchema
    .nullable()
    .optional()
    .describe('Narrow a region, team or rep goal to one product line (a quota per product line)'),
};

export const createGoalSchema = z
  .object({
    name: nameSchema,
    kind: z.enum(goalKinds).default('goal'),
    metric: metricKeySchema,
    ...scopeFields,
    periodKind: goalPeriodKindSchema,
    startsOn: localDateSchema.describe('First day; for week, month, quarter or year any day inside the period'),
    endsOn: localDateSchema.optional().describe('The deadline; required for a custom period'),
    target: nonNegativeAmountSchema.optional().describe('An absolute target'),
    baseline: z
      .enum(goalBaselines)
      .optional()
      .describe('A relative target: the actual of this earlier period, plus upliftPercent'),
    upliftPercent: amountSchema.optional().describe('With baseline: +30 means 130 % of the baseline'),
    checklist: z
      .boolean()
      .default(false)
      .describe('A checklist milestone: count the accounts of the set with a qualifying activity, not the activities'),
    pacing: z
      .enum(goalPacings)
      .default('linear')
      .describe('Expected progress: evenly over working days, or following last year’s months'),
    note: z.string().trim().max(2000).nullable().optional().describe('Why this goal, e.g. for an individual milestone'),
    rewardText: z.string().trim().max(500).nullable().optional(),
    rewardAmount: nonNegativeAmountSchema.nullable().optional(),
    repeats: z
      .boolean()
      .default(false)
      .describe('A recurring quota: when its period ends, the next one starts by itself with the same target'),
  })
  .superRefine((input, ctx) => {
    if ((input.target === undefined) === (input.baseline === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'Give either a target or a baseline' });
    }
    if (input.baseline !== undefined && input.upliftPercent === undefined) {
      ctx.addIssue({ code: 'custom', path: ['upliftPercent'], message: 'Required with a baseline' });
    }
    if (input.repeats && input.baseline !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['repeats'], message: 'A recurring quota has a fixed target' });
    }
    if (input.periodKind === 'custom' && !input.endsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'A custom period needs its deadline' });
    }
    if (input.endsOn && input.endsOn < input.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The deadline is before the start' });
    }
    const needsId = ['region', 'team', 'rep', 'product_line'].includes(input.scopeKind);
    if (needsId !== Boolean(input.scopeId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scopeId'],
        message: needsId ? 'Name the region, team, rep or product line' : 'Not used with this scope',
      });
    }
    if ((input.scopeKind === 'account_set') !== Boolean(input.accountIds)) {
      ctx.addIssue({ code: 'custom', path: ['accountIds'], message: 'Accounts belong to an account_set goal only' });
    }
    if (input.checklist && input.scopeKind !== 'account_set') {
      ctx.addIssue({
        code: 'custom',
        path: ['checklist'],
        message: 'A checklist counts the accounts of an account set',
      });
    }
    if (input.productLineId && input.scopeKind === 'product_line') {
      ctx.addIssue({ code: 'custom', path: ['productLineId'], message: 'The scope is already a product line' });
    }
  });
export type CreateGoalInput = z.infer<typeof createGoalSchema>;

export const updateGoalSchema = z
  .object({
    name: nameSchema.optional(),
    target: nonNegativeAmountSchema.optional(),
    reason: z
      .string()
      .trim()
      .max(500)
      .refine((text) => !text.startsWith(targetReasonPrefix), 'Start the reason with something else')
      .optional()
      .describe('Why the target changed; kept in its history'),
    effectiveFrom: localDateSchema.optional().describe('The day the new target applies from (default today)'),
    note: z.string().trim().max(2000).nullable().optional(),
    rewardText: z.string().trim().max(500).nullable().optional(),
    rewardAmount: nonNegativeAmountSchema.nullable().optional(),
    repeats: z.boolean().optional().describe('Start the next period by itself with the same target, or stop'),
  })
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' });
export type UpdateGoalInput = z.infer<typeof updateGoalSchema>;

export const paceSchema = z
  .object({
    actual: z.string(),
    expected: z.string().describe('Where the goal should be by today: linear, or following last year’s months'),
    distance: z.string().describe('Still to go to the target'),
    distancePercent: z.string().nullable(),
    attainmentPercent: z.string().nullable(),
    elapsedWorkingDays: z.number().int(),
    remainingWorkingDays: z.number().int(),
    runRate: z.string().nullable().describe('Actual per working day so far'),
    runRateNeeded: z.string().nullable().describe('What each remaining working day must bring'),
    projected: z.string().describe('Expected result at the deadline'),
    weightedPipeline: z.string().nullable(),
    probability: z.number().nullable().describe('Chance (0–1) of reaching the target, by simulation'),
    status: z.enum(['achieved', 'on_track', 'at_risk', 'behind', 'missed']),
  })
  .meta({ id: 'Pace' });
export type PaceView = z.infer<typeof paceSchema>;

export const goalSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    kind: z.enum(goalKinds),
    metric: metricKeySchema,
    scopeKind: z.enum(goalScopeKinds),
    scopeId: idSchema.nullable(),
    scopeName: z.string().nullable().describe('The region, team, rep or product line by name'),
    accountIds: z.array(idSchema),
    productLineId: idSchema.nullable(),
    periodKind: goalPeriodKindSchema,
    startsOn: z.string(),
    endsOn: z.string(),
    target: z.string(),
    currency: z.string().nullable().describe('For money metrics: the org currency'),
    baseline: z.enum(goalBaselines).nullable(),
    baselineValue: z.string().nullable(),
    upliftPercent: z.string().nullable(),
    pacing: z.enum(goalPacings),
    checklist: z.boolean(),
    parentId: idSchema.nullable(),
    rolledFromId: idSchema.nullable().describe('The goal of the period before that this one continues'),
    repeats: z.boolean().describe('A recurring quota that starts again by itself each period'),
    linkedGoalId: idSchema
      .nullable()
      .describe('The goal whose target this one follows (the estimates rule: the month’s revenue quota)'),
    linkedFactor: z
      .string()
      .nullable()
      .describe('This target = linkedFactor × the linked goal’s target for the period'),
    missedReason: z.string().nullable().describe('Why it was missed, asked when it was rolled forward'),
    note: z.string().nullable(),
    rewardText: z.string().nullable(),
    rewardAmount: z.string().nullable(),
    achievedAt: instantSchema.nullable(),
    createdBy: idSchema.nullable(),
    createdAt: instantSchema,
    archivedAt: instantSchema.nullable(),
    pace: paceSchema.nullable().describe('With progress=true'),
    lastYear: z
      .string()
      .nullable()
      .describe('With progress=true: the metric over the same span a year before, up to the same day'),
  })
  .meta({ id: 'Goal' });
export type Goal = z.infer<typeof goalSchema>;

export const goalListQuerySchema = pageQuerySchema.extend({
  on: localDateSchema.optional().describe('Goals whose period contains this day (default: all)'),
  scopeKind: z.enum(goalScopeKinds).optional(),
  scopeId: idSchema.optional(),
  repId: idSchema.optional().describe('Goals of this rep and of the teams they belong to'),
  parentId: idSchema.optional().describe('The goals a goal was cascaded into'),
  metric: metricKeySchema.optional(),
  archived: z.stringbool().default(false),
  progress: z.stringbool().default(true).describe('Compute each goal’s pace'),
  chance: z
    .stringbool()
    .default(false)
    .describe('Also simulate each goal’s chance of reaching its target (a goal’s own page always has it)'),
});
export type GoalListQuery = z.infer<typeof goalListQuerySchema>;

export const targetChangeSchema = z.object({
  at: instantSchema,
  byId: idSchema.nullable(),
  byName: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string(),
  effectiveFrom: z.string(),
  reason: z.string().nullable().describe('Why, as typed; or Pacer’s own reason in English'),
  reasonCode: z
    .enum(targetReasonCodes)
    .nullable()
    .describe('For a reason Pacer wrote: its code, to show it in any language'),
  reasonParams: z.record(z.string(), z.string()).nullable(),
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const goalDetailSchema = goalSchema
  .extend({
    children: z.array(goalSchema).describe('The goals it was cascaded into, with their pace'),
    splits: z
      .array(
        z.object({
          kind: z.enum(['people', 'periods']).describe('Split among teams or reps, or over quarters or months'),
          target: z.string().describe('Sum of the parts’ targets'),
          gap: z.string().describe('The goal’s target minus the sum of its parts’ targets'),
          actual: z.string().nullable().describe('Sum of the parts’ actuals (the roll-up); null for rates'),
        }),
      )
      .describe('The roll-up of each way the goal was split'),
    history: z.array(targetChangeSchema),
  })
  .meta({ id: 'GoalDetail' });
export type GoalDetail = z.infer<typeof goalDetailSchema>;

/** Where a cascade puts the children: people and teams share the period; quarters and months share the scope. */
export const cascadeTargets = ['regions', 'teams', 'reps', 'quarters', 'months'] as const;
export const cascadeMethods = ['even', 'last_year', 'weights'] as const;

export const cascadeGoalSchema = z
  .object({
    into: z.enum(cascadeTargets),
    method: z
      .enum(cascadeMethods)
      .default('even')
      .describe('even; last_year: by each part’s share of last year (seasonality for periods); weights: as given'),
    weights: z
      .record(z.string(), z.number().min(0))
      .optional()
      .describe('With method weights: team id, rep id, or period start (YYYY-MM-DD) → weight'),
  })
  .refine((input) => (input.method === 'weights') === Boolean(input.weights), {
    message: 'Weights go with method weights',
    path: ['weights'],
  });
export type CascadeGoalInput = z.infer<typeof cascadeGoalSchema>;

export const rollForwardProposalSchema = z
  .object({
    startsOn: z.string(),
    endsOn: z.string(),
    result: z.string().describe('What the goal reached'),
    met: z.boolean(),
    over: z.boolean().describe('Whether the period has ended: a missed goal is asked why only then'),
    proposedTarget: z.string().describe('The result plus the goal’s uplift, or the old target when it was missed'),
    children: z.array(z.object({ goalId: idSchema, name: z.string(), proposedTarget: z.string() })),
  })
  .meta({ id: 'RollForwardProposal' });
export type RollForwardProposal = z.infer<typeof rollForwardProposalSchema>;

export const estimatesRuleSchema = z.object({
  factor: nonNegativeAmountSchema
    .refine((text) => Number(text) > 0 && Number(text) <= 100, 'Between 0 and 100')
    .describe('Estimates sent each month ≥ factor × that month’s revenue quota (e.g. 3)'),
});
export type EstimatesRuleInput = z.infer<typeof estimatesRuleSchema>;

export const estimatesRuleResultSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    goalIds: z.array(idSchema).describe('The estimates goals that follow the quota and its parts, one per month'),
  })
  .meta({ id: 'EstimatesRuleResult' });
export type EstimatesRuleResult = z.infer<typeof estimatesRuleResultSchema>;

export const rollForwardGoalSchema = z.object({
  target: nonNegativeAmountSchema.optional().describe('The next period’s target (default: the proposal)'),
  missedReason: z.string().trim().min(1).max(2000).optional().describe('Required when the goal was missed'),
});
export type RollForwardGoalInput = z.infer<typeof rollForwardGoalSchema>;
