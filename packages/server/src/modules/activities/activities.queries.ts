import type { Activity, ListActivitiesQuery } from '@pacer/core';
import { type AnyColumn, and, asc, eq, gte, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { forSortedPage, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { accounts } from '../accounts/accounts.table';
import { contacts } from '../contacts/contacts.table';
import { deals } from '../deals/deals.table';
import { users } from '../identity/identity.table';
import { leads } from '../leads/leads.table';
import { keepActivityRollups } from '../metrics/activity-rollups';
import type { RecordKind } from '../records/record-queries';
import { keysetList, listTotals, orNotFound, recordListFilters, writtenRow } from '../records/record-queries';
import { activities } from './activities.table';
import { orgDayEnd, orgDayStart } from './activity-days';

/** Activities this scope may see: the owner's (and the team's), and those at accounts they own. */
export const visibleActivity = (scope: Scope): SQL =>
  visibleRecord(scope, { orgId: activities.orgId, ownerId: activities.ownerId, accountId: activities.accountId });

/** Activities as the shared record actions see them: one submitted with a call report no longer changes. */
export const activityKind: RecordKind<typeof activities> = {
  table: activities,
  entity: 'activity',
  plural: 'Activities',
  visible: visibleActivity,
  changeable: isNull(activities.callReportId),
  aroundWrite: (db, orgId, ids, write) => keepActivityRollups(db, orgId, ids, write),
};

type ActivityRow = {
  activity: typeof activities.$inferSelect;
  ownerName: string;
  accountName: string | null;
  contactName: string | null;
  dealName: string | null;
  leadName: string | null;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toActivity = ({ activity, ownerName, accountName, contactName, dealName, leadName }: ActivityRow) =>
  ({
    id: activity.id,
    ownerId: activity.ownerId,
    ownerName,
    externalId: activity.externalId,
    archivedAt: iso(activity.archivedAt),
    createdAt: activity.createdAt.toISOString(),
    updatedAt: activity.updatedAt.toISOString(),
    type: activity.type,
    direction: activity.direction,
    outcome: activity.outcome,
    subject: activity.subject,
    notes: activity.notes,
    scheduledAt: iso(activity.scheduledAt),
    completedAt: iso(activity.completedAt),
    durationMinutes: activity.durationMinutes,
    location: activity.location,
    accountId: activity.accountId,
    accountName,
    contactId: activity.contactId,
    contactName,
    dealId: activity.dealId,
    dealName,
    leadId: activity.leadId,
    leadName,
    callReportId: activity.callReportId,
  }) satisfies Activity;

const selectActivities = (db: Db, sortValue: SQL = sql`null`) =>
  db
    .select({
      activity: activities,
      ownerName: users.name,
      accountName: accounts.name,
      contactName: contacts.fullName,
      dealName: deals.name,
      leadName: leads.fullName,
      sortValue,
    })
    .from(activities)
    .innerJoin(users, eq(users.id, activities.ownerId))
    .leftJoin(accounts, and(eq(accounts.orgId, activities.orgId), eq(accounts.id, activities.accountId)))
    .leftJoin(contacts, and(eq(contacts.orgId, activities.orgId), eq(contacts.id, activities.contactId)))
    .leftJoin(deals, and(eq(deals.orgId, activities.orgId), eq(deals.id, activities.dealId)))
    .leftJoin(leads, and(eq(leads.orgId, activities.orgId), eq(leads.id, activities.leadId)));

const stateFilter = (state: 'done' | 'planned' | 'all') =>
  state === 'all' ? undefined : state === 'done' ? isNotNull(activities.completedAt) : isNull(activities.completedAt);

// Subject and notes carry no trigram index (notes run long on millions of rows); other filters narrow first.
const activityText = sql`lower(coalesce(${activities.subject}, '') || ' ' || coalesce(${activities.notes}, ''))`;

export type ActivityFilters = Omit<ListActivitiesQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the activities list, shared by the list, its totals and its export. */
export const activityFilters = (scope: Scope, query: ActivityFilters): SQL =>
  and(
    recordListFilters(scope, activityKind, activityText, query),
    stateFilter(query.state),
    query.type ? eq(activities.type, query.type) : undefined,
    query.outcome ? eq(activities.outcome, query.outcome) : undefined,
    query.accountId ? eq(activities.accountId, query.accountId) : undefined,
    query.contactId ? eq(activities.contactId, query.contactId) : undefined,
    query.dealId ? eq(activities.dealId, query.dealId) : undefined,
    query.leadId ? eq(activities.leadId, query.leadId) : undefined,
    query.from ? gte(activities.activityAt, orgDayStart(scope, query.from)) : undefined,
    query.to ? lt(activities.activityAt, orgDayEnd(scope, query.to)) : undefined,
  ) as SQL;

/** `completedAt` sorts by when the activity happened, or is planned to: the indexed "when". */
export const activitySortKeys = {
  completedAt: { expr: activities.activityAt, type: 'timestamptz', notNull: true },
  scheduledAt: { expr: activities.scheduledAt, type: 'timestamptz' },
  createdAt: { expr: activities.createdAt, type: 'timestamptz', notNull: true },
} as const;

/** One page of activities, filtered and sorted. */
export const listActivities = (db: Db, scope: Scope, query: ListActivitiesQuery) =>
  keysetList(
    { keys: activitySortKeys, id: activities.id, query },
    (keyset) =>
      selectActivities(db, keyset.sortValue)
        .where(and(activityFilters(forSortedPage(scope), query), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.activity.id,
    toActivity,
  );

export const activityTotals = (db: Db, scope: Scope, query: ActivityFilters) =>
  listTotals(db, activities, activityFilters(scope, query));

export const findActivity = async (db: Db, scope: Scope, id: string): Promise<Activity | null> => {
  const [row] = await selectActivities(db).where(and(visibleActivity(scope), eq(activities.id, id)));
  return row ? toActivity(row) : null;
};

/** The activity as just written (see `writtenRow`): one logged for someone else still comes back once. */
export const findActivityAfterWrite = async (db: Db, scope: Scope, id: string): Promise<Activity> => {
  const [row] = await selectActivities(db).where(writtenRow(scope, activities, id));
  return toActivity(orNotFound(row, 'activity'));
};

/** A rep's activities done on a day (org time zone) and not yet in a call report, in the order they happened. */
export const listDayActivities = async (db: Db, scope: Scope, repId: string, day: string): Promise<Activity[]> => {
  const rows = await selectActivities(db)
    .where(and(visibleActivity(scope), dayActivities(scope, repId, day), isNull(activities.callReportId)))
    .orderBy(asc(activities.activityAt), asc(activities.id));
  return rows.map(toActivity);
};

/** The activities submitted with a call report, in the order they happened. */
export const listCallReportActivities = async (db: Db, scope: Scope, callReportId: string): Promise<Activity[]> => {
  const rows = await selectActivities(db)
    .where(and(visibleActivity(scope), eq(activities.callReportId, callReportId)))
    .orderBy(asc(activities.activityAt), asc(activities.id));
  return rows.map(toActivity);
};

/**
 * A rep's active, done activities of one day in the org's time zone. Phrased on `activity_at`
 * (equal to the completion of a done activity) so the owner index finds them.
 */
export const dayActivities = (scope: Scope, repId: string | AnyColumn, day: string | AnyColumn): SQL =>
  and(
    eq(activities.orgId, scope.orgId),
    eq(activities.ownerId, repId),
    gte(activities.activityAt, orgDayStart(scope, day)),
    lt(activities.activityAt, orgDayEnd(scope, day)),
    isNotNull(activities.completedAt),
    isNull(activities.archivedAt),
  ) as SQL;
