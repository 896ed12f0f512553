import { sql } from 'drizzle-orm';
import {
  columnImport,
  createdColumn,
  currencyColumn,
  fieldColumn,
  filledColumns,
  type ImportWriteContext,
  importColumn,
  referenceColumn,
} from '../imports/import-target';
import { visibleEstimate } from './estimates.queries';
import { estimates } from './estimates.table';

/** The columns an estimate import writes; one sent, accepted or rejected counts as sent on its date. */
const columns = (ctx: ImportWriteContext) => {
  const status = ctx.has('status') ? sql`coalesce(r.f_status, 'draft')` : sql`'draft'`;
  return filledColumns(ctx, [
    fieldColumn('number'),
    referenceColumn('account'),
    referenceColumn('deal'),
    referenceColumn('productLine'),
    fieldColumn('amount'),
    currencyColumn(ctx, ['amount']),
    importColumn('status', sql`(${status})::estimate_status`, 'status'),
    fieldColumn('estimateDate'),
    importColumn(
      'sent_at',
      sql`case when ${status} <> 'draft' then r.f_estimate_date::timestamp at time zone ${ctx.timeZone} end`,
      ['status', 'estimateDate'],
    ),
    fieldColumn('notes'),
    referenceColumn('owner'),
    fieldColumn('externalId'),
    createdColumn(ctx),
  ]);
};

/** Estimates from a file: new ones inserted, matched ones updated where the file differs. */
export const estimateImport = columnImport({
  recordType: 'estimates',
  noun: 'estimate',
  table: estimates,
  visible: visibleEstimate,
  columns,
  fixed: ['owner_id'],
});
