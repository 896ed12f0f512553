import {
  type Account,
  AppError,
  type BulkActionInput,
  type CreateAccountInput,
  type UpdateAccountInput,
} from '@pacer/core';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { changedFields } from '../records/record-changes';
import { resolveOwner } from '../records/record-owner';
import { regions } from '../regions/regions.table';
import { findAccount, findAccountAfterWrite, visibleAccount } from './accounts.queries';
import { accounts } from './accounts.table';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

export const getAccount = async (db: Db, scope: Scope, id: string): Promise<Account> => {
  const account = await findAccount(db, scope, id);
  if (!account) throw new AppError('NOT_FOUND', 'No such account');
  return account;
};

/** Checks region and parent of an account about to be written. */
const checkLinks = async (db: Db, scope: Scope, id: string | null, input: UpdateAccountInput) => {
  if (input.regionId) {
    const [region] = await db
      .select({ id: regions.id })
      .from(regions)
      .where(and(inOrg(scope, regions.orgId), eq(regions.id, input.regionId)));
    if (!region) throw invalid('regionId', 'No such region');
  }
  if (input.parentAccountId) {
    if (input.parentAccountId === id) throw invalid('parentAccountId', 'An account cannot be its own parent');
    if (!(await findAccount(db, scope, input.parentAccountId))) throw invalid('parentAccountId', 'No such account');
    if (id) {
      // Walk up from the new parent: meeting this account again would close a loop.
      const [loop] = await queryRows<{ found: boolean }>(
        db,
        sql`
        with recursive up(id, parent_id) as (
          select id, parent_account_id from accounts where org_id = ${scope.orgId} and id = ${input.parentAccountId}
          union
          select a.id, a.parent_account_id from accounts a join up on a.id = up.parent_id where a.org_id = ${scope.orgId}
        )
        select exists (select 1 from up where id = ${id}) as found`,
      );
      if (loop?.found) throw invalid('parentAccountId', 'That account sits below this one');
    }
  }
};

const columnsOf = (input: UpdateAccountInput) => ({
  name: input.name,
  domain: input.domain,
  industry: input.industry,
  employees: input.employees,
  annualRevenue: input.annualRevenue,
  address: input.address,
  regionId: input.regionId,
  parentAccountId: input.parentAccountId,
  isKeyAccount: input.isKeyAccount,
  externalId: input.externalId,
});

const assertExternalIdFree = async (db: Db, scope: Scope, externalId: string | null | undefined, id: string | null) => {
  if (!externalId) return;
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(inOrg(scope, accounts.orgId), eq(accounts.externalId, externalId)));
  if (row && row.id !== id)
    throw new AppError('CONFLICT', 'Another account has this external id', [{ path: 'externalId', message: 'Taken' }]);
};

export const createAccount = async (db: Db, scope: Scope, input: CreateAccountInput): Promise<Account> =>
  db.transaction(async (tx) => {
    await checkLinks(tx, scope, null, input);
    await assertExternalIdFree(tx, scope, input.externalId, null);
    const ownerId = await resolveOwner(tx, scope, input.ownerId);
    const custom = await mergeCustomValues(tx, scope, 'accounts', input.custom);
    const [row] = await tx
      .insert(accounts)
      .values({ ...columnsOf(input), orgId: scope.orgId, name: input.name, ownerId, custom })
      .returning({ id: accounts.id });
    if (!row) throw new AppError('INTERNAL', 'Account was not created');
    await recordAudit(tx, scope, {
      action: 'account.created',
      entity: 'account',
      entityId: row.id,
      data: { name: input.name },
    });
    return findAccountAfterWrite(tx, scope, row.id);
  });

export const updateAccount = async (db: Db, scope: Scope, id: string, input: UpdateAccountInput): Promise<Account> =>
  db.transaction(async (tx) => {
    const before = await getAccount(tx, scope, id);
    await checkLinks(tx, scope, id, input);
    await assertExternalIdFree(tx, scope, input.externalId, id);
    const ownerId = input.ownerId === undefined ? undefined : await resolveOwner(tx, scope, input.ownerId);
    const custom = await mergeCustomValues(tx, scope, 'accounts', input.custom, before.custom);
    const values = { ...columnsOf(input), ownerId, custom };
    const changes = changedFields(before, values);
    if (Object.keys(changes).length === 0) return before;
    await tx
      .update(accounts)
      .set({ ...values, updatedAt: new Date() })
      .where(and(visibleAccount(scope), eq(accounts.id, id)));
    await recordAudit(tx, scope, { action: 'account.updated', entity: 'account', entityId: id, data: changes });
    return findAccountAfterWrite(tx, scope, id);
  });

/** Archives or restores accounts the scope may change; answers how many changed. */
const setArchived = async (db: Db, scope: Scope, ids: string[], archived: boolean): Promise<number> => {
  const changed = await db
    .update(accounts)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(
      and(
        visibleAccount(scope),
        inArray(accounts.id, ids),
        archived ? isNull(accounts.archivedAt) : isNotNull(accounts.archivedAt),
      ),
    )
    .returning({ id: accounts.id });
  for (const { id } of changed) {
    await recordAudit(db, scope, {
      action: archived ? 'account.archived' : 'account.restored',
      entity: 'account',
      entityId: id,
    });
  }
  return changed.length;
};

export const archiveAccount = async (db: Db, scope: Scope, id: string, archived: boolean): Promise<Account> =>
  db.transaction(async (tx) => {
    await getAccount(tx, scope, id);
    await setArchived(tx, scope, [id], archived);
    return getAccount(tx, scope, id);
  });

/** Reassign, archive or restore many accounts at once; rows outside the scope are left alone. */
export const bulkUpdateAccounts = async (db: Db, scope: Scope, input: BulkActionInput): Promise<{ updated: number }> =>
  db.transaction(async (tx) => {
    switch (input.action) {
      case 'archive':
      case 'restore':
        return { updated: await setArchived(tx, scope, input.ids, input.action === 'archive') };
      case 'reassign': {
        const ownerId = await resolveOwner(tx, scope, input.ownerId);
        const changed = await tx
          .update(accounts)
          .set({ ownerId, updatedAt: new Date() })
          .where(and(visibleAccount(scope), inArray(accounts.id, input.ids), sql`${accounts.ownerId} <> ${ownerId}`))
          .returning({ id: accounts.id, ownerId: accounts.ownerId });
        for (const { id } of changed) {
          await recordAudit(tx, scope, {
            action: 'account.updated',
            entity: 'account',
            entityId: id,
            data: { ownerId: { to: ownerId } },
          });
        }
        return { updated: changed.length };
      }
      case 'change_stage':
        throw invalid('action', 'Accounts have no stages');
    }
  });
