import { callReportStatuses } from '@pacer/core';
import {
  date,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, nowMs, updatedAt } from '../../platform/db/columns';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';

export const callReportStatusEnum = pgEnum('call_report_status', callReportStatuses);

/** A rep's daily call report: the day's visits and calls, submitted as one unit, reviewed by the manager. */
export const callReports = pgTable(
  'call_reports',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    repId: uuid('rep_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    status: callReportStatusEnum('status').notNull().default('draft'),
    summary: text('summary'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedById: uuid('reviewed_by_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [members.orgId, members.userId] }),
    unique('call_reports_rep_day_key').on(t.orgId, t.repId, t.day),
    index('call_reports_day_idx').on(t.orgId, t.day),
  ],
);

/** The thread on a call report: the manager's review notes and the rep's answers. */
export const callReportComments = pgTable(
  'call_report_comments',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    callReportId: uuid('call_report_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().default(nowMs),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.callReportId], foreignColumns: [callReports.orgId, callReports.id] }).onDelete(
      'cascade',
    ),
    index('call_report_comments_report_idx').on(t.orgId, t.callReportId, t.at),
  ],
);
