import { type RepType, type Role, type RowReach, rowReachOf } from '@pacer/core';
import { type AnyColumn, and, eq, or, type SQL, sql } from 'drizzle-orm';
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
  /** For reps: inside, field or external. External reps see only what they own. */
  readonly repType: RepType | null;
  readonly reach: RowReach;
  /** Users whose rows this member sees; null means everyone in the org. */
  readonly userIds: ReadonlySet<string> | null;
  /** Teams this member sees; null means every team in the org. */
  readonly teamIds: ReadonlySet<string> | null;
  /** Set by `forSortedPage`: the query reads one sorted page, not every visible row. */
  readonly sortedPage?: true;
  /** The org's calendar and currency as read with the member, when the request had them at hand. */
  readonly org?: OrgCalendarSettings;
}

/** What periods and money are cut by: read once per request with the session, not again by each query. */
export interface OrgCalendarSettings {
  readonly timeZone: string;
  readonly currency: string;
  readonly fiscalStartMonth: number;
}

export interface TeamRow {
  id: string;
  manager_id: string | null;
  member_ids: string[] | null;
}

/**
 * The whole org, for upkeep that runs on no one's behalf (recording achievements): it reads
 * totals only and writes nothing a person owns. Its user is nobody.
 */
export const upkeepScope = (orgId: string): Scope =>
  ({
    orgId,
    userId: '00000000-0000-0000-0000-000000000000',
    role: 'admin',
    repType: null,
    reach: 'org',
    userIds: null,
    teamIds: null,
  }) as unknown as Scope;

/**
 * The teams a member sees, as the CTEs `managed`, `visible` and `team_rows` of a `with recursive`:
 * the teams they manage with every sub-team below them (with their members), and the teams they
 * belong to. `userId` is SQL so the session lookup can name the member it finds.
 */
export const teamRowsCte = (orgId: string, userId: SQL): SQL => sql`
  managed(id) as (
    select id from teams where org_id = ${orgId} and manager_id = ${userId}
    union
    select t.id from teams t join managed m on t.parent_id = m.id where t.org_id = ${orgId}
  ),
  visible(id, managed) as (
    select id, true from managed
    union all
    select team_id, false from team_members where org_id = ${orgId} and user_id = ${userId}
  ),
  team_rows as (
    select t.id, t.manager_id,
           case when bool_or(v.managed) then array(
             select tm.user_id from team_members tm where tm.org_id = ${orgId} and tm.team_id = t.id
           ) end as member_ids
    from teams t join visible v on v.id = t.id
    where t.org_id = ${orgId}
    group by t.id, t.manager_id
  )`;

/**
 * A Scope from (user, role) and the team rows of `teamRowsCte`: admins and viewers see the org,
 * managers their teams' subtrees plus the teams they belong to, reps themselves and their own teams.
 */
export const scopeOf = (
  member: { orgId: string; userId: string; role: Role; repType: RepType | null },
  rows: readonly TeamRow[],
  org?: OrgCalendarSettings,
): Scope => {
  const reach = rowReachOf(member.role);
  const base = { ...member, reach, ...(org ? { org } : {}) };
  if (reach === 'org') return { ...base, userIds: null, teamIds: null } as unknown as Scope;
  const teamIds = new Set(rows.map((r) => r.id));
  const userIds = new Set([member.userId]);
  if (reach === 'team') {
    for (const row of rows) {
      if (!row.member_ids) continue;
      for (const id of row.member_ids) userIds.add(id);
      if (row.manager_id) userIds.add(row.manager_id);
    }
  }
  return { ...base, userIds, teamIds } as unknown as Scope;
};

/** Reads a member's teams and turns them into their Scope. */
export const resolveScope = async (
  db: Db,
  orgId: string,
  userId: string,
  role: Role,
  repType: RepType | null = null,
  org?: OrgCalendarSettings,
): Promise<Scope> => {
  const member = { orgId, userId, role, repType };
  if (rowReachOf(role) === 'org') return scopeOf(member, [], org);
  const rows = await queryRows<TeamRow>(
    db,
    sql`with recursive ${teamRowsCte(orgId, sql`${userId}::uuid`)} select * from team_rows`,
  );
  return scopeOf(member, rows, org);
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

/**
 * How a scope's reach through a subquery (accounts its people own, deals they hold splits of) is
 * matched. `in (…)`: a hashed semi-join, one probe a row, which suits walking a sort index for a
 * page and a manager's thousands of ids. `= any(array(…))`: the ids computed once, so each arm of
 * the OR stays an index condition (BitmapOr); that suits a rep's totals and search, which gather
 * every visible match. Measured both ways at scale M (docs/performance.md, crm-scale).
 */
export const inSetOf = (scope: Scope, subquery: SQL): SQL =>
  scope.reach === 'own' && !scope.sortedPage ? sql`= any(array(${subquery}))` : sql`in (${subquery})`;

/**
 * The scope for reading one sorted page of a list. A rep's reach as an array is compared element
 * by element on every row PostgreSQL walks in sort order, and it cannot tell how long the array
 * is, so it walks anyway: 87 ms for a rep's deals of one product line, 24 ms as a semi-join.
 */
export const forSortedPage = (scope: Scope): Scope =>
  scope.reach === 'own' ? ({ ...scope, sortedPage: true } as Scope) : scope;

const accountsOwnedBy = (scope: Scope, ids: SQL): SQL =>
  inSetOf(scope, sql`select a.id from accounts a where a.org_id = ${scope.orgId} and a.owner_id = any(${ids})`);

/** Which columns of a CRM record decide who sees it. */
export interface RecordColumns {
  orgId: AnyColumn;
  ownerId: AnyColumn;
  /** The account the record belongs to: owning the account reaches its records. */
  accountId?: AnyColumn;
}

export interface RecordReach {
  /**
   * Whether an external rep also reaches this kind of record through the accounts they own.
   * Contacts: yes (they are the people the rep sells to). Deals, activities and the rest: no,
   * an external rep sees only what they own.
   */
  externalViaAccount?: boolean;
  /**
   * More rows the same people reach, e.g. deals where they hold a credit split. Write it with
   * `inSetOf` so it stays an index condition for reps and a semi-join for managers.
   */
  sharedWith?: (userIds: SQL) => SQL;
}

/**
 * CRM records this scope may see and change: admins and viewers all of the org; managers the
 * records owned in their team subtree; reps their own. Both also reach the records of accounts
 * they (or their team) own — except external reps, who see only their own accounts and deals.
 */
export const visibleRecord = (scope: Scope, columns: RecordColumns, reach: RecordReach = {}): SQL => {
  const org = inOrg(scope, columns.orgId);
  if (!scope.userIds) return org;
  const ids = sql`${sql.param([...scope.userIds])}::uuid[]`;
  const reached: SQL[] = [sql`${columns.ownerId} = any(${ids})`];
  const external = scope.repType === 'external';
  if (columns.accountId && (!external || reach.externalViaAccount)) {
    reached.push(sql`${columns.accountId} ${accountsOwnedBy(scope, ids)}`);
  }
  if (reach.sharedWith) reached.push(reach.sharedWith(ids));
  return and(org, reached.length === 1 ? reached[0] : or(...reached)) as SQL;
};

/** Whether a scope may write CRM records at all (viewers read only). Rows are narrowed by visibleRecord. */
export const canWriteRecords = (scope: Scope): boolean => scope.role !== 'viewer';

/** Rows owned by a member of a team or any of its sub-teams (a list filter; visibility still applies). */
export const ownerInTeam = (scope: Scope, ownerColumn: AnyColumn | SQL, teamId: string): SQL => sql`${ownerColumn} in (
  with recursive subtree(id) as (
    select id from teams where org_id = ${scope.orgId} and id = ${teamId}
    union
    select t.id from teams t join subtree s on t.parent_id = s.id where t.org_id = ${scope.orgId}
  )
  select tm.user_id from team_members tm join subtree s on s.id = tm.team_id where tm.org_id = ${scope.orgId}
)`;
