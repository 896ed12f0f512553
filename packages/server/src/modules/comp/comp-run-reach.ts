import { AppError } from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';

/*
 * Whom a period run is for. An admin runs the whole org, or one team; a manager runs one of the
 * teams they manage (or one below), or all of them. A team's people are the members of it and of
 * every sub-team, and the sub-teams' managers — the people whose statements its manager reviews;
 * the team's own manager is paid by the run above them. Each rep's input is the same whoever runs
 * them, so a team run gives each of its reps exactly the lines the org run gives them.
 */

export interface RunTeam {
  id: string;
  name: string;
}

/** A run of part of the org: the teams asked for (each with its sub-teams) and their people. */
export interface RunReach {
  teams: RunTeam[];
  people: ReadonlySet<string>;
}

interface ManagedRow {
  id: string;
  name: string;
  top: boolean;
}

/** The teams a manager manages with every sub-team; `top` marks those not below another of them. */
const managedTeams = (db: Db, scope: Scope) =>
  queryRows<ManagedRow>(
    db,
    sql`with recursive managed(id) as (
          select id from teams where org_id = ${scope.orgId} and manager_id = ${scope.userId}
          union
          select t.id from teams t join managed m on t.parent_id = m.id where t.org_id = ${scope.orgId}
        )
        select t.id::text, t.name, (t.parent_id is null or t.parent_id not in (select id from managed)) as top
        from teams t join managed m on m.id = t.id
        where t.org_id = ${scope.orgId}
        order by t.name, t.id`,
  );

/** The people of the given teams: members of them and of their sub-teams, and the sub-teams' managers. */
const peopleOf = async (db: Db, orgId: string, teamIds: readonly string[]): Promise<Set<string>> => {
  const roots = sql`${sql.param([...teamIds])}::uuid[]`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive below(id) as (
          select id from teams where org_id = ${orgId} and id = any(${roots})
          union
          select t.id from teams t join below b on t.parent_id = b.id where t.org_id = ${orgId}
        )
        select tm.user_id::text as id from team_members tm join below b on b.id = tm.team_id where tm.org_id = ${orgId}
        union
        select t.manager_id::text from teams t join below b on b.id = t.id
        where t.org_id = ${orgId} and t.manager_id is not null and t.id <> all(${roots})`,
  );
  return new Set(rows.map((row) => row.id));
};

/** The team an admin names, if it is in the org. */
const orgTeam = async (db: Db, scope: Scope, teamId: string): Promise<RunTeam> => {
  const [team] = await queryRows<RunTeam>(
    db,
    sql`select id::text, name from teams where org_id = ${scope.orgId} and id = ${teamId}`,
  );
  if (!team) throw new AppError('NOT_FOUND', 'No such team');
  return team;
};

/** The teams a manager's run is for: the one named, if they manage it or a team above it, else all of theirs. */
const managerTeams = async (db: Db, scope: Scope, teamId: string | undefined): Promise<RunTeam[]> => {
  const managed = await managedTeams(db, scope);
  if (!teamId) {
    if (managed.length === 0) throw new AppError('FORBIDDEN', 'You manage no team to run');
    return managed.filter((team) => team.top).map(({ id, name }) => ({ id, name }));
  }
  const team = managed.find((row) => row.id === teamId);
  if (team) return [{ id: team.id, name: team.name }];
  // A team they see (one they belong to) is refused; one out of sight does not exist for them.
  if (scope.teamIds?.has(teamId)) throw new AppError('FORBIDDEN', 'You may run only the teams you manage');
  throw new AppError('NOT_FOUND', 'No such team');
};

/** Whom the caller's run is for: null for the whole org (admins naming no team). */
export const runReachOf = async (db: Db, scope: Scope, teamId: string | undefined): Promise<RunReach | null> => {
  if (scope.role === 'admin' && !teamId) return null;
  if (scope.role !== 'admin' && scope.role !== 'manager') {
    throw new AppError('FORBIDDEN', 'Only admins and managers run a period');
  }
  const teams =
    scope.role === 'admin' && teamId ? [await orgTeam(db, scope, teamId)] : await managerTeams(db, scope, teamId);
  return {
    teams,
    people: await peopleOf(
      db,
      scope.orgId,
      teams.map((team) => team.id),
    ),
  };
};
