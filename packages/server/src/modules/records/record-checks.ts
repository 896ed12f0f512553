import { AppError, amountProblem, currencyMinorUnits, invalidField, Money } from '@pacer/core';
import { type AnyColumn, and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { visibleAccount } from '../accounts/accounts.queries';
import { accounts } from '../accounts/accounts.table';
import { visibleContact } from '../contacts/contacts.queries';
import { contacts } from '../contacts/contacts.table';
import { visibleDeal } from '../deals/deals.queries';
import { deals } from '../deals/deals.table';
import { visibleLead } from '../leads/leads.queries';
import { leads } from '../leads/leads.table';
import { members } from '../members/members.table';
import { regions } from '../regions/regions.table';

// Checks a record service makes on its input before it writes: owner, unique keys, amounts and links.

type OrgTable = PgTable & { orgId: AnyPgColumn; id: AnyPgColumn };

/**
 * The owner a record will get: the one asked for, or the caller. Any active member of the org
 * may own records (hand-offs cross teams); the caller must still be able to see the record itself.
 */
export const resolveOwner = async (db: Db, scope: Scope, ownerId: string | undefined, path = 'ownerId') => {
  if (!ownerId || ownerId === scope.userId) return scope.userId;
  const [row] = await db
    .select({ status: members.status })
    .from(members)
    .where(and(inOrg(scope, members.orgId), eq(members.userId, ownerId)));
  if (!row) throw invalidField(path, 'No such member in this org');
  if (row.status !== 'active') throw invalidField(path, 'This member is deactivated');
  return ownerId;
};

/** A 409 on a field whose value another record of the org already has. */
export const takenField = (path: string, message: string) =>
  new AppError('CONFLICT', message, [{ path, message: 'Taken' }]);

/** Whether a row of the org's table other than `id` matches `where` (e.g. has this name). */
export const isTaken = async (db: Db, scope: Scope, table: OrgTable, where: SQL, id: string | null) => {
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(inOrg(scope, table.orgId), where));
  return Boolean(row && row.id !== id);
};

/**
 * External ids are unique per org and record type, whoever owns the record: imports match records
 * by them. `id` is the record being written (null for a new one).
 */
export const assertExternalIdFree = async (
  db: Db,
  scope: Scope,
  kind: { table: OrgTable & { externalId: AnyPgColumn }; entity: string },
  externalId: string | null | undefined,
  id: string | null,
) => {
  if (externalId && (await isTaken(db, scope, kind.table, eq(kind.table.externalId, externalId), id))) {
    throw takenField('externalId', `Another ${kind.entity} has this external id`);
  }
};

/** An amount checked against its currency (a 400 on `amount`) and written with its minor unit: "100" → "100.00". */
export const checkedAmount = (amount: string, currency: string) => {
  const problem = amountProblem(amount, currency);
  if (problem) throw invalidField('amount', problem);
  return new Money(amount).toFixed(currencyMinorUnits(currency));
};

interface Linkable {
  table: PgTable;
  id: AnyPgColumn;
  visible(scope: Scope): SQL;
  /** The account the record sits at (an account: itself). */
  accountId: AnyColumn | SQL;
}

const linkables = {
  account: { table: accounts, id: accounts.id, visible: visibleAccount, accountId: accounts.id },
  contact: { table: contacts, id: contacts.id, visible: visibleContact, accountId: contacts.accountId },
  deal: { table: deals, id: deals.id, visible: visibleDeal, accountId: deals.accountId },
  lead: { table: leads, id: leads.id, visible: visibleLead, accountId: sql`null::uuid` },
  // Regions are org structure: every member sees them all.
  region: {
    table: regions,
    id: regions.id,
    visible: (scope) => inOrg(scope, regions.orgId),
    accountId: sql`null::uuid`,
  },
} satisfies Record<string, Linkable>;

export type LinkedEntity = keyof typeof linkables;

/**
 * A record that another one links to: the caller must be able to see it, else the link is a 400 on
 * `path` (never a hint that the record exists). Answers the account it sits at. One key lookup.
 */
export const linkedRecord = async (
  db: Db,
  scope: Scope,
  entity: LinkedEntity,
  id: string,
  path = `${entity}Id`,
): Promise<{ accountId: string | null }> => {
  const link: Linkable = linkables[entity];
  const [row] = await db
    .select({ accountId: sql<string | null>`${link.accountId}` })
    .from(link.table)
    .where(and(link.visible(scope), eq(link.id, id)));
  if (!row) throw invalidField(path, `No such ${entity}`);
  return row;
};
