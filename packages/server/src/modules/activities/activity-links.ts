import type { UpdateActivityInput } from '@pacer/core';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { linkedRecord } from '../records/record-checks';

export interface ActivityLinks {
  accountId: string | null;
  contactId: string | null;
  dealId: string | null;
  leadId: string | null;
}

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
    if (input.contactId) derivedAccount = (await linkedRecord(db, scope, 'contact', input.contactId)).accountId;
  }
  if (input.dealId !== undefined) {
    links.dealId = input.dealId;
    if (input.dealId) {
      const { accountId } = await linkedRecord(db, scope, 'deal', input.dealId);
      derivedAccount = derivedAccount ?? accountId;
    }
  }
  if (input.leadId !== undefined) {
    links.leadId = input.leadId;
    if (input.leadId) await linkedRecord(db, scope, 'lead', input.leadId);
  }
  if (input.accountId !== undefined) {
    links.accountId = input.accountId;
    if (input.accountId) await linkedRecord(db, scope, 'account', input.accountId);
  } else if (derivedAccount) {
    links.accountId = derivedAccount;
  }
  return links;
};
