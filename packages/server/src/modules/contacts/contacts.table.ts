import type { Address, CustomValues } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { archivedAt, createdAt, externalId, ownerId, searchText, updatedAt } from '../../platform/db/columns';
import { accounts } from '../accounts/accounts.table';
import { members } from '../members/members.table';
import { orgs } from '../orgs/orgs.table';

export interface ContactEmail {
  email: string;
  label: string | null;
}
export interface ContactPhone {
  phone: string;
  label: string | null;
}

/** People at accounts. E-mails are kept lower-case, so the duplicate check is an index lookup. */
export const contacts = pgTable(
  'contacts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    ownerId: ownerId(),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    fullName: text('full_name').generatedAlwaysAs(sql`btrim(coalesce(first_name, '') || ' ' || last_name)`),
    title: text('title'),
    emails: jsonb('emails').$type<ContactEmail[]>().notNull().default([]),
    phones: jsonb('phones').$type<ContactPhone[]>().notNull().default([]),
    address: jsonb('address').$type<Address>().notNull().default({}),
    accountId: uuid('account_id'),
    isInfluencer: boolean('is_influencer').notNull().default(false),
    notes: text('notes'),
    custom: jsonb('custom').$type<CustomValues>().notNull().default({}),
    externalId: externalId(),
    archivedAt: archivedAt(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    searchText: searchText(
      sql`lower(coalesce(first_name, '') || ' ' || last_name || ' ' || coalesce(title, '') || ' ' || emails::text)`,
    ),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [members.orgId, members.userId] }),
    foreignKey({ columns: [t.orgId, t.accountId], foreignColumns: [accounts.orgId, accounts.id] }),
    unique('contacts_external_id_key').on(t.orgId, t.externalId),
    // New contacts per rep and period (a goal metric) read a rep's contacts by creation time.
    index('contacts_owner_idx').on(t.orgId, t.ownerId, t.createdAt),
    index('contacts_account_idx').on(t.orgId, t.accountId),
    index('contacts_name_idx').on(t.orgId, sql`lower(${t.fullName})`, t.id),
    // The footer's count of a big scope reads only who owns a contact and where it works: an
    // index-only scan of this, not of the table.
    index('contacts_reach_idx').on(t.orgId, t.ownerId, t.accountId).where(sql`${t.archivedAt} is null`),
    index('contacts_influencer_idx').on(t.orgId, t.id).where(sql`${t.isInfluencer}`),
    index('contacts_emails_idx').using('gin', t.emails.op('jsonb_path_ops')),
    index('contacts_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);
