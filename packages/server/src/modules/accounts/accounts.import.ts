import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  addressColumn,
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
import { visibleAccount } from './accounts.queries';
import { accounts } from './accounts.table';

/** The columns an account import writes, each with the fields that fill it. */
const columns = (ctx: ImportWriteContext) =>
  filledColumns(ctx, [
    importColumn('name', sql`r.f_name`, 'name'),
    importColumn('domain', sql`r.f_domain`, 'domain'),
    importColumn('industry', sql`r.f_industry`, 'industry'),
    importColumn('employees', sql`r.f_employees`, 'employees'),
    importColumn('annual_revenue', sql`r.f_annual_revenue`, 'annualRevenue'),
    addressColumn(ctx),
    importColumn('region_id', sql`r.region_id`, 'region'),
    importColumn('parent_account_id', sql`r.parent_account_id`, 'parentAccount'),
    importColumn('is_key_account', sql`coalesce(r.f_is_key_account, false)`, 'isKeyAccount'),
    importColumn('owner_id', sql`r.owner_id`, 'owner'),
    importColumn('external_id', sql`r.f_external_id`, 'externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);

/** Accounts from a file: new ones inserted, matched ones updated where the file differs. */
export const accountImport: ImportTarget = {
  recordType: 'accounts',
  noun: 'account',
  table: accounts,
  visible: visibleAccount,
  checks: (ctx) =>
    ctx.has('parentAccount')
      ? [
          {
            field: 'parentAccount',
            value: sql`r.f_parent_account`,
            message: sql`case when r.parent_account_id = r.id then 'An account cannot be its own parent' end`,
          },
        ]
      : [],
  changed: (ctx) => columnsDiffer(columns(ctx)),
  write: async (db: Db, ctx) => {
    const cols = columns(ctx);
    // New accounts first: a matched account may name one of them as its parent.
    const inserted = await db.execute(sql`
      insert into accounts (org_id, id, owner_id, ${columnNames(cols.filter((c) => c.column !== 'owner_id'))}, updated_at)
      select ${ctx.orgId}::uuid, r.id, r.owner_id, ${columnValues(cols.filter((c) => c.column !== 'owner_id'))}, ${ctx.now}
      from ${ctx.rows} r where r.target_id is null`);
    const updated = await db.execute(sql`
      update accounts t set ${columnAssignments(cols)}, updated_at = ${ctx.now}
      from ${ctx.rows} r
      where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(cols)}`);
    return { created: rowCount(inserted), updated: rowCount(updated) };
  },
};
