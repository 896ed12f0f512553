import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  columnAssignments,
  columnNames,
  columnsDiffer,
  columnValues,
  createdColumn,
  filledColumns,
  type ImportTarget,
  type ImportWriteContext,
  importColumn,
  rowCount,
} from '../imports/import-target';
import { visibleEstimate } from './estimates.queries';
import { estimates } from './estimates.table';

/** The columns an estimate import writes; one sent, accepted or rejected counts as sent on its date. */
const columns = (ctx: ImportWriteContext) => {
  const status = ctx.has('status') ? sql`coalesce(r.f_status, 'draft')` : sql`'draft'`;
  return filledColumns(ctx, [
    importColumn('number', sql`r.f_number`, 'number'),
    importColumn('account_id', sql`r.account_id`, 'account'),
    importColumn('deal_id', sql`r.deal_id`, 'deal'),
    importColumn('product_line_id', sql`r.product_line_id`, 'productLine'),
    importColumn('amount', sql`r.f_amount`, 'amount'),
    importColumn(
      'currency',
      sql`coalesce(${sql.raw(ctx.has('currency') ? 'r.f_currency' : 'null::text')}, ${ctx.currency})`,
      ['currency', 'amount'],
    ),
    importColumn('status', sql`(${status})::estimate_status`, 'status'),
    importColumn('estimate_date', sql`r.f_estimate_date`, 'estimateDate'),
    importColumn(
      'sent_at',
      sql`case when ${status} <> 'draft' then r.f_estimate_date::timestamp at time zone ${ctx.timeZone} end`,
      ['status', 'estimateDate'],
    ),
    importColumn('notes', sql`r.f_notes`, 'notes'),
    importColumn('owner_id', sql`r.owner_id`, 'owner'),
    importColumn('external_id', sql`r.f_external_id`, 'externalId'),
    createdColumn(ctx),
  ]);
};

/** Estimates from a file: new ones inserted, matched ones updated where the file differs. */
export const estimateImport: ImportTarget = {
  recordType: 'estimates',
  noun: 'estimate',
  table: estimates,
  visible: visibleEstimate,
  changed: (ctx) => columnsDiffer(columns(ctx)),
  write: async (db: Db, ctx) => {
    const fresh = columns(ctx).filter((c) => c.column !== 'owner_id');
    const inserted = await db.execute(sql`
      insert into estimates (org_id, id, owner_id, ${columnNames(fresh)}, updated_at)
      select ${ctx.orgId}::uuid, r.id, r.owner_id, ${columnValues(fresh)}, ${ctx.now}
      from ${ctx.rows} r where r.target_id is null`);
    const all = columns(ctx);
    const updated = await db.execute(sql`
      update estimates t set ${columnAssignments(all)}, updated_at = ${ctx.now}
      from ${ctx.rows} r
      where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(all)}`);
    return { created: rowCount(inserted), updated: rowCount(updated) };
  },
};
