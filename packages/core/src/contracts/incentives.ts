import { z } from 'zod';
import { recognitionMessageCodes } from '../incentives/recognition-messages';
import { idSchema, instantSchema, nameSchema, pageQuerySchema } from './common';
import { metricKeySchema } from './metrics';
import { currencyCodeSchema } from './org';
import { localDateSchema, nonNegativeAmountSchema } from './records';

/** How a contest's period is given: a power hour (instants), or whole days of the org's calendar. */
export const contestPeriodKinds = ['power_hour', 'day', 'week', 'month', 'quarter', 'custom'] as const;
export type ContestPeriodKind = (typeof contestPeriodKinds)[number];

/** Who competes: everyone (every active rep), one team with its sub-teams, or named reps. */
export const contestParticipantKinds = ['everyone', 'team', 'reps'] as const;

/** Who wins: the best N, everyone at or over a threshold, or everyone at or over a % of their own goal's target. */
export const contestRules = ['top_n', 'threshold', 'target_percent'] as const;
export type ContestRule = (typeof contestRules)[number];

/** Where a contest stands: cancelled ones have no winners and no prizes. */
export const contestStatuses = ['scheduled', 'running', 'ended', 'finished', 'cancelled'] as const;

/** Prizes of any kind: cash lands on the winner's comp statement; goods and travel are described. */
export const prizeKinds = ['cash', 'goods', 'travel'] as const;

export const prizeSchema = z
  .object({
    place: z
      .number()
      .int()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .describe('The place it is for (1 = first); null: for every qualifier'),
    kind: z.enum(prizeKinds),
    amount: nonNegativeAmountSchema.optional().describe('Cash: the amount'),
    currency: currencyCodeSchema.optional().describe('Cash: ISO 4217 code'),
    description: z.string().trim().max(500).default('').describe('Goods or travel: what it is'),
  })
  .superRefine((prize, ctx) => {
    if (prize.kind === 'cash') {
      if (!prize.amount || Number(prize.amount) === 0)
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'A cash prize needs an amount' });
      if (!prize.currency)
        ctx.addIssue({ code: 'custom', path: ['currency'], message: 'A cash prize needs a currency' });
    } else if (!prize.description) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'Say what the prize is' });
    }
  });
export type Prize = z.infer<typeof prizeSchema>;

const contestDescriptionSchema = z.string().trim().max(2000).describe('What it is about, for the participants');

export const createContestSchema = z
  .object({
    name: nameSchema,
    description: contestDescriptionSchema.default(''),
    metric: metricKeySchema,
    productLineId: idSchema.nullable().optional().describe('Count only this product line (metrics that allow it)'),
    periodKind: z.enum(contestPeriodKinds),
    startsAt: instantSchema.optional().describe('Power hour: the first instant'),
    endsAt: instantSchema.optional().describe('Power hour: the instant it ends (excluded)'),
    startsOn: localDateSchema
      .optional()
      .describe('Day periods: the first day; week, month, quarter: any day inside the period'),
    endsOn: localDateSchema.optional().describe('Custom period: the last day'),
    participants: z.enum(contestParticipantKinds),
    teamId: idSchema.optional().describe('participants = team'),
    repIds: z.array(idSchema).min(1).max(500).optional().describe('participants = reps'),
    rule: z.enum(contestRules),
    topN: z.number().int().min(1).max(100).optional().describe('rule = top_n: how many places win'),
    threshold: nonNegativeAmountSchema
      .optional()
      .describe('rule = threshold: the value to reach; rule = target_percent: the % of target (default 100)'),
    prizes: z.array(prizeSchema).max(20).default([]),
  })
  .superRefine((input, ctx) => {
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (input.periodKind === 'power_hour') {
      need(input.startsAt, 'startsAt', 'A power hour needs its start');
      need(input.endsAt, 'endsAt', 'A power hour needs its end');
      if (input.startsAt && input.endsAt)
        need(Date.parse(input.endsAt) > Date.parse(input.startsAt), 'endsAt', 'It ends before it starts');
    } else {
      need(input.startsOn, 'startsOn', 'Required for this period');
    }
    if (input.periodKind === 'custom') {
      need(input.endsOn, 'endsOn', 'A custom period needs its last day');
      if (input.startsOn && input.endsOn) need(input.endsOn >= input.startsOn, 'endsOn', 'It ends before it starts');
    }
    if (input.participants === 'team') need(input.teamId, 'teamId', 'Name the team');
    if (input.participants === 'reps') need(input.repIds, 'repIds', 'Name the reps');
    if (input.rule === 'top_n') need(input.topN, 'topN', 'How many places win?');
    if (input.rule === 'threshold') need(input.threshold, 'threshold', 'The value to reach');
    for (const [index, prize] of input.prizes.entries()) {
      if (prize.place !== null && input.rule === 'top_n' && input.topN && prize.place > input.topN)
        ctx.addIssue({ code: 'custom', path: ['prizes', index, 'place'], message: 'Beyond the winning places' });
    }
  });
export type CreateContestInput = z.infer<typeof createContestSchema>;

/**
 * Changes to a contest before it is finished: name, description and prizes any time; the end
 * while it is still ahead; the start and the participants only before it starts. Period fields
 * are given as when it was created (the period kind may change before the start).
 */
export const updateContestSchema = z
  .object({
    name: nameSchema.optional(),
    description: contestDescriptionSchema.optional(),
    periodKind: z.enum(contestPeriodKinds).optional(),
    startsAt: instantSchema.optional().describe('Power hour: the first instant'),
    endsAt: instantSchema.optional().describe('Power hour: the instant it ends (excluded)'),
    startsOn: localDateSchema.optional().describe('Day periods: the first day, or any day inside the period'),
    endsOn: localDateSchema.optional().describe('Custom period: the last day'),
    participants: z.enum(contestParticipantKinds).optional(),
    teamId: idSchema.optional().describe('participants = team'),
    repIds: z.array(idSchema).min(1).max(500).optional().describe('participants = reps'),
    prizes: z.array(prizeSchema).max(20).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: 'Nothing to change' });
export type UpdateContestInput = z.infer<typeof updateContestSchema>;

export const contestSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    description: z.string(),
    metric: metricKeySchema,
    productLineId: idSchema.nullable(),
    periodKind: z.enum(contestPeriodKinds),
    startsAt: instantSchema,
    endsAt: instantSchema.describe('Excluded'),
    startsOn: z.string().describe('First day, org time zone'),
    endsOn: z.string().describe('Last day, org time zone'),
    participants: z.enum(contestParticipantKinds),
    teamId: idSchema.nullable(),
    participantCount: z.number().int(),
    rule: z.enum(contestRules),
    topN: z.number().int().nullable(),
    threshold: z.string().nullable(),
    prizes: z.array(
      z.object({
        place: z.number().int().nullable(),
        kind: z.enum(prizeKinds),
        amount: z.string().nullable(),
        currency: z.string().nullable(),
        description: z.string(),
      }),
    ),
    status: z.enum(contestStatuses),
    finishedAt: instantSchema.nullable(),
    cancelledAt: instantSchema.nullable(),
    createdBy: idSchema.nullable(),
    createdAt: instantSchema,
  })
  .meta({ id: 'Contest' });
export type Contest = z.infer<typeof contestSchema>;

export const contestWinnerSchema = z.object({
  repId: idSchema,
  repName: z.string(),
  place: z.number().int().nullable(),
  value: z.string().nullable(),
  percentOfTarget: z.string().nullable(),
  prizes: z.array(
    z.object({
      kind: z.enum(prizeKinds),
      amount: z.string().nullable(),
      currency: z.string().nullable(),
      description: z.string(),
    }),
  ),
  statementId: idSchema.nullable().describe('The comp statement a cash prize landed on'),
});

export const contestDetailSchema = contestSchema
  .extend({ winners: z.array(contestWinnerSchema).describe('Recorded when the contest was finished') })
  .meta({ id: 'ContestDetail' });
export type ContestDetail = z.infer<typeof contestDetailSchema>;

export const contestListQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(['active', 'finished', 'cancelled', 'all'])
    .default('all')
    .describe('active: scheduled, running or ended, neither finished nor cancelled'),
});
export type ContestListQuery = z.infer<typeof contestListQuerySchema>;

export const contestStandingSchema = z.object({
  rank: z.number().int().nullable(),
  repId: idSchema,
  repName: z.string(),
  value: z.string().nullable().describe('The metric over the contest period'),
  percentOfTarget: z.string().nullable().describe('rule = target_percent: attainment of the rep’s own goal'),
  qualifies: z
    .boolean()
    .describe('Would win if the contest were finished now; once finished, won (never, once cancelled)'),
});
export type ContestStanding = z.infer<typeof contestStandingSchema>;

export const contestLeaderboardSchema = z
  .object({
    contestId: idSchema,
    status: z.enum(contestStatuses),
    currency: z.string().nullable().describe('Money metrics rank in the org currency'),
    asOf: instantSchema,
    rows: z.array(contestStandingSchema),
  })
  .meta({ id: 'ContestLeaderboard' });
export type ContestLeaderboard = z.infer<typeof contestLeaderboardSchema>;

/** What the feed shows: kudos from people, and what Pacer posts itself. */
export const recognitionKinds = ['kudos', 'goal_achieved', 'contest_won', 'award'] as const;
export type RecognitionKind = (typeof recognitionKinds)[number];

export const createKudosSchema = z.object({
  repId: idSchema.describe('Who is recognized'),
  text: z.string().trim().min(1, 'Required').max(1000),
});
export type CreateKudosInput = z.infer<typeof createKudosSchema>;

export const recognitionPostSchema = z
  .object({
    id: idSchema,
    kind: z.enum(recognitionKinds),
    authorId: idSchema.nullable().describe('null: posted by Pacer'),
    authorName: z.string().nullable(),
    subjectId: idSchema.nullable(),
    subjectName: z.string().nullable(),
    text: z.string().describe('Kudos as written; what Pacer posts, in English with ISO dates'),
    message: z
      .object({ code: z.enum(recognitionMessageCodes), params: z.record(z.string(), z.string()) })
      .nullable()
      .describe('What Pacer posts, as a code with values to show in the reader’s language; null for kudos'),
    sourceId: idSchema.nullable().describe('The goal, contest or award it is about'),
    reactions: z.number().int(),
    reacted: z.boolean().describe('Whether you reacted'),
    createdAt: instantSchema,
  })
  .meta({ id: 'RecognitionPost' });
export type RecognitionPost = z.infer<typeof recognitionPostSchema>;

export const recognitionQuerySchema = pageQuerySchema.extend({
  repId: idSchema.optional().describe('Only posts about this person'),
});
export type RecognitionQuery = z.infer<typeof recognitionQuerySchema>;

/** Rep of the month or of the year, or an award the org names itself. */
export const awardKinds = ['rep_of_the_month', 'rep_of_the_year', 'custom'] as const;

export const createAwardSchema = z
  .object({
    kind: z.enum(awardKinds),
    name: z.string().trim().max(120).optional().describe('custom: the award’s name'),
    repId: idSchema,
    periodStart: localDateSchema.describe('Any day of the month or year; custom: the first day'),
    periodEnd: localDateSchema.optional().describe('custom: the last day (default: the first)'),
    citation: z.string().trim().min(1, 'Required').max(2000),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'custom' && !input.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Name the award' });
    if (input.periodEnd && input.periodEnd < input.periodStart)
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'It ends before it starts' });
  });
export type CreateAwardInput = z.infer<typeof createAwardSchema>;

export const awardSchema = z
  .object({
    id: idSchema,
    kind: z.enum(awardKinds),
    name: z.string(),
    repId: idSchema,
    repName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    citation: z.string(),
    givenBy: idSchema.nullable(),
    givenByName: z.string().nullable(),
    createdAt: instantSchema,
  })
  .meta({ id: 'Award' });
export type Award = z.infer<typeof awardSchema>;

export const awardListQuerySchema = pageQuerySchema.extend({ repId: idSchema.optional() });
export type AwardListQuery = z.infer<typeof awardListQuerySchema>;
