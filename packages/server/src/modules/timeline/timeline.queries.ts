import { AppError } from '@pacer/core';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { visibleAccount } from '../accounts/accounts.queries';
import { visibleActivity } from '../activities/activities.queries';
import { activities } from '../activities/activities.table';
import { visibleContact } from '../contacts/contacts.queries';
import { visibleDeal } from '../deals/deals.queries';
import { visibleLead } from '../leads/leads.queries';

/** The record types with a timeline, by URL segment. */
export const timelineRecords = {
  accounts: { entity: 'account', table: sql`accounts`, visible: visibleAccount, link: activities.accountId },
  contacts: { entity: 'contact', table: sql`contacts`, visible: visibleContact, link: activities.contactId },
  leads: { entity: 'lead', table: sql`leads`, visible: visibleLead, link: activities.leadId },
  deals: { entity: 'deal', table: sql`deals`, visible: visibleDeal, link: activities.dealId },
} as const;
export type TimelineRecordType = keyof typeof timelineRecords;

/** What the record's audit events say; stage moves come from the stage history instead. */
const auditedActions = ['created', 'updated', 'archived', 'restored', 'converted'];

export interface TimelineRow {
  kind: string;
  at: Date | string;
  at_text: string;
  key: string;
  actor_id: string | null;
  actor_name: string | null;
  ref_id: string | null;
  data: Record<string, unknown>;
}

/**
 * One page of a record's history, newest first: its activities, its audit events and, for deals,
 * its stage changes. Each source reads its own index newest first up to the page size; the union
 * is ordered and cut in SQL.
 */
export const listTimelineRows = async (
  db: Db,
  scope: Scope,
  type: TimelineRecordType,
  id: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ rows: TimelineRow[]; nextCursor: string | null }> => {
  const record = timelineRecords[type];
  const [visible] = await queryRows<{ id: string }>(
    db,
    sql`select id from ${record.table} where ${and(record.visible(scope), sql`${record.table}.id = ${id}`)}`,
  );
  if (!visible) throw new AppError('NOT_FOUND', `No such ${record.entity}`);

  const fetch = page.limit + 1;
  const after = page.cursor ? decodeCursor(page.cursor, 2).map(String) : null;
  const before = (at: SQL, key: SQL) =>
    after
      ? sql`and ${at} <= ${after[0]}::timestamptz and (${at}, ${key}) < (${after[0]}::timestamptz, ${after[1]})`
      : sql``;

  const activityKey = sql`'a' || activities.id::text`;
  const activityBranch = sql`(select 'activity' as kind, activities.activity_at as at, ${activityKey} as key,
      activities.owner_id as actor_id, activities.id::text as ref_id,
      jsonb_build_object('type', activities.type, 'outcome', activities.outcome, 'direction', activities.direction,
        'subject', activities.subject, 'notes', activities.notes, 'completedAt', activities.completed_at,
        'scheduledAt', activities.scheduled_at, 'durationMinutes', activities.duration_minutes,
        'accountId', activities.account_id, 'contactId', activities.contact_id, 'dealId', activities.deal_id,
        'leadId', activities.lead_id, 'callReportId', activities.call_report_id) as data
    from activities
    where ${visibleActivity(scope)} and ${record.link} = ${id} and activities.archived_at is null
      ${before(sql`activities.activity_at`, activityKey)}
    order by activities.activity_at desc, ${activityKey} desc limit ${fetch})`;

  const auditKey = sql`'e' || e.id::text`;
  const auditBranch = sql`(select case split_part(e.action, '.', 2) when 'updated' then 'edit'
        else split_part(e.action, '.', 2) end as kind, e.at, ${auditKey} as key,
      e.actor_id, null::text as ref_id, e.data
    from audit_events e
    where e.org_id = ${scope.orgId} and e.entity = ${record.entity} and e.entity_id = ${id}
      and e.action = any(${sql.param(auditedActions.map((action) => `${record.entity}.${action}`))}::text[])
      ${before(sql`e.at`, auditKey)}
    order by e.at desc, ${auditKey} desc limit ${fetch})`;

  const stageKey = sql`'s' || sc.id::text`;
  const stageBranch = sql`(select 'stage_change' as kind, sc.changed_at as at, ${stageKey} as key,
      sc.changed_by_id as actor_id, sc.id::text as ref_id,
      jsonb_build_object('fromStageId', sc.from_stage_id, 'fromStageName', fs.name, 'toStageId', sc.to_stage_id,
        'toStageName', ts.name, 'amount', sc.amount::text, 'currency', sc.currency, 'handoff', sc.handoff,
        'fromOwnerId', sc.from_owner_id, 'toOwnerId', sc.to_owner_id) as data
    from deal_stage_changes sc
    join stages ts on ts.org_id = sc.org_id and ts.id = sc.to_stage_id
    left join stages fs on fs.org_id = sc.org_id and fs.id = sc.from_stage_id
    where sc.org_id = ${scope.orgId} and sc.deal_id = ${id}
      ${before(sql`sc.changed_at`, stageKey)}
    order by sc.changed_at desc, ${stageKey} desc limit ${fetch})`;

  const branches = [activityBranch, auditBranch, ...(type === 'deals' ? [stageBranch] : [])];
  const rows = await queryRows<TimelineRow>(
    db,
    sql`select t.kind, t.at, t.key, t.actor_id, t.ref_id, t.data, u.name as actor_name,
        to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text
      from (${sql.join(branches, sql` union all `)}) t
      left join users u on u.id = t.actor_id
      order by t.at desc, t.key desc
      limit ${fetch}`,
  );
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: rows.length > page.limit && last ? encodeCursor([last.at_text, last.key]) : null };
};
