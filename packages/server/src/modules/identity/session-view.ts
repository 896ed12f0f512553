import { AppError, type Session } from '@pacer/core';
import { and, asc, eq } from 'drizzle-orm';
import type { Principal } from '../../platform/auth/principal';
import type { Db } from '../../platform/db/client';
import { findOrgMember } from '../members/members.queries';
import { members } from '../members/members.table';
import { getOrgRow, toOrg } from '../orgs/orgs.service';
import { orgs } from '../orgs/orgs.table';

/** Active memberships of a login, oldest first: the orgs the person can enter. */
export const listMemberships = (db: Db, userId: string) =>
  db
    .select({ orgId: orgs.id, orgName: orgs.name, role: members.role })
    .from(members)
    .innerJoin(orgs, eq(orgs.id, members.orgId))
    .where(and(eq(members.userId, userId), eq(members.status, 'active')))
    .orderBy(asc(members.createdAt));

/** The session view of the signed-in principal (a token-authenticated caller has no CSRF token). */
export const sessionViewOf = (db: Db, me: Principal): Promise<Session> =>
  buildSessionView(db, { orgId: me.orgId, userId: me.userId, csrfToken: me.session?.csrfToken ?? '' });

/** What the web app needs after sign-in: who, where, as what, in which language. */
export const buildSessionView = async (
  db: Db,
  input: { orgId: string; userId: string; csrfToken: string },
): Promise<Session> => {
  // Sequential: sign-up and invitation acceptance build this inside their transaction (one connection).
  const org = await getOrgRow(db, input.orgId);
  const member = await findOrgMember(db, input.orgId, input.userId);
  const memberships = await listMemberships(db, input.userId);
  if (!member) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return {
    user: { id: member.userId, email: member.email, name: member.name },
    org: toOrg(org),
    member,
    locale: member.locale ?? org.defaultLocale,
    csrfToken: input.csrfToken,
    memberships,
  };
};
