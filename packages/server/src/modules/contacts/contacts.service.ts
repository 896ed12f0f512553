import {
  AppError,
  type BulkActionInput,
  type Contact,
  type CreateContactInput,
  type SavedContact,
  type UpdateContactInput,
} from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { assertExternalIdFree, linkedRecord, resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { archiveRecord, bulkUpdateRecords, changedFields } from '../records/record-writes';
import {
  contactKind,
  findContact,
  findContactAfterWrite,
  findDuplicateContacts,
  visibleContact,
} from './contacts.queries';
import { type ContactEmail, type ContactPhone, contacts } from './contacts.table';

export const getContact = async (db: Db, scope: Scope, id: string): Promise<Contact> =>
  orNotFound(await findContact(db, scope, id), 'contact');

/** E-mails lower-cased and each address once, so the duplicate check is an exact index lookup. */
const normalEmails = (emails: { email: string; label?: string | null | undefined }[] | undefined) => {
  if (!emails) return undefined;
  const seen = new Set<string>();
  const kept: ContactEmail[] = [];
  for (const entry of emails) {
    const email = entry.email.trim().toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    kept.push({ email, label: entry.label ?? null });
  }
  return kept;
};

const normalPhones = (phones: { phone: string; label?: string | null | undefined }[] | undefined) =>
  phones?.map((entry): ContactPhone => ({ phone: entry.phone, label: entry.label ?? null }));

/** The account a contact is linked to must be one the caller may see. */
const checkAccount = async (db: Db, scope: Scope, accountId: string | null | undefined) => {
  if (accountId) await linkedRecord(db, scope, 'account', accountId);
};

const columnsOf = (input: UpdateContactInput) => ({
  firstName: input.firstName,
  lastName: input.lastName,
  title: input.title,
  emails: normalEmails(input.emails),
  phones: normalPhones(input.phones),
  address: input.address,
  accountId: input.accountId,
  isInfluencer: input.isInfluencer,
  notes: input.notes,
  externalId: input.externalId,
});

/** The saved contact with the warning of others that share one of its addresses. */
const withDuplicates = async (db: Db, scope: Scope, contact: Contact): Promise<SavedContact> => ({
  ...contact,
  duplicates: await findDuplicateContacts(
    db,
    scope,
    contact.emails.map((entry) => entry.email),
    contact.id,
  ),
});

export const createContact = async (db: Db, scope: Scope, input: CreateContactInput): Promise<SavedContact> =>
  db.transaction(async (tx) => {
    await checkAccount(tx, scope, input.accountId);
    await assertExternalIdFree(tx, scope, contactKind, input.externalId, null);
    const ownerId = await resolveOwner(tx, scope, input.ownerId);
    const custom = await mergeCustomValues(tx, scope, 'contacts', input.custom);
    const [row] = await tx
      .insert(contacts)
      .values({ ...columnsOf(input), orgId: scope.orgId, lastName: input.lastName, ownerId, custom })
      .returning({ id: contacts.id });
    if (!row) throw new AppError('INTERNAL', 'Contact was not created');
    await recordAudit(tx, scope, {
      action: 'contact.created',
      entity: 'contact',
      entityId: row.id,
      data: { name: [input.firstName, input.lastName].filter(Boolean).join(' ') },
    });
    return withDuplicates(tx, scope, await findContactAfterWrite(tx, scope, row.id));
  });

export const updateContact = async (
  db: Db,
  scope: Scope,
  id: string,
  input: UpdateContactInput,
): Promise<SavedContact> =>
  db.transaction(async (tx) => {
    const before = await getContact(tx, scope, id);
    if (input.accountId !== before.accountId) await checkAccount(tx, scope, input.accountId);
    await assertExternalIdFree(tx, scope, contactKind, input.externalId, id);
    const ownerId = input.ownerId === undefined ? undefined : await resolveOwner(tx, scope, input.ownerId);
    const custom = await mergeCustomValues(tx, scope, 'contacts', input.custom, before.custom);
    const values = { ...columnsOf(input), ownerId, custom };
    const changes = changedFields(before, values);
    if (Object.keys(changes).length === 0) return withDuplicates(tx, scope, before);
    await tx
      .update(contacts)
      .set({ ...values, updatedAt: new Date() })
      .where(and(visibleContact(scope), eq(contacts.id, id)));
    await recordAudit(tx, scope, { action: 'contact.updated', entity: 'contact', entityId: id, data: changes });
    return withDuplicates(tx, scope, await findContactAfterWrite(tx, scope, id));
  });

export const archiveContact = (db: Db, scope: Scope, id: string, archived: boolean): Promise<Contact> =>
  archiveRecord(db, scope, contactKind, id, archived, (tx) => getContact(tx, scope, id));

/** Reassign, archive or restore many contacts at once; rows outside the scope are left alone. */
export const bulkUpdateContacts = (db: Db, scope: Scope, input: BulkActionInput) =>
  bulkUpdateRecords(db, scope, contactKind, input);
