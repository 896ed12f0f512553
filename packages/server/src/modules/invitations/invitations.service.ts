import {
  type AcceptInvitationInput,
  AppError,
  type CreateInvitationInput,
  type Invitation,
  type invitationStatuses,
} from '@pacer/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { issueOrgSecret, orgIdOfSecret, sha256 } from '../../platform/auth/secrets';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { Mailer } from '../../platform/mail/mailer';
import { recordAudit } from '../audit/audit.service';
import { findUserByEmail, insertUser } from '../identity/users.queries';
import { addMembership } from '../members/members.service';
import { members } from '../members/members.table';
import { getOrgRow } from '../orgs/orgs.service';
import { placeInTeam } from '../teams/teams.service';
import { teams } from '../teams/teams.table';
import { invitations } from './invitations.table';

const validDays = 14;
type InvitationRow = typeof invitations.$inferSelect;
type Status = (typeof invitationStatuses)[number];

const statusOf = (row: InvitationRow, now: Date): Status => {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
};

const toInvitation = (row: InvitationRow, now: Date): Invitation => ({
  id: row.id,
  email: row.email,
  role: row.role,
  repType: row.repType,
  teamId: row.teamId,
  status: statusOf(row, now),
  invitedBy: row.invitedBy,
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
});

export interface InvitationDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
}

const mailInvitation = async (deps: InvitationDeps, scope: Scope, row: InvitationRow, token: string) => {
  const org = await getOrgRow(deps.db, scope.orgId);
  const acceptUrl = `${deps.publicUrl}/invite?token=${token}`;
  // The invitation stands even when mail fails (the mailer logs why): the admin gets the link to pass on.
  const mailSent = await deps.mailer
    .send({
      to: row.email,
      subject: `You are invited to ${org.name} on Pacer`,
      text: `You have been invited to join ${org.name} on Pacer as ${row.role}.\n\nOpen this link within ${validDays} days to accept:\n${acceptUrl}`,
    })
    .then(
      () => true,
      () => false,
    );
  return { ...toInvitation(row, deps.clock.now()), acceptUrl, mailSent };
};

const assertNotMember = async (db: Db, orgId: string, email: string) => {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const [member] = await db
    .select()
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.userId, user.id)));
  if (member) throw new AppError('ALREADY_MEMBER', `${email} is already a member of this org`);
};

const assertTeamInOrg = async (db: Db, orgId: string, teamId: string | null | undefined) => {
  if (!teamId) return;
  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)));
  if (!team) throw new AppError('VALIDATION_FAILED', 'No such team', [{ path: 'teamId', message: 'No such team' }]);
};

/** Invites an e-mail with a role; an earlier pending invitation of the same address is replaced. */
export const createInvitation = async (deps: InvitationDeps, scope: Scope, input: CreateInvitationInput) => {
  const { token, hash } = issueOrgSecret('invitation', scope.orgId);
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    await assertNotMember(tx, scope.orgId, input.email);
    await assertTeamInOrg(tx, scope.orgId, input.teamId);
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          inOrg(scope, invitations.orgId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [created] = await tx
      .insert(invitations)
      .values({
        orgId: scope.orgId,
        email: input.email,
        role: input.role,
        repType: input.role === 'rep' ? (input.repType ?? null) : null,
        teamId: input.teamId ?? null,
        tokenHash: hash,
        invitedBy: scope.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + validDays * 86_400_000),
      })
      .returning();
    if (!created) throw new AppError('INTERNAL', 'Invitation was not created');
    await recordAudit(tx, scope, {
      action: 'invitation.created',
      entity: 'invitation',
      entityId: created.id,
      data: { email: created.email, role: created.role, repType: created.repType },
    });
    return created;
  });
  return mailInvitation(deps, scope, row, token);
};

export const listInvitations = async (db: Db, clock: Clock, scope: Scope): Promise<Invitation[]> => {
  const rows = await db
    .select()
    .from(invitations)
    .where(inOrg(scope, invitations.orgId))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
  return rows.map((row) => toInvitation(row, clock.now()));
};

const getPending = async (db: Db, clock: Clock, scope: Scope, id: string) => {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(inOrg(scope, invitations.orgId), eq(invitations.id, id)));
  if (!row) throw new AppError('NOT_FOUND', 'No such invitation');
  const status = statusOf(row, clock.now());
  if (status === 'accepted' || status === 'revoked') throw new AppError('CONFLICT', `The invitation is ${status}`);
  return row;
};

/** A fresh link and expiry for a pending or expired invitation; the old link stops working. */
export const resendInvitation = async (deps: InvitationDeps, scope: Scope, id: string) => {
  await getPending(deps.db, deps.clock, scope, id);
  const { token, hash } = issueOrgSecret('invitation', scope.orgId);
  const now = deps.clock.now();
  const [row] = await deps.db
    .update(invitations)
    .set({ tokenHash: hash, expiresAt: new Date(now.getTime() + validDays * 86_400_000) })
    .where(and(inOrg(scope, invitations.orgId), eq(invitations.id, id)))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', 'No such invitation');
  await recordAudit(deps.db, scope, { action: 'invitation.resent', entity: 'invitation', entityId: id });
  return mailInvitation(deps, scope, row, token);
};

export const revokeInvitation = async (db: Db, clock: Clock, scope: Scope, id: string) => {
  await getPending(db, clock, scope, id);
  await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: clock.now() })
      .where(and(inOrg(scope, invitations.orgId), eq(invitations.id, id)));
    await recordAudit(tx, scope, { action: 'invitation.revoked', entity: 'invitation', entityId: id });
  });
};

/** The pending invitation behind a link, found by the org the token names and the token's hash. */
const findByToken = async (db: Db, clock: Clock, token: string) => {
  const orgId = orgIdOfSecret('invitation', token);
  const [row] = orgId
    ? await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.orgId, orgId), eq(invitations.tokenHash, sha256(token))))
    : [];
  if (!row || statusOf(row, clock.now()) !== 'pending') {
    throw new AppError('TOKEN_INVALID', 'This invitation link is invalid, used or expired: ask for a new one');
  }
  return row;
};

export const previewInvitation = async (db: Db, clock: Clock, token: string) => {
  const row = await findByToken(db, clock, token);
  const org = await getOrgRow(db, row.orgId);
  return {
    orgName: org.name,
    email: row.email,
    role: row.role,
    existingUser: !!(await findUserByEmail(db, row.email)),
  };
};

/**
 * Joins the org: a new login sets its name and password; an existing login proves its password.
 * Membership, team placement and the used-up link are written in one transaction.
 */
export const acceptInvitation = async (db: Db, clock: Clock, input: AcceptInvitationInput) => {
  const row = await findByToken(db, clock, input.token);
  const existing = await findUserByEmail(db, row.email);
  if (existing && !(await verifyPassword(existing.passwordHash, input.password))) {
    throw new AppError('VALIDATION_FAILED', 'Use the password of your existing Pacer login', [
      { path: 'password', message: 'Wrong password' },
    ]);
  }
  if (!existing && !input.name) {
    throw new AppError('VALIDATION_FAILED', 'Tell us your name', [{ path: 'name', message: 'Required' }]);
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user =
      existing ??
      (await insertUser(tx, { email: row.email, name: input.name as string, passwordHash: passwordHash as string }));
    await assertNotMember(tx, row.orgId, row.email);
    await addMembership(tx, { orgId: row.orgId, userId: user.id, role: row.role, repType: row.repType });
    if (row.teamId) await placeInTeam(tx, { orgId: row.orgId, teamId: row.teamId, userId: user.id });
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: clock.now() })
      .where(and(eq(invitations.orgId, row.orgId), eq(invitations.id, row.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new AppError('TOKEN_INVALID', 'This invitation was already used');
    await recordAudit(
      tx,
      { orgId: row.orgId, userId: user.id },
      {
        action: 'invitation.accepted',
        entity: 'invitation',
        entityId: row.id,
      },
    );
    return { orgId: row.orgId, userId: user.id };
  });
};
