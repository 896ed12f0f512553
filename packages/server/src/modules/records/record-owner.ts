import { AppError } from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { members } from '../members/members.table';

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

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
  if (!row) throw invalid(path, 'No such member in this org');
  if (row.status !== 'active') throw invalid(path, 'This member is deactivated');
  return ownerId;
};
