import { addDays, type DateRange, goalPeriodOf, localDateOf } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { resolveScope, type Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { type DemoPlan, demoDomain } from './demo-plan';

/** What the comp and incentives part of the demo loads with: the org's calendar, its people and teams. */
export interface DemoCompContext {
  db: Db;
  orgId: string;
  seed: number;
  now: Date;
  /** Today in the org's time zone. */
  today: string;
  timeZone: string;
  fiscalStartMonth: number;
  /** The quarter running today and the two finished before it, the older first. */
  quarters: { older: DateRange; last: DateRange; current: DateRange };
  /** The sub-teams of the sales team, by name: the plans are assigned to them. */
  teams: { id: string; name: string }[];
  /** The demo logins that act: the admin (sales ops), the VP, the inside manager and the inside rep. */
  people: Record<'admin' | 'vp' | 'manager' | 'rep', string>;
  scopeOf: (userId: string) => Promise<Scope>;
}

const quarterBefore = (quarter: DateRange, fiscalStartMonth: number) =>
  goalPeriodOf('quarter', addDays(quarter.start, -1), fiscalStartMonth);

/** Reads the loaded org's calendar and teams; people come from the plan that loaded them. */
export const demoCompContext = async (db: Db, orgId: string, plan: DemoPlan, now: Date): Promise<DemoCompContext> => {
  const [org] = await queryRows<{ time_zone: string; fiscal_year_start_month: number }>(
    db,
    sql`select time_zone, fiscal_year_start_month from orgs where id = ${orgId}`,
  );
  const timeZone = org?.time_zone ?? plan.org.timeZone;
  const fiscalStartMonth = Number(org?.fiscal_year_start_month ?? plan.org.fiscalYearStartMonth);
  const today = localDateOf(now, timeZone);
  const current = goalPeriodOf('quarter', today, fiscalStartMonth);
  const last = quarterBefore(current, fiscalStartMonth);
  const teams = await queryRows<{ id: string; name: string }>(
    db,
    sql`select t.id::text, t.name from teams t join teams top on top.org_id = t.org_id and top.id = t.parent_id
        where t.org_id = ${orgId} and top.parent_id is null order by t.name`,
  );
  const idOf = (login: string) => {
    const person = plan.people.find((p) => p.email === `${login}@${demoDomain}`);
    if (!person) throw new Error(`The demo plan has no ${login} login`);
    return person.id;
  };
  const roles = new Map(plan.people.map((p) => [p.id, p] as const));
  const scopes = new Map<string, Promise<Scope>>();
  return {
    db,
    orgId,
    seed: plan.seed,
    now,
    today,
    timeZone,
    fiscalStartMonth,
    quarters: { older: quarterBefore(last, fiscalStartMonth), last, current },
    teams,
    people: { admin: idOf('admin'), vp: idOf('vp'), manager: idOf('manager'), rep: idOf('rep') },
    scopeOf: (userId) => {
      // Resolved once per person: the reach of a manager is a recursive query.
      let scope = scopes.get(userId);
      if (!scope) {
        const person = roles.get(userId);
        scope = resolveScope(db, orgId, userId, person?.role ?? 'rep', person?.repType ?? null, {
          timeZone,
          currency: plan.org.currency,
          fiscalStartMonth,
        });
        scopes.set(userId, scope);
      }
      return scope;
    },
  };
};
