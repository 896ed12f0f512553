import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  columnAssignments,
  columnNames,
  columnsDiffer,
  columnValues,
  filledColumns,
  type ImportTarget,
  type ImportWriteContext,
  importColumn,
  rowCount,
} from '../imports/import-target';
import { visibleActivity } from './activities.queries';
import { activities } from './activities.table';

const staged = (ctx: ImportWriteContext, key: string, column: string, type: string): SQL =>
  sql.raw(ctx.has(key) ? `r.${column}` : `null::${type}`);

/**
 * When the activity was done. The file's completion time when it has one; else its done flag
 * (done at the scheduled time); with neither, what has a time in the past was done then, what is
 * planned for later is still open, and an activity with no time at all is logged as done now.
 */
const completedAt = (ctx: ImportWriteContext): SQL => {
  if (ctx.has('completedAt')) return sql`r.f_completed_at`;
  const scheduled = staged(ctx, 'scheduledAt', 'f_scheduled_at', 'timestamptz');
  const created = staged(ctx, 'createdAt', 'f_created_at', 'timestamptz');
  if (ctx.has('done')) return sql`case when r.f_done then coalesce(${scheduled}, ${created}, ${ctx.now}) end`;
  return sql`case when ${scheduled} is null then coalesce(${created}, ${ctx.now}) when ${scheduled} <= ${ctx.now} then ${scheduled} end`;
};

const columns = (ctx: ImportWriteContext, insert: boolean) => {
  const when = sql`coalesce(${completedAt(ctx)}, ${staged(ctx, 'scheduledAt', 'f_scheduled_at', 'timestamptz')})`;
  return filledColumns(ctx, [
    importColumn('type', sql`r.f_type::activity_type`, 'type'),
    importColumn('direction', sql`r.f_direction::activity_direction`, 'direction'),
    importColumn('outcome', sql`r.f_outcome::activity_outcome`, 'outcome'),
    importColumn('subject', sql`r.f_subject`, 'subject'),
    importColumn('notes', sql`r.f_notes`, 'notes'),
    importColumn('scheduled_at', sql`r.f_scheduled_at`, 'scheduledAt'),
    importColumn('completed_at', completedAt(ctx), ['completedAt', 'done', 'scheduledAt', ...(insert ? ['type'] : [])]),
    importColumn('duration_minutes', sql`r.f_duration_minutes`, 'durationMinutes'),
    importColumn('location', sql`r.f_location`, 'location'),
    importColumn('account_id', sql`r.account_id`, 'account'),
    importColumn('contact_id', sql`r.contact_id`, 'contact'),
    importColumn('deal_id', sql`r.deal_id`, 'deal'),
    importColumn('lead_id', sql`r.lead_id`, 'lead'),
    importColumn('owner_id', sql`r.owner_id`, 'owner'),
    importColumn('external_id', sql`r.f_external_id`, 'externalId'),
    // Created when it happened (never later than the import), unless the file says otherwise.
    importColumn(
      'created_at',
      sql`coalesce(${staged(ctx, 'createdAt', 'f_created_at', 'timestamptz')}, least(coalesce(${when}, ${ctx.now}), ${ctx.now}))`,
      ['createdAt', ...(insert ? ['type'] : [])],
      sql`coalesce(r.f_created_at, t.created_at)`,
    ),
  ]);
};

/** Activities from a file. One submitted with a daily call report is locked: the import may not change it. */
export const activityImport: ImportTarget = {
  recordType: 'activities',
  noun: 'activity',
  table: activities,
  visible: visibleActivity,
  checks: (ctx) => [
    {
      field: 'type',
      value: sql`r.f_type`,
      message: sql`case when t.call_report_id is not null and (${columnsDiffer(columns(ctx, false))})
        then 'This activity was submitted with a daily call report and is locked' end`,
    },
  ],
  changed: (ctx) => columnsDiffer(columns(ctx, false)),
  write: async (db: Db, ctx) => {
    const fresh = columns(ctx, true).filter((c) => c.column !== 'owner_id');
    const inserted = await db.execute(sql`
      insert into activities (org_id, id, owner_id, ${columnNames(fresh)}, updated_at)
      select ${ctx.orgId}::uuid, r.id, r.owner_id, ${columnValues(fresh)}, ${ctx.now}
      from ${ctx.rows} r where r.target_id is null`);
    const update = columns(ctx, false);
    const updated = await db.execute(sql`
      update activities t set ${columnAssignments(update)}, updated_at = ${ctx.now}
      from ${ctx.rows} r
      where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(update)}`);
    return { created: rowCount(inserted), updated: rowCount(updated) };
  },
};
