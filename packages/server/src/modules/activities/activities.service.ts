import {
  type Activity,
  AppError,
  type BulkActionInput,
  type CreateActivityInput,
  type UpdateActivityInput,
} from '@pacer/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { markLeadFollowedUp } from '../leads/leads.service';
import { countNewActivities, keepActivityRollups } from '../metrics/activity-rollups';
import { assertExternalIdFree, resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { archiveRecord, bulkUpdateRecords, changedFields } from '../records/record-writes';
import {
  activityKind,
  dayActivities,
  findActivity,
  findActivityAfterWrite,
  visibleActivity,
} from './activities.queries';
import { activities } from './activities.table';
import { resolveLinks } from './activity-links';

export const getActivity = async (db: Db, scope: Scope, id: string): Promise<Activity> =>
  orNotFound(await findActivity(db, scope, id), 'activity');

/** An activity submitted with a daily call report is part of that report: it no longer changes. */
const assertUnlocked = (activity: Activity) => {
  if (activity.callReportId) {
    throw new AppError(
      'RECORD_LOCKED',
      'This activity was submitted with a daily call report and can no longer change',
    );
  }
};

const instant = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

const columnsOf = (input: UpdateActivityInput) => ({
  type: input.type,
  direction: input.direction,
  outcome: input.outcome,
  subject: input.subject,
  notes: input.notes,
  scheduledAt: instant(input.scheduledAt),
  completedAt: instant(input.completedAt),
  durationMinutes: input.durationMinutes,
  location: input.location,
  externalId: input.externalId,
});

/**
 * Logs an activity: done now when `completedAt` is left out, planned when it is null. An activity
 * on a lead counts as the lead's follow-up. A handful of primary-key lookups and one insert.
 */
export const createActivity = async (
  db: Db,
  scope: Scope,
  input: CreateActivityInput,
  clock: Clock,
): Promise<Activity> =>
  db.transaction(async (tx) => {
    const links = await resolveLinks(tx, scope, input);
    await assertExternalIdFree(tx, scope, activityKind, input.externalId, null);
    const ownerId = await resolveOwner(tx, scope, input.ownerId);
    const completedAt = input.completedAt === undefined ? clock.now() : instant(input.completedAt);
    const [row] = await tx
      .insert(activities)
      .values({ ...columnsOf(input), ...links, type: input.type, completedAt, orgId: scope.orgId, ownerId })
      .returning({ id: activities.id });
    if (!row) throw new AppError('INTERNAL', 'Activity was not logged');
    await countNewActivities(tx, scope.orgId, [row.id]);
    if (links.leadId && completedAt) await markLeadFollowedUp(tx, scope, links.leadId, completedAt);
    return findActivityAfterWrite(tx, scope, row.id);
  });

export const updateActivity = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateActivityInput,
  clock: Clock,
): Promise<Activity> =>
  db.transaction(async (tx) => {
    const before = await getActivity(tx, scope, id);
    assertUnlocked(before);
    const links = await resolveLinks(tx, scope, input, before);
    await assertExternalIdFree(tx, scope, activityKind, input.externalId, id);
    const ownerId = input.ownerId === undefined ? undefined : await resolveOwner(tx, scope, input.ownerId);
    const columns = columnsOf(input);
    const values = { ...columns, ...links, ownerId };
    // Compared as the API shows them (ISO instants), so an unchanged time is no change.
    const changes = changedFields(before, {
      ...values,
      scheduledAt: columns.scheduledAt === undefined ? undefined : (columns.scheduledAt?.toISOString() ?? null),
      completedAt: columns.completedAt === undefined ? undefined : (columns.completedAt?.toISOString() ?? null),
    });
    if (Object.keys(changes).length === 0) return before;
    await keepActivityRollups(tx, scope.orgId, [id], () =>
      tx
        .update(activities)
        .set({ ...values, updatedAt: clock.now() })
        .where(and(visibleActivity(scope), eq(activities.id, id), isNull(activities.callReportId))),
    );
    await recordAudit(tx, scope, { action: 'activity.updated', entity: 'activity', entityId: id, data: changes });
    const after = await findActivityAfterWrite(tx, scope, id);
    if (after.leadId && after.completedAt && (changes.leadId || changes.completedAt)) {
      await markLeadFollowedUp(tx, scope, after.leadId, new Date(after.completedAt));
    }
    return after;
  });

export const archiveActivity = (db: Db, scope: Scope, id: string, archived: boolean, clock: Clock): Promise<Activity> =>
  archiveRecord(db, scope, activityKind, id, archived, (tx) => getActivity(tx, scope, id), {
    at: clock.now(),
    check: assertUnlocked,
  });

/** Reassign, archive or restore many activities; those outside the scope or locked in a call report are left alone. */
export const bulkUpdateActivities = (db: Db, scope: Scope, input: BulkActionInput, clock: Clock) =>
  bulkUpdateRecords(db, scope, activityKind, input, { at: clock.now() });

/**
 * Puts a rep's done activities of a day (org time zone) into their call report, which locks them.
 * Called by the call-reports module inside its submit transaction; answers how many were linked.
 */
export const attachDayToCallReport = async (
  db: Db,
  scope: Scope,
  report: { id: string; repId: string; day: string },
): Promise<number> => {
  const linked = await db
    .update(activities)
    .set({ callReportId: report.id })
    .where(and(dayActivities(scope, report.repId, report.day), isNull(activities.callReportId)))
    .returning({ id: activities.id });
  return linked.length;
};
