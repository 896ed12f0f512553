import { z } from 'zod';
import { Money } from '../money/money';
import { idSchema, instantSchema, pageQuerySchema } from './common';
import { compComponentKinds } from './comp';
import { compEarningLineSchema } from './comp-plans';
import { amountSchema, localDateSchema, nonNegativeAmountSchema } from './records';

/*
 * Statements: one per rep and period, made by a period run from its earning lines. Draft →
 * reviewed (the rep's manager or an admin) → approved (admin, for finance) → paid (admin). An
 * approved or paid statement is frozen; a later difference becomes an adjustment in the rep's next
 * open statement. Inquiries are a rep's questions on a line, answered in a thread on that line.
 */

export const compStatementStatuses = ['draft', 'reviewed', 'approved', 'paid'] as const;
export type CompStatementStatus = (typeof compStatementStatuses)[number];

/** Approved and paid statements never change: what they hold is what payroll pays. */
export const frozenStatementStatuses = ['approved', 'paid'] as const satisfies readonly CompStatementStatus[];

/** Recomputed: a run found a frozen period now computes differently. Manual: given in answer to an inquiry. */
export const compAdjustmentKinds = ['recomputed', 'manual'] as const;
export type CompAdjustmentKind = (typeof compAdjustmentKinds)[number];

export const compInquiryStatuses = ['open', 'answered', 'closed'] as const;
export type CompInquiryStatus = (typeof compInquiryStatuses)[number];

const moneySchema = z.object({ amount: z.string(), currency: z.string() });

const periodRefine = (input: { periodStart?: string | undefined; periodEnd?: string | undefined }) =>
  !input.periodStart || !input.periodEnd || input.periodEnd >= input.periodStart;

export const compStatementListQuerySchema = pageQuerySchema
  .extend({
    periodStart: localDateSchema.optional().describe('Statements of the period starting this day'),
    periodEnd: localDateSchema.optional().describe('Statements of the period ending this day'),
    repId: idSchema.optional(),
    status: z.enum(compStatementStatuses).optional(),
  })
  .refine(periodRefine, { path: ['periodEnd'], message: 'Ends before it starts' });
export type CompStatementListQuery = z.infer<typeof compStatementListQuerySchema>;

const attainmentSchema = z
  .object({ credited: z.string(), quota: z.string(), currency: z.string(), percent: z.string() })
  .nullable()
  .describe('Won credits against the rep’s quota for exactly this period; null without one');

const statementShape = {
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(compStatementStatuses),
  runId: idSchema.nullable().describe('The run whose lines it holds; null while it holds only adjustments'),
  totals: z.array(moneySchema).describe('Lines and adjustments, per currency'),
  lineCount: z.number().int(),
  adjustmentCount: z.number().int(),
  openInquiries: z.number().int().describe('Inquiries not yet closed'),
  reviewedAt: instantSchema.nullable(),
  reviewedBy: idSchema.nullable(),
  approvedAt: instantSchema.nullable(),
  approvedBy: idSchema.nullable(),
  paidAt: instantSchema.nullable(),
  paidBy: idSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
};

export const compStatementSchema = z.object(statementShape).meta({ id: 'CompStatement' });
export type CompStatement = z.infer<typeof compStatementSchema>;

export const compAdjustmentSchema = z
  .object({
    id: idSchema,
    statementId: idSchema.describe('The statement it is paid with'),
    kind: z.enum(compAdjustmentKinds),
    sourceStatementId: idSchema.nullable().describe('Recomputed: the frozen statement whose period changed'),
    sourcePeriod: z.object({ start: z.string(), end: z.string() }).nullable(),
    inquiryId: idSchema.nullable().describe('Manual: the inquiry it answers'),
    componentKind: z.enum(compComponentKinds).nullable(),
    componentId: z.string().nullable(),
    dealId: idSchema.nullable(),
    amount: z.string().describe('Signed: negative takes back'),
    currency: z.string(),
    before: z.string().nullable().describe('Recomputed: what the frozen statement held for this component and deal'),
    after: z.string().nullable().describe('Recomputed: what the period computes now'),
    reason: z.string().describe('In English; recomputed ones are written by Pacer'),
    createdBy: idSchema.nullable(),
    createdByName: z.string().nullable(),
    createdAt: instantSchema,
  })
  .meta({ id: 'CompAdjustment' });
export type CompAdjustment = z.infer<typeof compAdjustmentSchema>;

export const compInquiryMessageSchema = z.object({
  id: idSchema,
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  comment: z.string(),
  adjustmentId: idSchema.nullable().describe('The adjustment given with this answer'),
  adjustment: z
    .object({
      amount: z.string(),
      currency: z.string(),
      statementId: idSchema,
      periodStart: z.string(),
      periodEnd: z.string(),
    })
    .nullable()
    .describe('That adjustment, and the statement it is paid with (this one while open, else the next open one)'),
  createdAt: instantSchema,
});

export const compInquirySchema = z
  .object({
    id: idSchema,
    statementId: idSchema,
    repId: idSchema,
    status: z.enum(compInquiryStatuses),
    line: compEarningLineSchema.extend({ runId: idSchema }).describe('The line questioned, as it was'),
    messages: z.array(compInquiryMessageSchema).describe('Oldest first; the first is the question'),
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'CompInquiry' });
export type CompInquiry = z.infer<typeof compInquirySchema>;

export const compStatementLineSchema = compEarningLineSchema
  .extend({ inquiryIds: z.array(idSchema).describe('Inquiries on this line (or on the same component and deal)') })
  .meta({ id: 'CompStatementLine' });

export const compStatementDetailSchema = z
  .object({
    ...statementShape,
    attainment: attainmentSchema,
    drawBalance: z.string().describe('Recoverable draw outstanding after this period'),
    groups: z
      .array(
        z.object({
          componentKind: z.enum(compComponentKinds),
          componentId: z.string(),
          totals: z.array(moneySchema),
          lines: z.array(compStatementLineSchema),
        }),
      )
      .describe('Lines grouped by component, in the engine’s order'),
    adjustments: z.array(compAdjustmentSchema).describe('Oldest first'),
    plans: z
      .array(
        z.object({
          planId: idSchema,
          name: z.string(),
          versionId: idSchema,
          version: z.number().int(),
          components: z.array(
            z.object({ id: z.string(), kind: z.enum(compComponentKinds), name: z.string().nullable() }),
          ),
        }),
      )
      .describe('The plan versions its lines were computed by, with their components’ names'),
    openCredits: z
      .array(
        z.object({
          dealId: z.string(),
          date: z.string(),
          amount: z.string(),
          currency: z.string(),
          reason: z.enum(['invoice_unpaid', 'no_plan']),
        }),
      )
      .describe('Credits of the period that made no line yet'),
    inquiries: z.array(compInquirySchema),
  })
  .meta({ id: 'CompStatementDetail' });
export type CompStatementDetail = z.infer<typeof compStatementDetailSchema>;

export const compStatementLineParamsSchema = z.object({
  id: idSchema,
  lineId: z.coerce.number().int().min(1).max(1_000_000).describe('The line’s position on the statement'),
});

const commentSchema = z.string().trim().min(1, 'Required').max(4000);

export const createCompInquirySchema = z.object({ comment: commentSchema.describe('What the rep questions') });
export type CreateCompInquiryInput = z.infer<typeof createCompInquirySchema>;

/** An adjustment given with an answer, in the questioned line's currency. */
export const compAdjustmentInputSchema = z.object({
  amount: amountSchema
    .refine((text) => !new Money(text).isZero(), 'Must not be zero')
    .describe('Signed; negative takes back'),
  reason: z.string().trim().min(1, 'Required').max(500),
});

export const replyCompInquirySchema = z.object({
  comment: commentSchema,
  adjustment: compAdjustmentInputSchema
    .optional()
    .describe('Managers and admins: paid with this statement if still open, else the next open one'),
});
export type ReplyCompInquiryInput = z.infer<typeof replyCompInquirySchema>;

export const compPayoutQuerySchema = z
  .object({ periodStart: localDateSchema, periodEnd: localDateSchema })
  .refine(periodRefine, { path: ['periodEnd'], message: 'Ends before it starts' });

export const createCompRefundSchema = z.object({
  amount: nonNegativeAmountSchema
    .refine((text) => new Money(text).greaterThan(0), 'Must be > 0')
    .describe('Refunded, in the deal’s currency'),
  refundedOn: localDateSchema,
  reason: z.string().trim().max(500).optional(),
});
export type CreateCompRefundInput = z.infer<typeof createCompRefundSchema>;

export const compRefundSchema = z
  .object({
    id: idSchema,
    dealId: idSchema,
    amount: z.string(),
    currency: z.string(),
    refundedOn: z.string(),
    reason: z.string().nullable(),
    createdBy: idSchema.nullable(),
    createdAt: instantSchema,
  })
  .meta({ id: 'CompRefund' });
export type CompRefund = z.infer<typeof compRefundSchema>;
