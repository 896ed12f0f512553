import type { Contact, ListContactsQuery } from '@pacer/core';
import { and, eq, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { forSortedPage, type Scope, visibleRecord } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { accounts } from '../accounts/accounts.table';
import { users } from '../identity/identity.table';
import type { RecordKind } from '../records/record-queries';
import { keysetList, listTotals, orNotFound, recordListFilters, writtenRow } from '../records/record-queries';
import { contacts } from './contacts.table';

/** Contacts this scope may see: their own, and the people at accounts they own (external reps too). */
export const visibleContact = (scope: Scope): SQL =>
  visibleRecord(
    scope,
    { orgId: contacts.orgId, ownerId: contacts.ownerId, accountId: contacts.accountId },
    { externalViaAccount: true },
  );

/** Contacts as the shared record actions see them. */
export const contactKind: RecordKind<typeof contacts> = {
  table: contacts,
  entity: 'contact',
  plural: 'Contacts',
  visible: visibleContact,
};

/** Contacts with this address among their e-mails: a lookup on the jsonb GIN index. */
export const hasEmail = (email: string): SQL =>
  sql`${contacts.emails} @> ${JSON.stringify([{ email: email.toLowerCase() }])}::jsonb`;

type ContactRow = { contact: typeof contacts.$inferSelect; ownerName: string; accountName: string | null };

export const toContact = ({ contact, ownerName, accountName }: ContactRow): Contact => ({
  id: contact.id,
  ownerId: contact.ownerId,
  ownerName,
  externalId: contact.externalId,
  archivedAt: contact.archivedAt?.toISOString() ?? null,
  createdAt: contact.createdAt.toISOString(),
  updatedAt: contact.updatedAt.toISOString(),
  firstName: contact.firstName,
  lastName: contact.lastName,
  name: contact.fullName ?? contact.lastName,
  title: contact.title,
  emails: contact.emails,
  phones: contact.phones,
  address: contact.address,
  accountId: contact.accountId,
  accountName,
  isInfluencer: contact.isInfluencer,
  notes: contact.notes,
  custom: contact.custom,
});

const selectContacts = (db: Db, sortValue: SQL = sql`null`) =>
  db
    .select({ contact: contacts, ownerName: users.name, accountName: accounts.name, sortValue })
    .from(contacts)
    .innerJoin(users, eq(users.id, contacts.ownerId))
    .leftJoin(accounts, and(eq(accounts.orgId, contacts.orgId), eq(accounts.id, contacts.accountId)));

export type ContactFilters = Omit<ListContactsQuery, 'limit' | 'cursor' | 'sort'>;

/** The filters of the contacts list, shared by the list, its totals and its export. */
export const contactFilters = (scope: Scope, query: ContactFilters): SQL =>
  and(
    recordListFilters(scope, contactKind, contacts.searchText, query),
    query.accountId ? eq(contacts.accountId, query.accountId) : undefined,
    query.isInfluencer ? eq(contacts.isInfluencer, query.isInfluencer === 'true') : undefined,
    query.email ? hasEmail(query.email) : undefined,
  ) as SQL;

export const contactSortKeys = {
  name: { expr: sql`lower(${contacts.fullName})`, type: 'text', notNull: true },
  createdAt: { expr: contacts.createdAt, type: 'timestamptz', notNull: true },
  updatedAt: { expr: contacts.updatedAt, type: 'timestamptz', notNull: true },
} as const;

/** One page of contacts, filtered and sorted. */
export const listContacts = (db: Db, scope: Scope, query: ListContactsQuery) =>
  keysetList(
    { keys: contactSortKeys, id: contacts.id, query },
    (keyset) =>
      selectContacts(db, keyset.sortValue)
        .where(and(contactFilters(forSortedPage(scope), query), keyset.after))
        .orderBy(...keyset.orderBy)
        .limit(keyset.fetch),
    (row) => row.contact.id,
    toContact,
  );

export const contactTotals = (db: Db, scope: Scope, query: ContactFilters) =>
  listTotals(db, contacts, contactFilters(scope, query));

export const findContact = async (db: Db, scope: Scope, id: string): Promise<Contact | null> => {
  const [row] = await selectContacts(db).where(and(visibleContact(scope), eq(contacts.id, id)));
  return row ? toContact(row) : null;
};

/** The contact as just written (see `writtenRow`). */
export const findContactAfterWrite = async (db: Db, scope: Scope, id: string): Promise<Contact> => {
  const [row] = await selectContacts(db).where(writtenRow(scope, contacts, id));
  return toContact(orNotFound(row, 'contact'));
};

export interface DuplicateContact {
  id: string;
  name: string;
  email: string;
}

/**
 * Other active contacts the scope may see that share one of these addresses, one entry per
 * (contact, address). Each address is its own containment test, so the GIN index answers it.
 */
export const findDuplicateContacts = async (
  db: Db,
  scope: Scope,
  emails: string[],
  exceptId: string | null,
): Promise<DuplicateContact[]> => {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) return [];
  const rows = await db
    .select({ id: contacts.id, name: contacts.fullName, lastName: contacts.lastName, emails: contacts.emails })
    .from(contacts)
    .where(
      and(
        visibleContact(scope),
        isNull(contacts.archivedAt),
        exceptId ? ne(contacts.id, exceptId) : undefined,
        or(...wanted.map(hasEmail)),
      ),
    )
    .orderBy(contacts.createdAt, contacts.id)
    .limit(50);
  return rows.flatMap((row) =>
    row.emails
      .filter((entry) => wanted.includes(entry.email))
      .map((entry) => ({ id: row.id, name: row.name ?? row.lastName, email: entry.email })),
  );
};
