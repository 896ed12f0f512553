import { type ApiToken, AppError, type UpdateMeInput } from '@pacer/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiTokens } from '../../platform/auth/auth.table';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { Principal } from '../../platform/auth/principal';
import { issueOrgSecret } from '../../platform/auth/secrets';
import { deleteUserSessions } from '../../platform/auth/sessions';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { users } from './identity.table';
import { findUserById } from './users.queries';

export const updateMe = async (db: Db, clock: Clock, me: Principal, input: UpdateMeInput): Promise<void> => {
  await db
    .update(users)
    .set({ ...input, updatedAt: clock.now() })
    .where(eq(users.id, me.userId));
};

/** Changes the password after checking the current one; other sessions of the user end. */
export const changePassword = async (
  db: Db,
  clock: Clock,
  me: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> => {
  const user = await findUserById(db, me.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'The current password is wrong', [
      { path: 'currentPassword', message: 'Wrong password' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: clock.now() }).where(eq(users.id, me.userId));
    await deleteUserSessions(tx, me.userId, me.session ? { orgId: me.orgId, id: me.session.id } : undefined);
  });
};

type TokenRow = typeof apiTokens.$inferSelect;
const toApiToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  expiresAt: row.expiresAt?.toISOString() ?? null,
});

const mine = (me: Principal) => and(eq(apiTokens.orgId, me.orgId), eq(apiTokens.userId, me.userId));

export const listApiTokens = async (db: Db, me: Principal): Promise<ApiToken[]> => {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(mine(me), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
};

export const createApiToken = async (
  db: Db,
  clock: Clock,
  me: Principal,
  input: { name: string; expiresInDays?: number | null | undefined },
) => {
  const { token, hash } = issueOrgSecret('apiToken', me.orgId);
  const now = clock.now();
  const [row] = await db
    .insert(apiTokens)
    .values({
      orgId: me.orgId,
      userId: me.userId,
      name: input.name,
      tokenHash: hash,
      prefix: `pct_…${token.slice(-6)}`,
      createdAt: now,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
    })
    .returning();
  if (!row) throw new AppError('INTERNAL', 'Token was not created');
  return { ...toApiToken(row), token };
};

export const revokeApiToken = async (db: Db, clock: Clock, me: Principal, id: string): Promise<void> => {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: clock.now() })
    .where(and(mine(me), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such token');
};
