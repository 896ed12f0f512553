import { AppError, type ConvertLeadInput, invalidField, type Lead } from '@pacer/core';
import { and, eq, ne } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { findAccount } from '../accounts/accounts.queries';
import { createAccount } from '../accounts/accounts.service';
import { recordAudit } from '../audit/audit.service';
import { findContact } from '../contacts/contacts.queries';
import { createContact, updateContact } from '../contacts/contacts.service';
import { createDeal } from '../deals/deals.service';
import { findLeadAfterWrite, visibleLead } from './leads.queries';
import { getLead } from './leads.service';
import { leads } from './leads.table';

/** Runs a write of another module, naming its invalid fields under `prefix` (e.g. `deal.stageId`). */
const under = async <T>(prefix: string, work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED' && error.fields) {
      throw new AppError(
        error.code,
        error.message,
        error.fields.map((field) => ({ path: `${prefix}.${field.path}`, message: field.message })),
      );
    }
    throw error;
  }
};

/** The account the lead becomes: an existing one the caller may see, or a new one. */
const accountFor = async (db: Db, scope: Scope, lead: Lead, wanted: ConvertLeadInput['account']) => {
  if (wanted && 'id' in wanted) {
    const account = await findAccount(db, scope, wanted.id);
    if (!account) throw invalidField('account.id', 'No such account');
    return account;
  }
  return under('account', () =>
    createAccount(db, scope, {
      name: wanted?.name ?? lead.company ?? lead.name,
      domain: wanted?.domain,
      industry: wanted?.industry,
      ownerId: lead.ownerId,
    }),
  );
};

/** The contact the lead becomes: an existing one (placed at the account if it has none), or one made from the lead. */
const contactFor = async (db: Db, scope: Scope, lead: Lead, accountId: string, contactId: string | undefined) => {
  if (contactId) {
    const contact = await findContact(db, scope, contactId);
    if (!contact) throw invalidField('contactId', 'No such contact');
    if (!contact.accountId) await updateContact(db, scope, contactId, { accountId });
    return contact.id;
  }
  const contact = await under('contact', () =>
    createContact(db, scope, {
      firstName: lead.firstName,
      lastName: lead.lastName,
      title: lead.title,
      emails: lead.email ? [{ email: lead.email, label: null }] : [],
      phones: lead.phone ? [{ phone: lead.phone, label: null }] : [],
      accountId,
      ownerId: lead.ownerId,
    }),
  );
  return contact.id;
};

/** The deal the lead opens, named after the account unless named; none when the caller passes null. */
const dealFor = async (
  db: Db,
  scope: Scope,
  lead: Lead,
  link: { account: { id: string; name: string }; contactId: string },
  wanted: ConvertLeadInput['deal'],
  clock: Clock,
): Promise<string | null> => {
  if (wanted === null) return null;
  const deal = await under('deal', () =>
    createDeal(
      db,
      scope,
      {
        name: wanted?.name ?? link.account.name,
        accountId: link.account.id,
        pipelineId: wanted?.pipelineId,
        stageId: wanted?.stageId,
        amount: wanted?.amount ?? '0',
        currency: wanted?.currency,
        expectedCloseDate: wanted?.expectedCloseDate,
        sourceLeadId: lead.id,
        ownerId: lead.ownerId,
        contactIds: [link.contactId],
      },
      clock,
    ),
  );
  return deal.id;
};

/**
 * Turns a lead into an account, a contact and (unless `deal` is null) a deal, in one transaction.
 * New records go to the lead's owner; the lead keeps the three links and stays converted.
 */
export const convertLead = async (db: Db, scope: Scope, id: string, input: ConvertLeadInput, clock: Clock) =>
  db.transaction(async (tx) => {
    const now = clock.now();
    const lead = await getLead(tx, scope, id, now);
    if (lead.archivedAt) throw new AppError('RECORD_ARCHIVED', 'Restore the lead before converting it');
    // Claim the lead first: a second conversion running at the same time waits here, then finds it converted.
    const [claimed] = await tx
      .update(leads)
      .set({ status: 'converted' })
      .where(and(visibleLead(scope), eq(leads.id, id), ne(leads.status, 'converted')))
      .returning({ id: leads.id });
    if (!claimed) throw new AppError('LEAD_CONVERTED', 'This lead is already converted');
    const account = await accountFor(tx, scope, lead, input.account);
    const contactId = await contactFor(tx, scope, lead, account.id, input.contactId);
    const dealId = await dealFor(tx, scope, lead, { account, contactId }, input.deal, clock);
    await tx
      .update(leads)
      .set({
        convertedAt: now,
        convertedAccountId: account.id,
        convertedContactId: contactId,
        convertedDealId: dealId,
        followedUpAt: lead.followedUpAt ? new Date(lead.followedUpAt) : now,
        updatedAt: new Date(),
      })
      .where(and(eq(leads.orgId, scope.orgId), eq(leads.id, id)));
    await recordAudit(tx, scope, {
      action: 'lead.converted',
      entity: 'lead',
      entityId: id,
      data: { status: { from: lead.status, to: 'converted' }, accountId: account.id, contactId, dealId },
    });
    return { lead: await findLeadAfterWrite(tx, scope, id, now), accountId: account.id, contactId, dealId };
  });
