import type { CallReportSummary, ListCallReportsQuery } from '@pacer/core';
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ownerInTeam, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { dayActivities } from '../activities/activities.queries';
import { activities } from '../activities/activities.table';
import { users } from '../identity/identity.table';
import { keysetList } from '../records/record-queries';
import { callReportComments, callReports } from './call-reports.table';

const rep = alias(users, 'rep');
const reviewer = alias(users, 'reviewer');

/** Call reports this scope may see: reps their own, managers their team's, admins and viewers all. */
export const visibleCallReport = (scope: Scope): SQL =>
  visibleRecord(scope, { orgId: callReports.orgId, ownerId: callReports.repId });

// A draft counts the day's activities as they stand; a submitted report the ones it holds.
const activityCount = (scope: Scope) => sql<number>`case when ${callReports.status} = 'draft'
  then (select count(*) from ${activities} where ${and(
    dayActivities(scope, callReports.repId, callReports.day),
    sql`${activities.callReportId} is null`,
  )})
  else (select count(*) from ${activities} where ${activities.orgId} = ${callReports.orgId}
    and ${activities.callReportId} = ${callReports.id}) end::int`;

const commentCount = sql<number>`(select count(*) from ${callReportComments}
  where ${callReportComments.orgId} = ${callReports.orgId} and ${callReportComments.callReportId} = ${callReports.id})::int`;

type SummaryRow = {
  report: typeof callReports.$inferSelect;
  repName: string;
  reviewedByName: string | null;
  activityCount: number;
  commentCount: number;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toCallReportSummary = ({
  report,
  repName,
  reviewedByName,
  activityCount,
  commentCount,
}: SummaryRow): CallReportSummary => ({
  id: report.id,
  repId: report.repId,
  repName,
  day: report.day,
  status: report.status,
  summary: report.summary,
  submittedAt: iso(report.submittedAt),
  reviewedAt: iso(report.reviewedAt),
  reviewedById: report.reviewedById,
  reviewedByName,
  activityCount,
  commentCount,
});

const selectSummaries = (db: Db, scope: Scope, sortValue: SQL = sql`null`) =>
  db
    .select({
      report: callReports,
      repName: rep.name,
      reviewedByName: reviewer.name,
      activityCount: activityCount(scope),
      commentCount,
      sortValue,
    })
    .from(callReports)
    .innerJoin(rep, eq(rep.id, callReports.repId))
    .leftJoin(reviewer, eq(reviewer.id, callReports.reviewedById));

const callReportSortKeys = { day: { expr: callReports.day, type: 'date', notNull: true } } as const;

/** Call reports the scope may see, newest day first, a page at a time. */
export const listCallReports = (db: Db, scope: Scope, query: ListCallReportsQuery) =>
  keysetList(
    { keys: callReportSortKeys, id: callReports.id, query: { ...query, sort: '-day' } },
    (keyset) =>
      selectSummaries(db, scope, keyset.sortValue)
        .where(
          and(
            visibleCallReport(scope),
            query.repId ? eq(callReports.repId, query.repId) : undefined,
            query.teamId ? ownerInTeam(scope, callReports.repId, query.teamId) : undefined,
            query.status ? eq(callReports.status, query.status) : undefined,
            query.from ? gte(callReports.day, query.from) : undefined,
            query.to ? lte(callReports.day, query.to) : undefined,
            keyset.after,
          ),
        )
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.report.id,
    toCallReportSummary,
  );

/** One call report the scope may see, by id. */
export const findCallReport = async (db: Db, scope: Scope, id: string): Promise<CallReportSummary | null> => {
  const [row] = await selectSummaries(db, scope).where(and(visibleCallReport(scope), eq(callReports.id, id)));
  return row ? toCallReportSummary(row) : null;
};

/** A rep's report of one day, if saved. */
export const findRepDayReport = async (
  db: Db,
  scope: Scope,
  repId: string,
  day: string,
): Promise<CallReportSummary | null> => {
  const [row] = await selectSummaries(db, scope).where(
    and(visibleCallReport(scope), eq(callReports.repId, repId), eq(callReports.day, day)),
  );
  return row ? toCallReportSummary(row) : null;
};

/** The thread of a report, oldest first. */
export const listCallReportComments = async (db: Db, scope: Scope, callReportId: string) => {
  const rows = await db
    .select({ comment: callReportComments, authorName: users.name })
    .from(callReportComments)
    .innerJoin(users, eq(users.id, callReportComments.authorId))
    .where(and(eq(callReportComments.orgId, scope.orgId), eq(callReportComments.callReportId, callReportId)))
    .orderBy(asc(callReportComments.at), asc(callReportComments.id));
  return rows.map(({ comment, authorName }) => ({
    id: comment.id,
    authorId: comment.authorId,
    authorName,
    body: comment.body,
    at: comment.at.toISOString(),
  }));
};
