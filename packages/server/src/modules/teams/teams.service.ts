import {
  AppError,
  type CreateTeamInput,
  invalidField,
  type Team,
  type TeamDetail,
  type UpdateTeamInput,
  wouldCreateCycle,
} from '@pacer/core';
import { and, eq } from 'drizzle-orm';
import { inOrg, type Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { detachInvitationsFromTeam } from '../invitations/detach-team';
import { members } from '../members/members.table';
import { regions } from '../regions/regions.table';
import { findTeam, listTeamLinks } from './teams.queries';
import { teamMembers, teams } from './teams.table';

export const getTeam = async (db: Db, scope: Scope, id: string): Promise<TeamDetail> => {
  const team = await findTeam(db, scope, id);
  if (!team) throw new AppError('NOT_FOUND', 'No such team');
  return team;
};

const assertActiveMember = async (db: Db, scope: Scope, userId: string, path: string) => {
  const [row] = await db
    .select({ status: members.status, role: members.role })
    .from(members)
    .where(and(inOrg(scope, members.orgId), eq(members.userId, userId)));
  if (!row) throw invalidField(path, 'No such member in this org');
  if (row.status !== 'active') throw invalidField(path, 'This member is deactivated');
  return row;
};

/** Checks parent (exists, no cycle), manager and region of a team about to be written. */
const checkLinks = async (db: Db, scope: Scope, id: string | null, input: UpdateTeamInput) => {
  if (input.parentId) {
    const links = await listTeamLinks(db, scope);
    if (!links.some((t) => t.id === input.parentId)) throw invalidField('parentId', 'No such team');
    if (id && wouldCreateCycle(links, id, input.parentId)) {
      throw new AppError('TEAM_CYCLE', 'A team cannot sit below itself or one of its sub-teams');
    }
  }
  if (input.managerId) {
    // Only managers and admins see a team's people, so only they can lead one.
    const manager = await assertActiveMember(db, scope, input.managerId, 'managerId');
    if (manager.role !== 'manager' && manager.role !== 'admin') {
      throw invalidField('managerId', 'A team is led by a manager or an admin');
    }
  }
  if (input.regionId) {
    const [region] = await db
      .select({ id: regions.id })
      .from(regions)
      .where(and(inOrg(scope, regions.orgId), eq(regions.id, input.regionId)));
    if (!region) throw invalidField('regionId', 'No such region');
  }
};

export const createTeam = async (db: Db, scope: Scope, input: CreateTeamInput): Promise<Team> =>
  db.transaction(async (tx) => {
    await checkLinks(tx, scope, null, input);
    const [row] = await tx
      .insert(teams)
      .values({
        orgId: scope.orgId,
        name: input.name,
        parentId: input.parentId ?? null,
        managerId: input.managerId ?? null,
        regionId: input.regionId ?? null,
      })
      .returning({ id: teams.id });
    if (!row) throw new AppError('INTERNAL', 'Team was not created');
    await recordAudit(tx, scope, { action: 'team.created', entity: 'team', entityId: row.id, data: { ...input } });
    return getTeam(tx, scope, row.id);
  });

export const updateTeam = async (db: Db, scope: Scope, id: string, input: UpdateTeamInput): Promise<Team> =>
  db.transaction(async (tx) => {
    await getTeam(tx, scope, id);
    await checkLinks(tx, scope, id, input);
    await tx
      .update(teams)
      .set(input)
      .where(and(inOrg(scope, teams.orgId), eq(teams.id, id)));
    await recordAudit(tx, scope, { action: 'team.updated', entity: 'team', entityId: id, data: { ...input } });
    return getTeam(tx, scope, id);
  });

/** Deletes a team without sub-teams; its memberships go, pending invitations to it stay without a team. */
export const deleteTeam = async (db: Db, scope: Scope, id: string): Promise<void> =>
  db.transaction(async (tx) => {
    const team = await getTeam(tx, scope, id);
    const links = await listTeamLinks(tx, scope);
    if (links.some((t) => t.parentId === id)) {
      throw new AppError('HAS_CHILDREN', 'Move or delete the sub-teams first');
    }
    await detachInvitationsFromTeam(tx, scope, id);
    await tx.delete(teams).where(and(inOrg(scope, teams.orgId), eq(teams.id, id)));
    await recordAudit(tx, scope, { action: 'team.deleted', entity: 'team', entityId: id, data: { name: team.name } });
  });

/** Puts a new member into a team of their org (invitation acceptance; the team was checked when invited). */
export const placeInTeam = async (db: Db, input: { orgId: string; teamId: string; userId: string }) => {
  await db.insert(teamMembers).values(input).onConflictDoNothing();
};

/** Teams of a region that is being deleted carry on without a region. */
export const detachTeamsFromRegion = async (db: Db, scope: Scope, regionId: string) => {
  await db
    .update(teams)
    .set({ regionId: null })
    .where(and(inOrg(scope, teams.orgId), eq(teams.regionId, regionId)));
};

export const addTeamMember = async (db: Db, scope: Scope, teamId: string, userId: string): Promise<TeamDetail> =>
  db.transaction(async (tx) => {
    await getTeam(tx, scope, teamId);
    await assertActiveMember(tx, scope, userId, 'userId');
    await tx.insert(teamMembers).values({ orgId: scope.orgId, teamId, userId }).onConflictDoNothing();
    await recordAudit(tx, scope, { action: 'team.member_added', entity: 'team', entityId: teamId, data: { userId } });
    return getTeam(tx, scope, teamId);
  });

export const removeTeamMember = async (db: Db, scope: Scope, teamId: string, userId: string): Promise<TeamDetail> =>
  db.transaction(async (tx) => {
    await getTeam(tx, scope, teamId);
    const removed = await tx
      .delete(teamMembers)
      .where(and(inOrg(scope, teamMembers.orgId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
      .returning({ userId: teamMembers.userId });
    if (removed.length === 0) throw new AppError('NOT_FOUND', 'That person is not in this team');
    await recordAudit(tx, scope, { action: 'team.member_removed', entity: 'team', entityId: teamId, data: { userId } });
    return getTeam(tx, scope, teamId);
  });
