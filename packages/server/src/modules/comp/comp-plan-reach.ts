import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';

/*
 * Who sees a comp plan. Pay is personal: admins see every plan; managers the plans assigned to
 * anyone in their reach (their people, their teams and the teams above them, any role); reps only
 * the plans that apply to them. A plan assigned to a team pays the reps of it and of its sub-teams.
 */

/** The given teams and every team above them: a team assignment there reaches these teams' members. */
export const teamsAbove = (orgId: string, teamIds: SQL): SQL => sql`(
  with recursive up(id) as (
    select t.id from teams t where t.org_id = ${orgId} and t.id = any(${teamIds})
    union
    select t.parent_id from teams t join up on t.id = up.id where t.org_id = ${orgId} and t.parent_id is not null
  )
  select id from up)`;

/** Assignments (alias `a`) this scope may see; for a rep, exactly those that apply to them. */
export const reachedAssignment = (scope: Scope, a: SQL = sql`a`): SQL => {
  if (!scope.userIds) return sql`true`;
  const users = sql`${sql.param([...scope.userIds])}::uuid[]`;
  const teams = sql`${sql.param([...(scope.teamIds ?? [])])}::uuid[]`;
  const roles = scope.reach === 'team' ? sql`${a}.role is not null` : sql`${a}.role::text = ${scope.role}`;
  return sql`(${a}.rep_id = any(${users}) or ${a}.team_id in ${teamsAbove(scope.orgId, teams)} or ${roles})`;
};

/** Plans (alias `p`) this scope may see. */
export const visiblePlan = (scope: Scope, p: SQL = sql`p`): SQL => {
  if (!scope.userIds) return sql`${p}.org_id = ${scope.orgId}`;
  return sql`${p}.org_id = ${scope.orgId} and exists (
    select 1 from comp_assignments a
    where a.org_id = ${p}.org_id and a.plan_id = ${p}.id and ${reachedAssignment(scope)})`;
};

/** Assignments (alias `a`) that pay this member: their own, their role's, and for a rep their teams' (and above). */
export const assignmentOfMember = (scope: Scope, a: SQL = sql`a`): SQL => {
  const ownTeams = sql`array(select team_id from team_members where org_id = ${scope.orgId} and user_id = ${scope.userId})`;
  const teams = scope.role === 'rep' ? sql`or ${a}.team_id in ${teamsAbove(scope.orgId, ownTeams)}` : sql``;
  return sql`(${a}.rep_id = ${scope.userId} or ${a}.role::text = ${scope.role} ${teams})`;
};

/** People (a column) whose acknowledgements this scope may see. */
export const visiblePerson = (scope: Scope, column: SQL): SQL =>
  scope.userIds ? sql`${column} = any(${sql.param([...scope.userIds])}::uuid[])` : sql`true`;
