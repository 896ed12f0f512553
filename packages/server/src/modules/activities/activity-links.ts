import { AppError, type UpdateActivityInput } from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { visibleAccount } from '../accounts/accounts.queries';
import { accounts } from '../accounts/accounts.table';
import { visibleContact } from '../contacts/contacts.queries';
import { contacts } from '../contacts/contacts.table';
import { visibleDeal } from '../deals/deals.queries';
import { deals } from '../deals/deals.table';
import { visibleLead } from '../leads/leads.queries';
import { leads } from '../leads/leads.table';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

export interface ActivityLinks {
  accountId: string | null;
  contactId: string | null;
  dealId: string | null;
  leadId: string | null;
}

/** The account a visible contact or deal sits at; throws on a record the caller may not see. */
const accountOfContact = async (db: Db, scope: Scope, id: string) => {
  const [row] = await db
    .select({ accountId: contacts.accountId })
    .from(contacts)
    .where(and(visibleContact(scope), eq(contacts.id, id)));
  if (!row) throw invalid('contactId', 'No such contact');
  return row.accountId;
};

const accountOfDeal = async (db: Db, scope: Scope, id: string) => {
  const [row] = await db
    .select({ accountId: deals.accountId })
    .from(deals)
    .where(and(visibleDeal(scope), eq(deals.id, id)));
  if (!row) throw invalid('dealId', 'No such deal');
  return row.accountId;
};

/**
 * The links an activity will have once `input` is applied to `before`. Each link that changes must
 * be a record the caller may see (400 on its field otherwise). When the account is not given, a
 * newly linked contact fills it in, else a newly linked deal. One primary-key lookup per new link.
 */
export const resolveLinks = async (
  db: Db,
  scope: Scope,
  input: Pick<UpdateActivityInput, 'accountId' | 'contactId' | 'dealId' | 'leadId'>,
  before: ActivityLinks = { accountId: null, contactId: null, dealId: null, leadId: null },
): Promise<ActivityLinks> => {
  const links: ActivityLinks = {
    accountId: before.accountId,
    contactId: before.contactId,
    dealId: before.dealId,
    leadId: before.leadId,
  };
  let derivedAccount: string | null | undefined;
  if (input.contactId !== undefined) {
    links.contactId = input.contactId;
    if (input.contactId) derivedAccount = await accountOfContact(db, scope, input.contactId);
  }
  if (input.dealId !== undefined) {
    links.dealId = input.dealId;
    if (input.dealId) {
      const dealAccount = await accountOfDeal(db, scope, input.dealId);
      derivedAccount = derivedAccount ?? dealAccount;
    }
  }
  if (input.leadId !== undefined) {
    links.leadId = input.leadId;
    if (input.leadId) {
      const [row] = await db
        .select({ id: leads.id })
        .from(leads)
        .where(and(visibleLead(scope), eq(leads.id, input.leadId)));
      if (!row) throw invalid('leadId', 'No such lead');
    }
  }
  if (input.accountId !== undefined) {
    links.accountId = input.accountId;
    if (input.accountId) {
      const [row] = await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(visibleAccount(scope), eq(accounts.id, input.accountId)));
      if (!row) throw invalid('accountId', 'No such account');
    }
  } else if (derivedAccount) {
    links.accountId = derivedAccount;
  }
  return links;
};
