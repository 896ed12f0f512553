import { sql } from 'drizzle-orm';
import {
  columnImport,
  columnsDiffer,
  createdColumn,
  customColumn,
  fieldColumn,
  filledColumns,
  type ImportWriteContext,
  importColumn,
  referenceColumn,
} from '../imports/import-target';
import { visibleLead } from './leads.queries';
import { leads } from './leads.table';

/**
 * The columns a lead import writes. An imported lead keeps the follow-up deadline the file gives
 * and gets none otherwise: history brought over from another system is not overdue work.
 */
const columns = (ctx: ImportWriteContext) =>
  filledColumns(ctx, [
    fieldColumn('firstName'),
    fieldColumn('lastName'),
    fieldColumn('company'),
    fieldColumn('title'),
    fieldColumn('email'),
    fieldColumn('phone'),
    importColumn('source', sql`r.f_source::lead_source`, 'source'),
    importColumn('status', sql`coalesce(r.f_status, 'new')::lead_status`, 'status'),
    fieldColumn('followUpDueAt'),
    fieldColumn('disqualifiedReason'),
    fieldColumn('notes'),
    referenceColumn('owner'),
    fieldColumn('externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);

/** Leads from a file. A converted lead is not changed by an import. */
export const leadImport = columnImport({
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
  columns,
  fixed: ['owner_id'],
});
