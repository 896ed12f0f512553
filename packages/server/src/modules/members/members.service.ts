import { AppError, type Member, type RepType, type Role, type UpdateMemberInput } from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { countActiveAdmins, findMember } from './members.queries';
import { members } from './members.table';

export const getMember = async (db: Db, scope: Scope, userId: string): Promise<Member> => {
  const member = await findMember(db, scope, userId);
  if (!member) throw new AppError('NOT_FOUND', 'No such member');
  return member;
};

/** Makes a login a member of an org (sign-up, invitation acceptance). */
export const addMembership = async (
  db: Db,
  input: { orgId: string; userId: string; role: Role; repType?: RepType | null },
): Promise<void> => {
  await db.insert(members).values({ ...input, repType: input.role === 'rep' ? (input.repType ?? null) : null });
};

/** Changes role, rep type, title or status; an org always keeps one active admin. */
export const updateMember = async (db: Db, scope: Scope, userId: string, input: UpdateMemberInput): Promise<Member> =>
  db.transaction(async (tx) => {
    const before = await getMember(tx, scope, userId);
    const role = input.role ?? before.role;
    const repType = input.repType !== undefined ? input.repType : role === 'rep' ? before.repType : null;
    if (role === 'rep' && !repType) {
      throw new AppError('VALIDATION_FAILED', 'A rep needs a rep type', [
        { path: 'repType', message: 'A rep needs a rep type' },
      ]);
    }
    if (role !== 'rep' && input.repType) {
      throw new AppError('VALIDATION_FAILED', 'Only reps have a rep type', [
        { path: 'repType', message: 'Only reps have a rep type' },
      ]);
    }
    const status = input.status ?? before.status;
    const losesAdmin =
      before.role === 'admin' && before.status === 'active' && (role !== 'admin' || status !== 'active');
    if (losesAdmin && (await countActiveAdmins(tx, scope.orgId)) <= 1) {
      throw new AppError('LAST_ADMIN', 'The org needs at least one active admin');
    }
    const title = input.title !== undefined ? input.title : before.title;
    await tx
      .update(members)
      .set({ role, repType: role === 'rep' ? repType : null, title, status })
      .where(and(eq(members.orgId, scope.orgId), eq(members.userId, userId)));
    await recordAudit(tx, scope, {
      action: 'member.updated',
      entity: 'member',
      entityId: userId,
      data: {
        before: { role: before.role, repType: before.repType, status: before.status },
        after: { role, repType, status },
      },
    });
    return getMember(tx, scope, userId);
  });
