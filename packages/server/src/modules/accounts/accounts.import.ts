import { sql } from 'drizzle-orm';
import {
  addressColumn,
  columnImport,
  createdColumn,
  customColumn,
  fieldColumn,
  filledColumns,
  type ImportWriteContext,
  importColumn,
  referenceColumn,
} from '../imports/import-target';
import { visibleAccount } from './accounts.queries';
import { accounts } from './accounts.table';

/** The columns an account import writes, each with the fields that fill it. */
const columns = (ctx: ImportWriteContext) =>
  filledColumns(ctx, [
    fieldColumn('name'),
    fieldColumn('domain'),
    fieldColumn('industry'),
    fieldColumn('employees'),
    fieldColumn('annualRevenue'),
    addressColumn(ctx),
    referenceColumn('region'),
    referenceColumn('parentAccount'),
    importColumn('is_key_account', sql`coalesce(r.f_is_key_account, false)`, 'isKeyAccount'),
    referenceColumn('owner'),
    fieldColumn('externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);

/** Accounts from a file; a matched account may name a new one as its parent. */
export const accountImport = columnImport({
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
  columns,
  fixed: ['owner_id'],
});
