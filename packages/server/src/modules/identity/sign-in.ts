import { AppError, type SignInInput } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { verifyAgainstDecoy, verifyPassword } from '../../platform/auth/passwords';
import { type Db, queryRows } from '../../platform/db/client';
import { listMemberships } from './session-view';
import { findUserByEmail } from './users.queries';

const invalid = () => new AppError('INVALID_CREDENTIALS', 'E-mail or password is wrong');

/** Checks the password and picks the org to enter: the one asked for, else the last one used. */
export const checkSignIn = async (db: Db, input: SignInInput): Promise<{ orgId: string; userId: string }> => {
  const user = await findUserByEmail(db, input.email);
  if (!user) {
    await verifyAgainstDecoy(input.password);
    throw invalid();
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw invalid();
  const memberships = await listMemberships(db, user.id);
  if (memberships.length === 0) throw new AppError('FORBIDDEN', 'This login has no active membership in any org');
  if (input.orgId) {
    if (!memberships.some((m) => m.orgId === input.orgId))
      throw new AppError('FORBIDDEN', 'You are not a member of that org');
    return { orgId: input.orgId, userId: user.id };
  }
  const [recent] = await queryRows<{ org_id: string }>(
    db,
    sql`select org_id from sessions where user_id = ${user.id} order by last_seen_at desc limit 1`,
  );
  const lastOrgId = recent?.org_id;
  const orgId = memberships.find((m) => m.orgId === lastOrgId)?.orgId ?? (memberships[0]?.orgId as string);
  return { orgId, userId: user.id };
};
