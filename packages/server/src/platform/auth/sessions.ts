import { and, eq, gt, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import { users } from '../../modules/identity/identity.table';
import { members } from '../../modules/members/members.table';
import { orgs } from '../../modules/orgs/orgs.table';
import type { Clock } from '../clock';
import { type Db, queryRows } from '../db/client';
import { resolveScope, scopeOf, type TeamRow, teamRowsCte } from './access-policy';
import { apiTokens, sessions } from './auth.table';
import type { Principal } from './principal';
import { issueOrgSecret, orgIdOfSecret, randomSecret, sha256 } from './secrets';

export const sessionCookieName = 'pacer_session';
const dayMs = 86_400_000;
// Touching last_seen_at on every request would turn reads into writes; once a minute is enough.
const touchAfterMs = 60_000;

export const createSession = async (
  db: Db,
  clock: Clock,
  input: { orgId: string; userId: string; days: number; userAgent?: string | undefined },
) => {
  const { token, hash } = issueOrgSecret('session', input.orgId);
  const expiresAt = new Date(clock.now().getTime() + input.days * dayMs);
  const csrfToken = randomSecret();
  await db.insert(sessions).values({
    orgId: input.orgId,
    id: hash,
    userId: input.userId,
    csrfToken,
    expiresAt,
    createdAt: clock.now(),
    lastSeenAt: clock.now(),
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt, csrfToken };
};

export const deleteSession = async (db: Db, orgId: string, sessionId: string) => {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.id, sessionId)));
};

/** Ends every session of a user (after a password change or reset), except the one to keep. */
export const deleteUserSessions = async (db: Db, userId: string, keep?: { orgId: string; id: string }) => {
  const others = keep ? not(and(eq(sessions.orgId, keep.orgId), eq(sessions.id, keep.id)) as SQL) : undefined;
  await db.delete(sessions).where(and(eq(sessions.userId, userId), others));
};

const memberColumns = {
  timeZone: orgs.timeZone,
  currency: orgs.currency,
  fiscalStartMonth: orgs.fiscalYearStartMonth,
  userId: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  role: members.role,
  repType: members.repType,
};

const activeMember = (orgId: string) =>
  and(eq(members.orgId, orgId), eq(members.userId, users.id), eq(members.status, 'active'));

interface SessionRow {
  user_id: string;
  email: string;
  name: string;
  locale: Principal['locale'];
  role: Principal['role'];
  rep_type: Principal['repType'];
  time_zone: string;
  currency: string;
  fiscal_year_start_month: number;
  csrf_token: string;
  last_seen_at: Date | string;
  teams: TeamRow[] | string;
}

/**
 * The principal behind a session cookie, or null when it is unknown, expired or its member is
 * deactivated. Session, member, org and the teams the member sees come in one statement: every
 * request pays for this lookup.
 */
export const principalFromSession = async (db: Db, clock: Clock, token: string): Promise<Principal | null> => {
  const orgId = orgIdOfSecret('session', token);
  if (!orgId) return null;
  const id = sha256(token);
  const now = clock.now();
  const [row] = await queryRows<SessionRow>(
    db,
    sql`with recursive sess as (
          select s.user_id, s.csrf_token, s.last_seen_at from sessions s
          where s.org_id = ${orgId} and s.id = ${id} and s.expires_at > ${now}
        ),
        ${teamRowsCte(orgId, sql`(select user_id from sess)`)}
        select u.id::text as user_id, u.email, u.name, u.locale, m.role, m.rep_type,
               o.time_zone, o.currency, o.fiscal_year_start_month, sess.csrf_token, sess.last_seen_at,
               (select coalesce(json_agg(team_rows), '[]'::json) from team_rows) as teams
        from sess
        join users u on u.id = sess.user_id
        join members m on m.org_id = ${orgId} and m.user_id = sess.user_id and m.status = 'active'
        join orgs o on o.id = ${orgId}`,
  );
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > touchAfterMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
  }
  const member = { orgId, userId: row.user_id, role: row.role, repType: row.rep_type };
  const teams = typeof row.teams === 'string' ? (JSON.parse(row.teams) as TeamRow[]) : row.teams;
  const scope = scopeOf(member, teams, {
    timeZone: row.time_zone,
    currency: row.currency,
    fiscalStartMonth: Number(row.fiscal_year_start_month),
  });
  return {
    ...member,
    email: row.email,
    name: row.name,
    locale: row.locale,
    via: 'session',
    session: { id, csrfToken: row.csrf_token },
    scope,
  };
};

/** The principal behind a personal API token, or null when it is unknown, revoked or expired. */
export const principalFromApiToken = async (db: Db, clock: Clock, token: string): Promise<Principal | null> => {
  const orgId = orgIdOfSecret('apiToken', token);
  if (!orgId) return null;
  const hash = sha256(token);
  const now = clock.now();
  const [row] = await db
    .select({ ...memberColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(members, activeMember(orgId))
    .innerJoin(orgs, eq(orgs.id, members.orgId))
    .where(
      and(
        eq(apiTokens.orgId, orgId),
        eq(apiTokens.tokenHash, hash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    );
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > touchAfterMs) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, row.tokenId)));
  }
  const { tokenId: _, lastUsedAt: __, timeZone, currency, fiscalStartMonth, ...member } = row;
  const scope = await resolveScope(db, orgId, row.userId, row.role, row.repType, {
    timeZone,
    currency,
    fiscalStartMonth,
  });
  return { ...member, orgId, via: 'token', session: null, scope };
};
