import {
  AppError,
  type BulkActionInput,
  type CreateLeadInput,
  canChangeLeadStatus,
  isFollowUpStatusChange,
  type Lead,
  leadFollowUpDueAt,
  type UpdateLeadInput,
} from '@pacer/core';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { orgs } from '../orgs/orgs.table';
import { assertExternalIdFree, resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { archiveRecord, bulkUpdateRecords, changedFields } from '../records/record-writes';
import { findLead, findLeadAfterWrite, leadKind, visibleLead } from './leads.queries';
import { leads } from './leads.table';

/** ISO instants in one spelling, so an edit that repeats a deadline is no change. */
const instant = (text: string | null | undefined) =>
  text === undefined ? undefined : text === null ? null : new Date(text).toISOString();
const toDate = (text: string | null | undefined) =>
  text === undefined ? undefined : text === null ? null : new Date(text);

export const getLead = async (db: Db, scope: Scope, id: string, now: Date): Promise<Lead> =>
  orNotFound(await findLead(db, scope, id, now), 'lead');

/** Hours the org gives a rep to follow up a company-generated lead. */
const followUpHoursOf = async (db: Db, scope: Scope): Promise<number> => {
  const [org] = await db.select({ hours: orgs.leadFollowUpHours }).from(orgs).where(eq(orgs.id, scope.orgId));
  return org?.hours ?? 24;
};

const columnsOf = (input: UpdateLeadInput) => ({
  firstName: input.firstName,
  lastName: input.lastName,
  company: input.company,
  title: input.title,
  email: input.email,
  phone: input.phone,
  source: input.source,
  status: input.status,
  disqualifiedReason: input.disqualifiedReason,
  notes: input.notes,
  externalId: input.externalId,
});

export const createLead = async (db: Db, scope: Scope, input: CreateLeadInput, clock: Clock): Promise<Lead> =>
  db.transaction(async (tx) => {
    const now = clock.now();
    await assertExternalIdFree(tx, scope, leadKind, input.externalId, null);
    const ownerId = await resolveOwner(tx, scope, input.ownerId);
    const custom = await mergeCustomValues(tx, scope, 'leads', input.custom);
    const status = input.status ?? 'new';
    const followUpDueAt = leadFollowUpDueAt({
      source: input.source,
      receivedAt: now,
      followUpHours: await followUpHoursOf(tx, scope),
      requested: toDate(input.followUpDueAt),
    });
    const [row] = await tx
      .insert(leads)
      .values({
        ...columnsOf(input),
        orgId: scope.orgId,
        lastName: input.lastName,
        source: input.source,
        status,
        ownerId,
        custom,
        followUpDueAt,
        // A lead that arrives already worked needs no follow-up.
        followedUpAt: isFollowUpStatusChange(null, status) ? now : null,
      })
      .returning({ id: leads.id });
    if (!row) throw new AppError('INTERNAL', 'Lead was not created');
    await recordAudit(tx, scope, {
      action: 'lead.created',
      entity: 'lead',
      entityId: row.id,
      data: { name: [input.firstName, input.lastName].filter(Boolean).join(' '), source: input.source },
    });
    return findLeadAfterWrite(tx, scope, row.id, now);
  });

export const updateLead = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateLeadInput,
  clock: Clock,
): Promise<Lead> =>
  db.transaction(async (tx) => {
    const now = clock.now();
    const before = await getLead(tx, scope, id, now);
    if (input.status !== undefined && !canChangeLeadStatus(before.status, input.status)) {
      throw new AppError('LEAD_CONVERTED', 'This lead is converted; its status can no longer change');
    }
    await assertExternalIdFree(tx, scope, leadKind, input.externalId, id);
    const ownerId = input.ownerId === undefined ? undefined : await resolveOwner(tx, scope, input.ownerId);
    const custom = await mergeCustomValues(tx, scope, 'leads', input.custom, before.custom);
    let followUpDueAt = instant(input.followUpDueAt);
    // A lead newly marked company-generated gets its deadline counted from now.
    if (
      followUpDueAt === undefined &&
      input.source === 'company' &&
      before.source !== 'company' &&
      !before.followUpDueAt
    ) {
      followUpDueAt = leadFollowUpDueAt({
        source: 'company',
        receivedAt: now,
        followUpHours: await followUpHoursOf(tx, scope),
      })?.toISOString();
    }
    const followedUpAt =
      input.status && !before.followedUpAt && isFollowUpStatusChange(before.status, input.status)
        ? now.toISOString()
        : undefined;
    const values = { ...columnsOf(input), ownerId, custom, followUpDueAt, followedUpAt };
    const changes = changedFields(before, values);
    if (Object.keys(changes).length === 0) return before;
    await tx
      .update(leads)
      .set({
        ...values,
        followUpDueAt: toDate(followUpDueAt),
        followedUpAt: toDate(followedUpAt),
        updatedAt: new Date(),
      })
      .where(and(visibleLead(scope), eq(leads.id, id)));
    await recordAudit(tx, scope, { action: 'lead.updated', entity: 'lead', entityId: id, data: changes });
    return findLeadAfterWrite(tx, scope, id, now);
  });

/**
 * Records that someone followed the lead up at `at` (an activity was logged on it), unless an
 * earlier follow-up is already recorded. Answers whether the lead changed; leads the scope may not
 * see are left alone. Called by the activities module inside its own transaction.
 */
export const markLeadFollowedUp = async (db: Db, scope: Scope, leadId: string, at: Date): Promise<boolean> => {
  const changed = await db
    .update(leads)
    .set({ followedUpAt: sql`least(${leads.followedUpAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(
        visibleLead(scope),
        eq(leads.id, leadId),
        or(isNull(leads.followedUpAt), sql`${leads.followedUpAt} > ${at.toISOString()}::timestamptz`),
      ),
    )
    .returning({ id: leads.id });
  return changed.length > 0;
};

export const archiveLead = (db: Db, scope: Scope, id: string, archived: boolean, clock: Clock): Promise<Lead> => {
  const now = clock.now();
  return archiveRecord(db, scope, leadKind, id, archived, (tx) => getLead(tx, scope, id, now));
};

/** Reassign, archive or restore many leads at once; rows outside the scope are left alone. */
export const bulkUpdateLeads = (db: Db, scope: Scope, input: BulkActionInput) =>
  bulkUpdateRecords(db, scope, leadKind, input);
