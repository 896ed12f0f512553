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
import { visibleContact } from './contacts.queries';
import { contacts } from './contacts.table';

const listOf = (items: string[]) =>
  sql.raw(
    `coalesce((select jsonb_agg(x.v order by x.o) from (values ${items.join(', ')}) x(v, o) where x.v is not null), '[]'::jsonb)`,
  );

/** The columns a contact import writes; e-mails and phones replace the contact's lists. */
const columns = (ctx: ImportWriteContext) => {
  const emails = ['email', 'email2'].filter((f) => ctx.has(f));
  const phones = [
    ['phone', 'work'],
    ['mobile', 'mobile'],
  ].filter(([f]) => ctx.has(f as string));
  return filledColumns(ctx, [
    importColumn('first_name', sql`r.f_first_name`, 'firstName'),
    importColumn('last_name', sql`r.f_last_name`, 'lastName'),
    importColumn('title', sql`r.f_title`, 'title'),
    importColumn(
      'emails',
      listOf(
        emails.map(
          (f, i) =>
            `(case when r.f_${f} is null then null else jsonb_build_object('email', r.f_${f}, 'label', null) end, ${i})`,
        ),
      ),
      ['email', 'email2'],
    ),
    importColumn(
      'phones',
      listOf(
        phones.map(
          ([f, label], i) =>
            `(case when r.f_${f} is null then null else jsonb_build_object('phone', r.f_${f}, 'label', '${label}') end, ${i})`,
        ),
      ),
      ['phone', 'mobile'],
    ),
    addressColumn(ctx),
    importColumn('account_id', sql`r.account_id`, 'account'),
    importColumn('is_influencer', sql`coalesce(r.f_is_influencer, false)`, 'isInfluencer'),
    importColumn('notes', sql`r.f_notes`, 'notes'),
    importColumn('owner_id', sql`r.owner_id`, 'owner'),
    importColumn('external_id', sql`r.f_external_id`, 'externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);
};

/** Contacts from a file: new ones inserted, matched ones updated where the file differs. */
export const contactImport: ImportTarget = {
  recordType: 'contacts',
  noun: 'contact',
  table: contacts,
  visible: visibleContact,
  changed: (ctx) => columnsDiffer(columns(ctx)),
  write: async (db: Db, ctx) => {
    const cols = columns(ctx).filter((c) => c.column !== 'owner_id');
    const inserted = await db.execute(sql`
      insert into contacts (org_id, id, owner_id, ${columnNames(cols)}, updated_at)
      select ${ctx.orgId}::uuid, r.id, r.owner_id, ${columnValues(cols)}, ${ctx.now}
      from ${ctx.rows} r where r.target_id is null`);
    const all = columns(ctx);
    const updated = await db.execute(sql`
      update contacts t set ${columnAssignments(all)}, updated_at = ${ctx.now}
      from ${ctx.rows} r
      where t.org_id = ${ctx.orgId} and t.id = r.target_id and ${columnsDiffer(all)}`);
    return { created: rowCount(inserted), updated: rowCount(updated) };
  },
};
