import { z } from 'zod';
import { planProblems } from '../comp/plan-problems';
import { productLinePriorities } from '../crm/vocabulary';
import { isAmount, Money } from '../money/money';
import { exchangeRateValueSchema } from './comp-exchange-rates';
import { currencyCodeSchema } from './org';
import { amountSchema, localDateSchema, nonNegativeAmountSchema } from './records';

/*
 * Comp plans as JSON: a plan version is a currency and a list of components, validated here once
 * for the server (plan editor, what-if API) and read by the pure engine in ../comp. Rates are
 * percents ("5" is 5 %); money fields of a plan are in the plan's currency.
 */

export const compComponentKinds = [
  'commission',
  'product_line',
  'spiff',
  'goal_bonus',
  'cap',
  'draw',
  'clawback',
] as const;
export type CompComponentKind = (typeof compComponentKinds)[number];

/** Marginal: each tier's rate on the part of the credit within it. Retroactive: the reached tier's rate on everything. */
export const compTierModes = ['marginal', 'retroactive'] as const;
export type CompTierMode = (typeof compTierModes)[number];

/** A SPIFF pays per credited unit, or once per deal (times the rep's split share). */
export const spiffBases = ['unit', 'deal'] as const;

/** A won deal credits its reps; a cancelled or refunded one may claw back what was paid for it. */
export const compCreditKinds = ['won', 'cancelled', 'refunded'] as const;
export type CompCreditKind = (typeof compCreditKinds)[number];

/** Ids inside plan JSON and references to Pacer records (UUIDs there, any short text in tests). */
const refIdSchema = z.string().trim().min(1).max(100);
const percentSchema = nonNegativeAmountSchema.describe('Percent as a decimal string: "5" is 5 %');
// Checks go on after a failed one: only a well-formed amount is read as a number.
const positiveAmountSchema = nonNegativeAmountSchema.refine(
  (text) => !isAmount(text) || new Money(text).greaterThan(0),
  'Must be > 0',
);

const componentShape = {
  id: refIdSchema.describe('Unique within the plan; earning lines name it'),
  name: z.string().trim().max(120).optional(),
};

/** One step of a tiered rate: from this attainment of quota (percent) on, pay `ratePercent`. */
export const compTierSchema = z.object({
  fromPercent: percentSchema.describe('Attainment of quota where the tier starts; the first tier starts at 0'),
  ratePercent: percentSchema,
});
export type CompTier = z.infer<typeof compTierSchema>;

export const commissionComponentSchema = z.object({
  kind: z.literal('commission'),
  ...componentShape,
  ratePercent: percentSchema.optional().describe('A flat rate on credited value; or give tiers'),
  tiers: z
    .array(compTierSchema)
    .min(1)
    .max(20)
    .optional()
    .describe('Rates by attainment; decelerators and accelerators are tiers'),
  tierMode: z.enum(compTierModes).optional().describe('Default marginal'),
  overlay: z
    .boolean()
    .optional()
    .describe(
      'Manager overlay: pays (a flat rate) on the won deals of the reps in the teams they lead, not on their own',
    ),
});

/** A product line is matched by its id, else by its priority; a rate replaces the commission rate, a multiplier scales it. */
export const productLineRuleSchema = z.object({
  productLineId: refIdSchema.optional(),
  priority: z.enum(productLinePriorities).optional(),
  ratePercent: percentSchema.optional(),
  multiplier: nonNegativeAmountSchema.optional().describe('"1.5" pays half as much again; "0" pays nothing'),
});

export const productLineComponentSchema = z.object({
  kind: z.literal('product_line'),
  ...componentShape,
  rules: z.array(productLineRuleSchema).min(1).max(50),
});

export const spiffComponentSchema = z.object({
  kind: z.literal('spiff'),
  ...componentShape,
  productId: refIdSchema.optional(),
  productLineId: refIdSchema.optional(),
  per: z.enum(spiffBases),
  amount: positiveAmountSchema.describe('Paid per unit or per deal'),
  startsOn: localDateSchema.describe('First day of the window, included'),
  endsOn: localDateSchema.describe('Last day of the window, included'),
});

export const goalBonusComponentSchema = z.object({
  kind: z.literal('goal_bonus'),
  ...componentShape,
  goalId: refIdSchema.describe('The goal or milestone whose achievement pays the bonus'),
  amount: positiveAmountSchema.optional().describe('A fixed bonus; or give percentOfBase'),
  percentOfBase: percentSchema.optional().describe('Percent of the plan’s base salary'),
});

export const capComponentSchema = z.object({
  kind: z.literal('cap'),
  ...componentShape,
  perPeriod: nonNegativeAmountSchema.optional().describe('Most commission paid in a period'),
  perDeal: nonNegativeAmountSchema.optional().describe('Most commission paid for one deal in a period'),
});

export const drawComponentSchema = z.object({
  kind: z.literal('draw'),
  ...componentShape,
  amount: positiveAmountSchema.describe('Guaranteed pay per period'),
  recoverable: z.boolean().describe('Recoverable: the top-up is taken back from later earnings above the draw'),
});

export const clawbackComponentSchema = z.object({
  kind: z.literal('clawback'),
  ...componentShape,
  windowDays: z.number().int().min(0).max(3660).describe('Days after the win within which a cancellation claws back'),
});

export const compComponentSchema = z.discriminatedUnion('kind', [
  commissionComponentSchema,
  productLineComponentSchema,
  spiffComponentSchema,
  goalBonusComponentSchema,
  capComponentSchema,
  drawComponentSchema,
  clawbackComponentSchema,
]);
export type CompComponent = z.infer<typeof compComponentSchema>;
export type CommissionComponent = z.infer<typeof commissionComponentSchema>;
export type ProductLineComponent = z.infer<typeof productLineComponentSchema>;
export type SpiffComponent = z.infer<typeof spiffComponentSchema>;
export type GoalBonusComponent = z.infer<typeof goalBonusComponentSchema>;
export type CapComponent = z.infer<typeof capComponentSchema>;
export type DrawComponent = z.infer<typeof drawComponentSchema>;
export type ClawbackComponent = z.infer<typeof clawbackComponentSchema>;

/** One version of a comp plan: what the engine applies to the credits dated while it is assigned. */
export const compPlanVersionSchema = z
  .object({
    id: refIdSchema.describe('The plan version'),
    name: z.string().trim().max(120).optional(),
    currency: currencyCodeSchema.describe('Currency of the plan’s amounts and of its earnings'),
    baseSalary: nonNegativeAmountSchema.optional().describe('Per period; the base of percent goal bonuses'),
    payOnlyWhenInvoicePaid: z
      .boolean()
      .optional()
      .describe('Straight-commission reps: credits wait until the customer’s invoice is paid'),
    components: z.array(compComponentSchema).min(1).max(50),
  })
  .superRefine(
    (plan, ctx) => {
      for (const problem of planProblems(plan)) ctx.addIssue({ code: 'custom', ...problem });
    },
    // The plan checks read amounts as numbers: they run once every field is well formed.
    { when: (payload) => payload.issues.length === 0 },
  );
export type CompPlanVersion = z.infer<typeof compPlanVersionSchema>;

export const compMoneySchema = z.object({ amount: amountSchema, currency: currencyCodeSchema });
export type CompMoney = z.infer<typeof compMoneySchema>;

/** A rep's share of a won, cancelled or refunded deal (one product line item of it). */
export const compCreditSchema = z
  .object({
    dealId: refIdSchema,
    repId: refIdSchema,
    kind: z.enum(compCreditKinds),
    value: compMoneySchema.describe('Credited value (the rep’s share); for a refund, the refunded share'),
    units: nonNegativeAmountSchema.describe('Credited units: the deal’s units × the split share'),
    productId: refIdSchema.nullable(),
    productLineId: refIdSchema.nullable(),
    productLinePriority: z.enum(productLinePriorities).nullable(),
    date: localDateSchema.describe('Won date; for a cancellation or refund, the day it happened'),
    splitPercent: percentSchema.describe('The rep’s share of the deal, 0–100'),
    invoicePaid: z.boolean(),
    wonDate: localDateSchema.optional().describe('Cancelled or refunded: when the deal was won'),
    originalAmount: nonNegativeAmountSchema.optional().describe('Refunded: the credited value when won'),
    overlayOf: z
      .object({ repId: refIdSchema, repName: z.string().max(200) })
      .optional()
      .describe('Manager overlay: the rep in their teams whose deal this is; pays overlay commissions only'),
  })
  .superRefine((credit, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (credit.value.amount.startsWith('-')) add('value', 'Must not be negative');
    if (new Money(credit.splitPercent).greaterThan(100)) add('splitPercent', 'At most 100');
    if (credit.kind !== 'won' && !credit.wonDate) add('wonDate', 'A cancellation or refund needs the won date');
    if (credit.wonDate && credit.wonDate > credit.date) add('wonDate', 'Won after it was cancelled');
    if (credit.kind === 'refunded' && !credit.originalAmount)
      add('originalAmount', 'A refund needs the original value');
  });
export type CompCredit = z.infer<typeof compCreditSchema>;

/** A plan version in effect for part of the period (both days included). */
export const compAssignmentSchema = z.object({
  plan: compPlanVersionSchema,
  startsOn: localDateSchema,
  endsOn: localDateSchema,
});
export type CompAssignment = z.infer<typeof compAssignmentSchema>;

/** A line paid in an earlier period, as far as a clawback needs it. */
export const compPaidLineSchema = z.object({
  dealId: refIdSchema,
  componentKind: z.enum(compComponentKinds),
  amount: amountSchema,
  currency: currencyCodeSchema,
});
export type CompPaidLine = z.infer<typeof compPaidLineSchema>;

/** Everything one rep's earnings for one period are computed from. */
export const compCalculationInputSchema = z.object({
  repId: refIdSchema,
  period: z.object({ start: localDateSchema, end: localDateSchema }),
  quota: compMoneySchema.nullable().describe('Null for straight commission without a quota'),
  assignments: z.array(compAssignmentSchema).max(50),
  credits: z.array(compCreditSchema).max(100_000),
  exchangeRates: z
    .array(
      z.object({
        from: currencyCodeSchema,
        to: currencyCodeSchema,
        rate: exchangeRateValueSchema,
        effectiveFrom: localDateSchema.optional().describe('From this day on; without it, for the whole period'),
      }),
    )
    .max(500)
    .describe('1 `from` = `rate` `to`; a credit converts at its pair’s latest rate from its date or before'),
  carried: z.object({
    drawBalance: nonNegativeAmountSchema.describe('Recoverable draw outstanding from earlier periods'),
    paidLines: z.array(compPaidLineSchema).max(100_000),
    achievedGoalIds: z.array(refIdSchema).max(1000),
  }),
});
export type CompCalculationInput = z.infer<typeof compCalculationInputSchema>;
