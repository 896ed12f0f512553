import { type SQL, sql } from 'drizzle-orm';
import {
  columnImport,
  columnsDiffer,
  fieldColumn,
  filledColumns,
  type ImportWriteContext,
  importColumn,
  referenceColumn,
  stagedOrNull,
} from '../imports/import-target';
import { keepActivityRollups } from '../metrics/activity-rollups';
import { visibleActivity } from './activities.queries';
import { activities } from './activities.table';

/**
 * When the activity was done. The file's completion time when it has one; else its done flag
 * (done at the scheduled time); with neither, what has a time in the past was done then, what is
 * planned for later is still open, and an activity with no time at all is logged as done now.
 */
const completedAt = (ctx: ImportWriteContext): SQL => {
  if (ctx.has('completedAt')) return sql`r.f_completed_at`;
  const scheduled = stagedOrNull(ctx, 'scheduledAt', 'timestamptz');
  const created = stagedOrNull(ctx, 'createdAt', 'timestamptz');
  if (ctx.has('done')) return sql`case when r.f_done then coalesce(${scheduled}, ${created}, ${ctx.now}) end`;
  return sql`case when ${scheduled} is null then coalesce(${created}, ${ctx.now}) when ${scheduled} <= ${ctx.now} then ${scheduled} end`;
};

const columns = (ctx: ImportWriteContext, insert: boolean) => {
  const when = sql`coalesce(${completedAt(ctx)}, ${stagedOrNull(ctx, 'scheduledAt', 'timestamptz')})`;
  return filledColumns(ctx, [
    importColumn('type', sql`r.f_type::activity_type`, 'type'),
    importColumn('direction', sql`r.f_direction::activity_direction`, 'direction'),
    importColumn('outcome', sql`r.f_outcome::activity_outcome`, 'outcome'),
    fieldColumn('subject'),
    fieldColumn('notes'),
    fieldColumn('scheduledAt'),
    importColumn('completed_at', completedAt(ctx), ['completedAt', 'done', 'scheduledAt', ...(insert ? ['type'] : [])]),
    fieldColumn('durationMinutes'),
    fieldColumn('location'),
    referenceColumn('account'),
    referenceColumn('contact'),
    referenceColumn('deal'),
    referenceColumn('lead'),
    referenceColumn('owner'),
    fieldColumn('externalId'),
    // Created when it happened (never later than the import), unless the file says otherwise.
    importColumn(
      'created_at',
      sql`coalesce(${stagedOrNull(ctx, 'createdAt', 'timestamptz')}, least(coalesce(${when}, ${ctx.now}), ${ctx.now}))`,
      ['createdAt', ...(insert ? ['type'] : [])],
      sql`coalesce(r.f_created_at, t.created_at)`,
    ),
  ]);
};

/** Activities from a file. One submitted with a daily call report is locked: the import may not change it. */
export const activityImport = columnImport({
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
  columns: (ctx, use) => columns(ctx, use === 'insert'),
  fixed: ['owner_id'],
  // The rep-days of the matched activities before the write and of every row after it are recounted.
  aroundWrite: (db, ctx, write) =>
    keepActivityRollups(
      db,
      ctx.orgId,
      sql`select r.target_id from ${ctx.rows} r where r.target_id is not null`,
      write,
      sql`select r.id from ${ctx.rows} r`,
    ),
});
