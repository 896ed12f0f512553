import { AppError, type SignUpInput } from '@pacer/core';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { addMembership } from '../members/members.service';
import { insertOrg } from '../orgs/orgs.service';
import { ensureDefaultPipeline } from '../pipelines/pipelines.service';
import { findUserByEmail, insertUser } from './users.queries';

/**
 * Creates an org with its first admin. An existing login may create another org
 * when it proves its password; otherwise the e-mail is taken.
 */
export const signUp = async (db: Db, input: SignUpInput): Promise<{ orgId: string; userId: string }> => {
  const existing = await findUserByEmail(db, input.email);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new AppError('EMAIL_TAKEN', 'This e-mail address already has a Pacer login: sign in, or use its password');
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const org = await insertOrg(tx, {
      name: input.orgName,
      currency: input.currency,
      timeZone: input.timeZone,
      fiscalYearStartMonth: input.fiscalYearStartMonth,
      defaultLocale: input.locale,
    });
    const user =
      existing ??
      (await insertUser(tx, {
        email: input.email,
        name: input.name,
        passwordHash: passwordHash as string,
        locale: input.locale ?? null,
      }));
    await addMembership(tx, { orgId: org.id, userId: user.id, role: 'admin' });
    await ensureDefaultPipeline(tx, org.id);
    await recordAudit(
      tx,
      { orgId: org.id, userId: user.id },
      { action: 'org.created', entity: 'org', entityId: org.id },
    );
    return { orgId: org.id, userId: user.id };
  });
};
