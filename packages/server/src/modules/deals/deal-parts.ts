import {
  type DealLineItemInput,
  dealAmountOf,
  type dealSplitInputSchema,
  invalidField,
  isAmount,
  lineItemTotal,
  splitsProblem,
} from '@pacer/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { visibleContact } from '../contacts/contacts.queries';
import { contacts } from '../contacts/contacts.table';
import { members } from '../members/members.table';
import { products } from '../products/products.table';
import { dealContacts, dealLineItems, dealSplits } from './deals.table';

type SplitInput = z.output<typeof dealSplitInputSchema>;

export interface ResolvedLine {
  productId: string | null;
  productName: string;
  productLineId: string | null;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  total: string;
}

/**
 * Line items with the catalog's defaults filled in (name, list price, product line) and their
 * totals computed exactly. A list price in another currency than the deal's is no default.
 */
export const resolveLineItems = async (
  db: Db,
  scope: Scope,
  lines: DealLineItemInput[],
  currency: string,
): Promise<ResolvedLine[]> => {
  const ids = [...new Set(lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
  const catalog = ids.length
    ? await db
        .select()
        .from(products)
        .where(and(inOrg(scope, products.orgId), inArray(products.id, ids)))
    : [];
  const byId = new Map(catalog.map((product) => [product.id, product]));
  return lines.map((line, index) => {
    const path = `lineItems.${index}`;
    const product = line.productId ? byId.get(line.productId) : undefined;
    if (line.productId && !product) throw invalidField(`${path}.productId`, 'No such product');
    const productName = line.productName ?? product?.name;
    if (!productName) throw invalidField(`${path}.productName`, 'Name the product, or pick one of the catalog');
    let unitPrice = line.unitPrice;
    if (unitPrice === undefined) {
      if (!product) throw invalidField(`${path}.unitPrice`, 'Give a unit price');
      if (product.currency !== currency) {
        throw invalidField(
          `${path}.unitPrice`,
          `The list price is in ${product.currency}: give a unit price in ${currency}`,
        );
      }
      unitPrice = product.listPrice;
    }
    const figures = { quantity: line.quantity, unitPrice, discountPercent: line.discountPercent };
    const total = lineItemTotal(figures, currency);
    if (!isAmount(total)) throw invalidField(`${path}.quantity`, 'The line total is too large');
    return {
      productId: product?.id ?? null,
      productName,
      productLineId: product?.productLineId ?? null,
      ...figures,
      total,
    };
  });
};

/** A deal with line items is worth their sum. */
export const amountOfLines = (lines: ResolvedLine[], currency: string) => {
  const amount = dealAmountOf(
    lines.map((line) => line.total),
    currency,
  );
  if (!isAmount(amount)) throw invalidField('lineItems', 'The deal total is too large');
  return amount;
};

/** Credit splits go to active members of the org, and sum to exactly 100 %. */
export const checkSplits = async (db: Db, scope: Scope, splits: SplitInput[]) => {
  const problem = splitsProblem(splits);
  if (problem) throw invalidField('splits', problem);
  if (splits.length === 0) return;
  const rows = await db
    .select({ userId: members.userId, status: members.status })
    .from(members)
    .where(
      and(
        inOrg(scope, members.orgId),
        inArray(
          members.userId,
          splits.map((split) => split.userId),
        ),
      ),
    );
  const active = new Set(rows.filter((row) => row.status === 'active').map((row) => row.userId));
  splits.forEach((split, index) => {
    if (!active.has(split.userId)) throw invalidField(`splits.${index}.userId`, 'No such active member in this org');
  });
};

/** Contacts linked to a deal must be ones the caller may see. */
export const checkContacts = async (db: Db, scope: Scope, contactIds: string[]) => {
  if (new Set(contactIds).size !== contactIds.length) throw invalidField('contactIds', 'Each contact may appear once');
  if (contactIds.length === 0) return;
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(visibleContact(scope), inArray(contacts.id, contactIds)));
  const seen = new Set(rows.map((row) => row.id));
  contactIds.forEach((id, index) => {
    if (!seen.has(id)) throw invalidField(`contactIds.${index}`, 'No such contact');
  });
};

/** Replaces the given parts of a deal (parts left undefined stay as they are). */
export const writeDealParts = async (
  db: Db,
  scope: Scope,
  dealId: string,
  parts: { lines?: ResolvedLine[] | undefined; splits?: SplitInput[] | undefined; contactIds?: string[] | undefined },
) => {
  const orgId = scope.orgId;
  if (parts.lines) {
    await db.delete(dealLineItems).where(and(eq(dealLineItems.orgId, orgId), eq(dealLineItems.dealId, dealId)));
    if (parts.lines.length > 0) {
      await db
        .insert(dealLineItems)
        .values(parts.lines.map((line, position) => ({ ...line, orgId, dealId, position })));
    }
  }
  if (parts.splits) {
    await db.delete(dealSplits).where(and(eq(dealSplits.orgId, orgId), eq(dealSplits.dealId, dealId)));
    if (parts.splits.length > 0) {
      await db.insert(dealSplits).values(
        parts.splits.map((split) => ({
          orgId,
          dealId,
          userId: split.userId,
          percent: split.percent,
          role: split.role ?? null,
        })),
      );
    }
  }
  if (parts.contactIds) {
    await db.delete(dealContacts).where(and(eq(dealContacts.orgId, orgId), eq(dealContacts.dealId, dealId)));
    if (parts.contactIds.length > 0) {
      await db.insert(dealContacts).values(parts.contactIds.map((contactId) => ({ orgId, dealId, contactId })));
    }
  }
};
