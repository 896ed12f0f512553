import { AppError } from '@pacer/core';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { apiTokens } from '../../platform/auth/auth.table';
import { hashPassword } from '../../platform/auth/passwords';
import { randomSecret, sha256 } from '../../platform/auth/secrets';
import { deleteUserSessions } from '../../platform/auth/sessions';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { Mailer } from '../../platform/mail/mailer';
import { passwordResets, users } from './identity.table';
import { findUserByEmail } from './users.queries';

const resetValidMs = 60 * 60 * 1000;

/** Mails a one-hour reset link when the address is known; says nothing either way. */
export const requestPasswordReset = async (
  deps: { db: Db; clock: Clock; mailer: Mailer; publicUrl: string },
  email: string,
): Promise<void> => {
  const user = await findUserByEmail(deps.db, email);
  if (!user) return;
  const token = randomSecret();
  const now = deps.clock.now();
  await deps.db.insert(passwordResets).values({
    id: sha256(token),
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + resetValidMs),
  });
  const link = `${deps.publicUrl}/reset-password?token=${token}`;
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your Pacer password',
    text: `Hello ${user.name},\n\nOpen this link within an hour to choose a new password:\n${link}\n\nIf you did not ask for this, ignore this mail.`,
  });
};

/** Sets the new password from a valid link, uses the link up, and ends every session of the user. */
export const confirmPasswordReset = async (db: Db, clock: Clock, token: string, password: string): Promise<void> => {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const now = clock.now();
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(
        and(eq(passwordResets.id, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)),
      )
      .returning();
    if (!reset) throw new AppError('TOKEN_INVALID', 'This reset link is invalid, used or expired: ask for a new one');
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, reset.userId));
    await deleteUserSessions(tx, reset.userId);
    // Recovery assumes the account may have been taken over: its API tokens go as well.
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.userId, reset.userId), isNull(apiTokens.revokedAt)));
  });
};
