import { currencyMinorUnits, type DealDetail, Money, roundToCurrency } from '@pacer/core';
import { and, asc, desc, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { contacts } from '../contacts/contacts.table';
import { users } from '../identity/identity.table';
import { dealContacts, dealLineItems, dealSplits } from './deals.table';

/** A decimal without trailing zeros: 3, 12.5. */
const plain = (value: string) => new Money(value).toString();
/** A unit price with the currency's decimals, or more when it has them (0.0125 a unit). */
const price = (value: string, currency: string) => {
  const money = new Money(value);
  return money.toFixed(Math.max(money.decimalPlaces(), currencyMinorUnits(currency)));
};

/** The parts of a deal's page: line items in order, credit splits, and its contacts. */
export const loadDealParts = async (
  db: Db,
  scope: Scope,
  dealId: string,
  currency: string,
): Promise<Pick<DealDetail, 'lineItems' | 'splits' | 'contacts'>> => {
  // One after the other: inside a transaction the queries share one connection anyway.
  const lineItems = await db
    .select()
    .from(dealLineItems)
    .where(and(inOrg(scope, dealLineItems.orgId), eq(dealLineItems.dealId, dealId)))
    .orderBy(asc(dealLineItems.position));
  const splits = await db
    .select({ split: dealSplits, userName: users.name })
    .from(dealSplits)
    .innerJoin(users, eq(users.id, dealSplits.userId))
    .where(and(inOrg(scope, dealSplits.orgId), eq(dealSplits.dealId, dealId)))
    .orderBy(desc(dealSplits.percent), asc(users.name));
  const people = await db
    .select({ link: dealContacts, name: contacts.fullName })
    .from(dealContacts)
    .innerJoin(contacts, and(eq(contacts.orgId, dealContacts.orgId), eq(contacts.id, dealContacts.contactId)))
    .where(and(inOrg(scope, dealContacts.orgId), eq(dealContacts.dealId, dealId)))
    .orderBy(asc(contacts.fullName));
  return {
    lineItems: lineItems.map((line) => ({
      id: line.id,
      productId: line.productId,
      productName: line.productName,
      productLineId: line.productLineId,
      quantity: plain(line.quantity),
      unitPrice: price(line.unitPrice, currency),
      discountPercent: plain(line.discountPercent),
      total: roundToCurrency(line.total, currency),
    })),
    splits: splits.map(({ split, userName }) => ({
      userId: split.userId,
      userName,
      percent: plain(split.percent),
      role: split.role,
    })),
    contacts: people.map(({ link, name }) => ({ contactId: link.contactId, name: name ?? '', role: link.role })),
  };
};
