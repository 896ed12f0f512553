import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';

/** The org's time zone, read inside the query so days are cut where the org lives. */
const orgTimeZone = (scope: Scope): SQL => sql`(select o.time_zone from orgs o where o.id = ${scope.orgId})`;

/** The instant a calendar day (YYYY-MM-DD) begins in the org's time zone. */
export const orgDayStart = (scope: Scope, day: string | AnyColumn): SQL =>
  sql`((${day}::date)::timestamp at time zone ${orgTimeZone(scope)})`;

/** The instant the day after `day` begins in the org's time zone (an exclusive end). */
export const orgDayEnd = (scope: Scope, day: string | AnyColumn): SQL =>
  sql`((${day}::date + 1)::timestamp at time zone ${orgTimeZone(scope)})`;
