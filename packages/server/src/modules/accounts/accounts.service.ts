import {
  type Account,
  AppError,
  type BulkActionInput,
  type CreateAccountInput,
  invalidField,
  type UpdateAccountInput,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { mergeCustomValues } from '../custom-fields/custom-fields.service';
import { assertExternalIdFree, linkedRecord, resolveOwner } from '../records/record-checks';
import { orNotFound } from '../records/record-queries';
import { archiveRecord, bulkUpdateRecords, changedFields } from '../records/record-writes';
import { accountKind, findAccount, findAccountAfterWrite, visibleAccount } from './accounts.queries';
import { accounts } from './accounts.table';

export const getAccount = async (db: Db, scope: Scope, id: string): Promise<Account> =>
  orNotFound(await findAccount(db, scope, id), 'account');

/** Checks region and parent of an account about to be written. */
const checkLinks = async (db: Db, scope: Scope, id: string | null, input: UpdateAccountInput) => {
  if (input.regionId) await linkedRecord(db, scope, 'region', input.regionId);
  if (input.parentAccountId) {
    if (input.parentAccountId === id) throw invalidField('parentAccountId', 'An account cannot be its own parent');
    await linkedRecord(db, scope, 'account', input.parentAccountId, 'parentAccountId');
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
      if (loop?.found) throw invalidField('parentAccountId', 'That account sits below this one');
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

export const createAccount = async (db: Db, scope: Scope, input: CreateAccountInput): Promise<Account> =>
  db.transaction(async (tx) => {
    await checkLinks(tx, scope, null, input);
    await assertExternalIdFree(tx, scope, accountKind, input.externalId, null);
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
    await assertExternalIdFree(tx, scope, accountKind, input.externalId, id);
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

export const archiveAccount = (db: Db, scope: Scope, id: string, archived: boolean): Promise<Account> =>
  archiveRecord(db, scope, accountKind, id, archived, (tx) => getAccount(tx, scope, id));

/** Reassign, archive or restore many accounts at once; rows outside the scope are left alone. */
export const bulkUpdateAccounts = (db: Db, scope: Scope, input: BulkActionInput) =>
  bulkUpdateRecords(db, scope, accountKind, input);
