import type { ListMembersQuery, Member } from '@pacer/core';
import { and, asc, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type Scope, visibleOwner } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { users } from '../identity/identity.table';
import { members } from './members.table';

const teamIdsOf = sql<string[]>`coalesce((
  select array_agg(tm.team_id::text order by tm.team_id)
  from team_members tm where tm.org_id = ${members.orgId} and tm.user_id = ${members.userId}
), '{}')`;

const sortName = sql<string>`lower(${users.name})`;

const memberSelection = {
  userId: members.userId,
  email: users.email,
  name: users.name,
  role: members.role,
  repType: members.repType,
  title: members.title,
  status: members.status,
  locale: users.locale,
  teamIds: teamIdsOf,
  createdAt: members.createdAt,
  sortName,
};

type MemberRow = { [K in keyof typeof memberSelection]: unknown } & { createdAt: Date; sortName: string };

const toMember = ({ createdAt, sortName: _, ...row }: MemberRow): Member =>
  ({ ...row, createdAt: createdAt.toISOString() }) as Member;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Members the scope may see, by name, a page at a time. */
export const listMembers = async (db: Db, scope: Scope, query: ListMembersQuery) => {
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  const filters: (SQL | undefined)[] = [
    visibleOwner(scope, members.orgId, members.userId),
    query.role ? eq(members.role, query.role) : undefined,
    query.status ? eq(members.status, query.status) : undefined,
    query.q
      ? or(ilike(users.name, `%${escapeLike(query.q)}%`), ilike(users.email, `%${escapeLike(query.q)}%`))
      : undefined,
    query.teamId
      ? sql`exists (select 1 from team_members tm where tm.org_id = ${members.orgId} and tm.user_id = ${members.userId} and tm.team_id = ${query.teamId})`
      : undefined,
    after
      ? or(gt(sortName, String(after[0])), and(eq(sortName, String(after[0])), gt(members.userId, String(after[1]))))
      : undefined,
  ];
  const rows = (await db
    .select(memberSelection)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(...filters))
    .orderBy(asc(sortName), asc(members.userId))
    .limit(query.limit + 1)) as MemberRow[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toMember),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.sortName, String(last.userId)]) : null,
  };
};

/** One member the scope may see, or null. */
export const findMember = async (db: Db, scope: Scope, userId: string): Promise<Member | null> => {
  const [row] = (await db
    .select(memberSelection)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(visibleOwner(scope, members.orgId, members.userId), eq(members.userId, userId)))) as MemberRow[];
  return row ? toMember(row) : null;
};

/** A member by id within an org, for the auth layer building a session view. */
export const findOrgMember = async (db: Db, orgId: string, userId: string) => {
  const [row] = (await db
    .select(memberSelection)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.orgId, orgId), eq(members.userId, userId)))) as MemberRow[];
  return row ? toMember(row) : null;
};

export const countActiveAdmins = async (db: Db, orgId: string): Promise<number> => {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.role, 'admin'), eq(members.status, 'active')));
  return row?.count ?? 0;
};
