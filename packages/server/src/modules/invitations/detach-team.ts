import { and, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { invitations } from './invitations.table';

/** Invitations to a team that is being deleted stay valid, without a team to join. */
export const detachInvitationsFromTeam = async (db: Db, scope: Scope, teamId: string) => {
  await db
    .update(invitations)
    .set({ teamId: null })
    .where(and(inOrg(scope, invitations.orgId), eq(invitations.teamId, teamId)));
};
