import { type Role, type RowReach, rowReachOf } from '@pacer/core';
import { type AnyColumn, and, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

declare const scopeBrand: unique symbol;

/**
 * What one signed-in member may see, made only by `resolveScope`. Every query of a tenant
 * table takes a Scope and applies `inOrg` and, for people-owned rows, `visibleOwner`.
 */
export interface Scope {
  readonly [scopeBrand]: true;
  readonly orgId: string;
  readonly userId: string;
  readonly role: Role;
  readonly reach: RowReach;
  /** Users whose rows this member sees; null means everyone in the org. */
  readonly userIds: ReadonlySet<string> | null;
  /** Teams this member sees; null means every team in the org. */
  readonly teamIds: ReadonlySet<string> | null;
}

interface TeamRow {
  id: string;
  manager_id: string | null;
  member_ids: string[] | null;
}

/**
 * Turns (user, role, team membership) into a Scope: admins and viewers see the org,
 * managers their teams' subtrees plus the teams they belong to, reps themselves and their own teams.
 */
export const resolveScope = async (db: Db, orgId: string, userId: string, role: Role): Promise<Scope> => {
  const reach = rowReachOf(role);
  const base = { orgId, userId, role, reach };
  if (reach === 'org') return { ...base, userIds: null, teamIds: null } as unknown as Scope;

  // Teams this member manages, with every sub-team below them, and the teams they belong to.
  const rows = await queryRows<TeamRow>(
    db,
    sql`
    with recursive managed(id) as (
      select id from teams where org_id = ${orgId} and manager_id = ${userId}
      union
      select t.id from teams t join managed m on t.parent_id = m.id where t.org_id = ${orgId}
    ),
    visible(id, managed) as (
      select id, true from managed
      union all
      select team_id, false from team_members where org_id = ${orgId} and user_id = ${userId}
    )
    select t.id, t.manager_id,
           case when bool_or(v.managed) then array(
             select tm.user_id from team_members tm where tm.org_id = ${orgId} and tm.team_id = t.id
           ) end as member_ids
    from teams t join visible v on v.id = t.id
    where t.org_id = ${orgId}
    group by t.id, t.manager_id
  `,
  );
  const teamIds = new Set(rows.map((r) => r.id));
  const userIds = new Set([userId]);
  if (reach === 'team') {
    for (const row of rows) {
      if (!row.member_ids) continue;
      for (const id of row.member_ids) userIds.add(id);
      if (row.manager_id) userIds.add(row.manager_id);
    }
  }
  return { ...base, userIds, teamIds } as unknown as Scope;
};

/** The org predicate every tenant query applies. */
export const inOrg = (scope: Scope, orgColumn: AnyColumn): SQL => eq(orgColumn, scope.orgId);

// One array parameter, however many ids: building a list of a thousand bind parameters costs
// milliseconds of JavaScript on every request of a big manager's scope.
const anyOf = (column: AnyColumn, ids: ReadonlySet<string>): SQL =>
  sql`${column} = any(${sql.param([...ids])}::uuid[])`;

/** Rows owned by a person this scope may see (always within the org). */
export const visibleOwner = (scope: Scope, orgColumn: AnyColumn, ownerColumn: AnyColumn): SQL => {
  const org = inOrg(scope, orgColumn);
  return scope.userIds ? (and(org, anyOf(ownerColumn, scope.userIds)) as SQL) : org;
};

/** Rows of a team this scope may see. */
export const visibleTeam = (scope: Scope, orgColumn: AnyColumn, teamColumn: AnyColumn): SQL => {
  const org = inOrg(scope, orgColumn);
  return scope.teamIds ? (and(org, anyOf(teamColumn, scope.teamIds)) as SQL) : org;
};
