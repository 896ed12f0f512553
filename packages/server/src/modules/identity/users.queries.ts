import { AppError } from '@pacer/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { users } from './identity.table';

export const findUserByEmail = async (db: Db, email: string) => {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
};

export const findUserById = async (db: Db, id: string) => {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
};

export const insertUser = async (
  db: Db,
  input: { email: string; name: string; passwordHash: string; locale?: 'en' | 'de' | null },
) => {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) throw new AppError('EMAIL_TAKEN', 'This e-mail address already has a Pacer login');
  return row;
};
