import type { Team, TeamDetail } from '@pacer/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { inOrg, type Scope, visibleTeam } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { members } from '../members/members.table';
import { teamMembers, teams } from './teams.table';

const teamSelection = {
  id: teams.id,
  name: teams.name,
  parentId: teams.parentId,
  managerId: teams.managerId,
  managerName: users.name,
  regionId: teams.regionId,
  memberCount: sql<number>`(select count(*)::int from team_members tm where tm.org_id = ${teams.orgId} and tm.team_id = ${teams.id})`,
  createdAt: teams.createdAt,
};

type TeamRow = Omit<Team, 'createdAt'> & { createdAt: Date };
const toTeam = (row: TeamRow): Team => ({ ...row, createdAt: row.createdAt.toISOString() });

/** Teams the scope may see, by name. */
export const listTeams = async (db: Db, scope: Scope): Promise<Team[]> => {
  const rows = await db
    .select(teamSelection)
    .from(teams)
    .leftJoin(users, eq(users.id, teams.managerId))
    .where(visibleTeam(scope, teams.orgId, teams.id))
    .orderBy(asc(teams.name));
  return rows.map(toTeam);
};

export const findTeam = async (db: Db, scope: Scope, id: string): Promise<TeamDetail | null> => {
  const [row] = await db
    .select(teamSelection)
    .from(teams)
    .leftJoin(users, eq(users.id, teams.managerId))
    .where(and(visibleTeam(scope, teams.orgId, teams.id), eq(teams.id, id)));
  if (!row) return null;
  const people = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: members.role, repType: members.repType })
    .from(teamMembers)
    .innerJoin(members, and(eq(members.orgId, teamMembers.orgId), eq(members.userId, teamMembers.userId)))
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.orgId, scope.orgId), eq(teamMembers.teamId, id), eq(members.status, 'active')))
    .orderBy(asc(users.name));
  return { ...toTeam(row), members: people };
};

/** Every team's id and parent in the org, to check the tree stays a tree. */
export const listTeamLinks = (db: Db, scope: Scope) =>
  db.select({ id: teams.id, parentId: teams.parentId }).from(teams).where(inOrg(scope, teams.orgId));
