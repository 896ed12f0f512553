import { AppError, type CallReport, type CallReportSummary } from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { listCallReportActivities, listDayActivities } from '../activities/activities.queries';
import { attachDayToCallReport } from '../activities/activities.service';
import { recordAudit } from '../audit/audit.service';
import { users } from '../identity/identity.table';
import { orNotFound, writtenRow } from '../records/record-queries';
import { findCallReport, findRepDayReport, listCallReportComments, visibleCallReport } from './call-reports.queries';
import { callReportComments, callReports } from './call-reports.table';

const locked = () =>
  new AppError('RECORD_LOCKED', 'This day’s call report was submitted; only comments can be added now');

/** A saved report with its activities and thread. */
const withDetail = async (db: Db, scope: Scope, report: CallReportSummary): Promise<CallReport> => {
  const { commentCount: _count, ...rest } = report;
  const activities =
    report.status === 'draft'
      ? await listDayActivities(db, scope, report.repId, report.day)
      : await listCallReportActivities(db, scope, report.id as string);
  const comments = await listCallReportComments(db, scope, report.id as string);
  return { ...rest, activityCount: activities.length, activities, comments };
};

/** A report the caller may see, without its activities and thread; 404 otherwise. */
const loadCallReport = async (db: Db, scope: Scope, id: string) =>
  orNotFound(await findCallReport(db, scope, id), 'call report');

/** Changes a report already found (or locked) in this transaction. */
const setReport = (db: Db, scope: Scope, id: string, values: Partial<typeof callReports.$inferInsert>) =>
  db
    .update(callReports)
    .set(values)
    .where(writtenRow(scope, callReports, id));

/** The caller's day: the report if saved, else an unsaved draft holding the day's done activities. */
export const getMyDay = async (db: Db, scope: Scope, day: string): Promise<CallReport> => {
  const report = await findRepDayReport(db, scope, scope.userId, day);
  if (report) return withDetail(db, scope, report);
  const activities = await listDayActivities(db, scope, scope.userId, day);
  const [me] = await db.select({ name: users.name }).from(users).where(eq(users.id, scope.userId));
  return {
    id: null,
    repId: scope.userId,
    repName: me?.name ?? '',
    day,
    status: 'draft',
    summary: null,
    submittedAt: null,
    reviewedAt: null,
    reviewedById: null,
    reviewedByName: null,
    activityCount: activities.length,
    activities,
    comments: [],
  };
};

/** The caller's report of a day, made as a draft when missing and locked for the rest of the transaction. */
const lockMyDay = async (db: Db, scope: Scope, day: string) => {
  await db
    .insert(callReports)
    .values({ orgId: scope.orgId, repId: scope.userId, day })
    .onConflictDoNothing({ target: [callReports.orgId, callReports.repId, callReports.day] });
  const [row] = await db
    .select({ id: callReports.id, status: callReports.status })
    .from(callReports)
    .where(and(eq(callReports.orgId, scope.orgId), eq(callReports.repId, scope.userId), eq(callReports.day, day)))
    .for('update');
  if (!row) throw new AppError('INTERNAL', 'Call report was not saved');
  if (row.status !== 'draft') throw locked();
  return row.id;
};

/** Saves the caller's note on a day as a draft. */
export const saveMyDay = async (
  db: Db,
  scope: Scope,
  day: string,
  input: { summary?: string | null | undefined },
  clock: Clock,
): Promise<CallReport> =>
  db.transaction(async (tx) => {
    const id = await lockMyDay(tx, scope, day);
    if (input.summary !== undefined) {
      await setReport(tx, scope, id, { summary: input.summary, updatedAt: clock.now() });
    }
    return getMyDay(tx, scope, day);
  });

/**
 * Submits the caller's day as one unit: the report and every done activity of the day, which are
 * locked from then on. A day without activities cannot be submitted.
 */
export const submitMyDay = async (
  db: Db,
  scope: Scope,
  day: string,
  input: { summary?: string | null | undefined },
  clock: Clock,
): Promise<CallReport> =>
  db.transaction(async (tx) => {
    const id = await lockMyDay(tx, scope, day);
    const linked = await attachDayToCallReport(tx, scope, { id, repId: scope.userId, day });
    if (linked === 0) {
      throw new AppError('CONFLICT', 'Nothing to submit: log the day’s calls and visits first', [
        { path: 'day', message: 'No activities done on this day' },
      ]);
    }
    const now = clock.now();
    await setReport(tx, scope, id, {
      status: 'submitted',
      submittedAt: now,
      updatedAt: now,
      ...(input.summary === undefined ? {} : { summary: input.summary }),
    });
    await recordAudit(tx, scope, {
      action: 'call_report.submitted',
      entity: 'call_report',
      entityId: id,
      data: { day, activityCount: linked },
    });
    return getMyDay(tx, scope, day);
  });

export const getCallReport = async (db: Db, scope: Scope, id: string): Promise<CallReport> =>
  withDetail(db, scope, await loadCallReport(db, scope, id));

/** Managers and admins review the reports of the people in their scope, never their own. */
const assertReviewer = (scope: Scope, report: CallReportSummary) => {
  if (scope.role !== 'manager' && scope.role !== 'admin') {
    throw new AppError('FORBIDDEN', 'Only a manager or an admin reviews call reports');
  }
  if (report.repId === scope.userId)
    throw new AppError('FORBIDDEN', 'Your own call report is reviewed by your manager');
};

const addComment = (db: Db, scope: Scope, callReportId: string, body: string, at: Date) =>
  db.insert(callReportComments).values({ orgId: scope.orgId, callReportId, authorId: scope.userId, body, at });

/** Marks a submitted report as reviewed, with an optional comment in its thread. */
export const reviewCallReport = async (
  db: Db,
  scope: Scope,
  id: string,
  input: { comment?: string | null | undefined },
  clock: Clock,
): Promise<CallReport> =>
  db.transaction(async (tx) => {
    const report = await loadCallReport(tx, scope, id);
    assertReviewer(scope, report);
    const now = clock.now();
    const reviewed = await tx
      .update(callReports)
      .set({ status: 'reviewed', reviewedAt: now, reviewedById: scope.userId, updatedAt: now })
      .where(and(visibleCallReport(scope), eq(callReports.id, id), sql`${callReports.status} = 'submitted'`))
      .returning({ id: callReports.id });
    if (reviewed.length === 0) {
      throw new AppError(
        'CONFLICT',
        report.status === 'draft' ? 'This call report is not submitted yet' : 'This call report is already reviewed',
      );
    }
    if (input.comment) await addComment(tx, scope, id, input.comment, now);
    await recordAudit(tx, scope, {
      action: 'call_report.reviewed',
      entity: 'call_report',
      entityId: id,
      data: { repId: report.repId, day: report.day },
    });
    return getCallReport(tx, scope, id);
  });

/** Adds to a submitted report's thread: the rep and the people who review them. */
export const commentCallReport = async (
  db: Db,
  scope: Scope,
  id: string,
  input: { body: string },
  clock: Clock,
): Promise<CallReport> =>
  db.transaction(async (tx) => {
    const report = await loadCallReport(tx, scope, id);
    if (report.repId !== scope.userId) assertReviewer(scope, report);
    if (report.status === 'draft') throw new AppError('CONFLICT', 'Submit the call report before discussing it');
    await addComment(tx, scope, id, input.body, clock.now());
    return getCallReport(tx, scope, id);
  });
