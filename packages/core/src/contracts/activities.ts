import { z } from 'zod';
import { activityDirections, activityOutcomes, activityTypes, callReportStatuses } from '../crm/vocabulary';
import { idSchema, instantSchema, pageQuerySchema } from './common';
import {
  externalIdSchema,
  localDateSchema,
  optionalText,
  recordListQueryShape,
  recordMetaShape,
  sortSchema,
} from './records';

export const activityTypeSchema = z.enum(activityTypes).describe('call, meeting, visit, email, presentation or task');
export const activityOutcomeSchema = z.enum(activityOutcomes);
export const activityDirectionSchema = z.enum(activityDirections);

/** A call, meeting, visit, e-mail, presentation or task, with its written call report (notes). */
export const activitySchema = z
  .object({
    ...recordMetaShape,
    type: activityTypeSchema,
    direction: activityDirectionSchema.nullable(),
    outcome: activityOutcomeSchema.nullable(),
    subject: z.string().nullable(),
    notes: z.string().nullable().describe('The written call report'),
    scheduledAt: instantSchema.nullable(),
    completedAt: instantSchema.nullable().describe('Null while planned'),
    durationMinutes: z.number().int().nullable(),
    location: z.string().nullable(),
    accountId: idSchema.nullable(),
    accountName: z.string().nullable(),
    contactId: idSchema.nullable(),
    contactName: z.string().nullable(),
    dealId: idSchema.nullable(),
    dealName: z.string().nullable(),
    leadId: idSchema.nullable(),
    leadName: z.string().nullable(),
    callReportId: idSchema.nullable().describe('The daily call report it was submitted with; then it is locked'),
  })
  .meta({ id: 'Activity' });
export type Activity = z.infer<typeof activitySchema>;

const activityInputShape = {
  type: activityTypeSchema,
  direction: activityDirectionSchema.nullable().optional(),
  outcome: activityOutcomeSchema.nullable().optional(),
  subject: optionalText(200),
  notes: optionalText(20_000),
  scheduledAt: instantSchema.nullable().optional(),
  completedAt: instantSchema
    .nullable()
    .optional()
    .describe('When it happened; omit to log it as done now, null to plan it'),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .optional(),
  location: optionalText(200),
  accountId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
  dealId: idSchema.nullable().optional(),
  leadId: idSchema.nullable().optional(),
  ownerId: idSchema.optional().describe('Defaults to you'),
  externalId: externalIdSchema,
};
export const createActivitySchema = z.object(activityInputShape);
export type CreateActivityInput = z.infer<typeof createActivitySchema>;
export const updateActivitySchema = z.object(activityInputShape).partial();
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;

export const activitySorts = ['completedAt', 'scheduledAt', 'createdAt'] as const;
export const listActivitiesQuerySchema = z.object({
  ...recordListQueryShape,
  type: activityTypeSchema.optional(),
  outcome: activityOutcomeSchema.optional(),
  state: z.enum(['done', 'planned', 'all']).default('all'),
  accountId: idSchema.optional(),
  contactId: idSchema.optional(),
  dealId: idSchema.optional(),
  leadId: idSchema.optional(),
  from: localDateSchema.optional().describe('Completed (or scheduled) on or after this day, org time zone'),
  to: localDateSchema.optional().describe('Completed (or scheduled) on or before this day, org time zone'),
  sort: sortSchema(activitySorts, '-completedAt').describe(
    'Sort by completedAt (when it happened, or is planned to), scheduledAt or createdAt; prefix - for descending',
  ),
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuerySchema>;

export const callReportStatusSchema = z.enum(callReportStatuses);

export const callReportCommentSchema = z.object({
  id: idSchema,
  authorId: idSchema,
  authorName: z.string(),
  body: z.string(),
  at: instantSchema,
});

/** A rep's day of visits and calls, written up, submitted as one unit and reviewed by the manager. */
export const callReportSchema = z
  .object({
    id: idSchema.nullable().describe('Null for a day not yet saved'),
    repId: idSchema,
    repName: z.string(),
    day: z.string().describe('YYYY-MM-DD in the org time zone'),
    status: callReportStatusSchema,
    summary: z.string().nullable().describe('The rep’s note on the day'),
    submittedAt: instantSchema.nullable(),
    reviewedAt: instantSchema.nullable(),
    reviewedById: idSchema.nullable(),
    reviewedByName: z.string().nullable(),
    activityCount: z.number().int(),
    activities: z.array(activitySchema),
    comments: z.array(callReportCommentSchema),
  })
  .meta({ id: 'CallReport' });
export type CallReport = z.infer<typeof callReportSchema>;

export const callReportSummarySchema = callReportSchema
  .omit({ activities: true, comments: true })
  .extend({ commentCount: z.number().int() })
  .meta({ id: 'CallReportSummary' });
export type CallReportSummary = z.infer<typeof callReportSummarySchema>;

export const callReportDayParamsSchema = z.object({ day: localDateSchema });
export const saveCallReportSchema = z.object({ summary: optionalText(20_000) });
export const reviewCallReportSchema = z.object({ comment: optionalText(5000) });
export const commentCallReportSchema = z.object({ body: z.string().trim().min(1).max(5000) });

export const listCallReportsQuerySchema = pageQuerySchema.extend({
  repId: idSchema.optional(),
  teamId: idSchema.optional(),
  status: callReportStatusSchema.optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});
export type ListCallReportsQuery = z.infer<typeof listCallReportsQuerySchema>;
