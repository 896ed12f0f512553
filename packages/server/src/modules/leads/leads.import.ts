import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  columnAssignments,
  columnNames,
  columnsDiffer,
  columnValues,
  createdColumn,
  customColumn,
  filledColumns,
  type ImportTarget,
  type ImportWriteContext,
  importColumn,
  rowCount,
} from '../imports/import-target';
import { visibleLead } from './leads.queries';
import { leads } from './leads.table';

/**
 * The columns a lead import writes. An imported lead keeps the follow-up deadline the file gives
 * and gets none otherwise: history brought over from another system is not overdue work.
 */
const columns = (ctx: ImportWriteContext) =>
  filledColumns(ctx, [
    importColumn('first_name', sql`r.f_first_name`, 'firstName'),
    importColumn('last_name', sql`r.f_last_name`, 'lastName'),
    importColumn('company', sql`r.f_company`, 'company'),
    importColumn('title', sql`r.f_title`, 'title'),
    importColumn('email', sql`r.f_email`, 'email'),
    importColumn('phone', sql`r.f_phone`, 'phone'),
    importColumn('source', sql`r.f_source::lead_source`, 'source'),
    importColumn('status', sql`coalesce(r.f_status, 'new')::lead_status`, 'status'),
    importColumn('follow_up_due_at', sql`r.f_follow_up_due_at`, 'followUpDueAt'),
    importColumn('disqualified_reason', sql`r.f_disqualified_reason`, 'disqualifiedReason'),
    importColumn('notes', sql`r.f_notes`, 'notes'),
    importColumn('owner_id', sql`r.owner_id`, 'owner'),
    importColumn('external_id', sql`r.f_external_id`, 'externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);

/** Leads from a file. A converted lead is not changed by an import. */
export const leadImport: ImportTarget = {
  recordType: 'leads',
  noun: 'lead',
  table: leads,
  visible: visibleLead,
  checks: (ctx) => [
    {
      field: ctx.has('status') ? 'status' : 'lastName',
      value: sql`null::text`,
      message: sql`case when t.converted_at is not null and (${columnsDiffer(columns(ctx))})
        then 'This lead was converted: change its account, contact or deal instead' end`,
    },
  ],
  changed: (ctx) => columnsDiffer(columns(ctx)),
  write: async (db: Db, ctx) => {
    const cols = columns(ctx).filter((c) => c.column !== 'owner_id');
    const inserted = await db.execute(sql`
      insert into leads (org_id, id, owner_id, ${columnNames(cols)}, updated_at)
      select ${ctx.orgId}::uuid, r.id, r.owner_id, ${columnValues(cols)}, ${ctx.now}
      from ${ctx.rows} r where r.target_id is null`);
    const all = columns(ctx);
    const updated = await db.execute(sql`
      update leads t set ${columnAssignments(all)}, updated_at = ${ctx.now}
      from ${ctx.rows} r
      where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(all)}`);
    return { created: rowCount(inserted), updated: rowCount(updated) };
  },
};
