import { and, eq, gt, isNull, not, or, type SQL } from 'drizzle-orm';
import { users } from '../../modules/identity/identity.table';
import { members } from '../../modules/members/members.table';
import { orgs } from '../../modules/orgs/orgs.table';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { resolveScope } from './access-policy';
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

/** The principal behind a session cookie, or null when it is unknown, expired or its member is deactivated. */
export const principalFromSession = async (db: Db, clock: Clock, token: string): Promise<Principal | null> => {
  const orgId = orgIdOfSecret('session', token);
  if (!orgId) return null;
  const id = sha256(token);
  const now = clock.now();
  const [row] = await db
    .select({ ...memberColumns, csrfToken: sessions.csrfToken, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(members, activeMember(orgId))
    .innerJoin(orgs, eq(orgs.id, members.orgId))
    .where(and(eq(sessions.orgId, orgId), eq(sessions.id, id), gt(sessions.expiresAt, now)));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > touchAfterMs) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
  }
  const { csrfToken, lastSeenAt: _, timeZone, currency, fiscalStartMonth, ...member } = row;
  const scope = await resolveScope(db, orgId, row.userId, row.role, row.repType, {
    timeZone,
    currency,
    fiscalStartMonth,
  });
  return { ...member, orgId, via: 'session', session: { id, csrfToken }, scope };
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
