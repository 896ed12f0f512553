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
    fieldColumn('firstName'),
    fieldColumn('lastName'),
    fieldColumn('title'),
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
    referenceColumn('account'),
    importColumn('is_influencer', sql`coalesce(r.f_is_influencer, false)`, 'isInfluencer'),
    fieldColumn('notes'),
    referenceColumn('owner'),
    fieldColumn('externalId'),
    customColumn(),
    createdColumn(ctx),
  ]);
};

/** Contacts from a file: new ones inserted, matched ones updated where the file differs. */
export const contactImport = columnImport({
  recordType: 'contacts',
  noun: 'contact',
  table: contacts,
  visible: visibleContact,
  columns,
  fixed: ['owner_id'],
});
