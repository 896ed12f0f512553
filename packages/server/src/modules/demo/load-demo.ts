import { AppError } from '@pacer/core';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/passwords';
import { type Db, queryRows } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { members } from '../members/members.table';
import { rebuildRollups } from '../metrics/rollups-rebuild';
import { insertOrg } from '../orgs/orgs.service';
import { regions } from '../regions/regions.table';
import { teamMembers, teams } from '../teams/teams.table';
import { type CrmPlan, type DemoScaleKey, demoScales, planCrm, planRegionIds } from './crm-plan';
import { type DemoPlan, demoPassword, generateDemoPlan } from './demo-plan';
import { loadDemoComp } from './load-comp';
import { type CrmLoadReport, loadCrm } from './load-crm';
import { loadDemoGoals } from './load-goals';
import { type LoadSession, withLoadSession } from './load-session';

export const hasAnyOrg = async (db: Db): Promise<boolean> =>
  (await queryRows<{ found: boolean }>(db, sql`select exists (select 1 from orgs) as found`))[0]?.found ?? false;

export interface LoadDemoOptions {
  /** The CRM history: S (the default) or M; false loads only the people, teams and regions. */
  crm?: DemoScaleKey | false;
  /** The end of the history ("today"); defaults to the current time. */
  now?: Date;
  /** Progress lines for long loads. */
  progress?: (line: string) => void;
}

export interface DemoLoadReport {
  orgId: string;
  crm: CrmLoadReport | null;
}

const dayMs = 86_400_000;

/** Org, logins, members, regions and teams; people join before the history starts, new hires on their first day. */
const loadPeople = async (session: LoadSession, plan: DemoPlan, crm: CrmPlan | null, passwordHash: string) => {
  const { db } = session;
  const org = await insertOrg(db, plan.org);
  const historyStart = crm ? crm.context.calendar.at(crm.context.calendar.first.n, 8 * 60) : Date.now();
  const hired = new Map(
    (crm?.reps ?? []).filter((r) => r.newHire).map((r) => [r.id, crm?.context.calendar.at(r.startDay, 8 * 60)]),
  );
  const since = (id: string) => new Date(hired.get(id) ?? historyStart - 365 * dayMs);
  await db
    .insert(users)
    .values(plan.people.map((p) => ({ id: p.id, email: p.email, name: p.name, passwordHash, createdAt: since(p.id) })));
  await db.insert(members).values(
    plan.people.map((p) => ({
      orgId: org.id,
      userId: p.id,
      role: p.role,
      repType: p.repType,
      title: p.title,
      createdAt: since(p.id),
    })),
  );
  const idOf = new Map(plan.people.map((p) => [p.email, p.id]));
  const regionIds = crm?.regionIds ?? planRegionIds(plan);
  await db.insert(regions).values(
    plan.regions.map((region) => ({
      orgId: org.id,
      id: regionIds.get(region.key) as string,
      name: region.name,
      parentId: region.parent ? regionIds.get(region.parent) : null,
    })),
  );
  const teamId = new Map<string, string>();
  for (const team of plan.teams) {
    const [row] = await db
      .insert(teams)
      .values({
        orgId: org.id,
        name: team.name,
        parentId: team.parent ? teamId.get(team.parent) : null,
        regionId: team.region ? regionIds.get(team.region) : null,
        managerId: idOf.get(team.manager),
      })
      .returning({ id: teams.id });
    teamId.set(team.key, row?.id as string);
    await db.insert(teamMembers).values(
      [team.manager, ...team.members].map((email) => ({
        orgId: org.id,
        teamId: row?.id as string,
        userId: idOf.get(email) as string,
      })),
    );
  }
  return org.id;
};

/**
 * Loads the demo org in one transaction: its people and teams and, unless `crm` is false, the CRM
 * history of the scale (S by default) ending `now`. Refuses when its logins already exist.
 */
export const loadDemo = async (
  db: Db,
  plan: DemoPlan = generateDemoPlan(),
  options: LoadDemoOptions = {},
): Promise<DemoLoadReport> => {
  const first = plan.people[0];
  if (first && (await db.select().from(users).where(eq(users.email, first.email))).length > 0) {
    throw new AppError('CONFLICT', `The demo org is already loaded (${first.email} exists)`);
  }
  const scale = options.crm === false ? null : demoScales[options.crm ?? 's'];
  const crm = scale
    ? planCrm(plan, { now: options.now ?? new Date(), years: scale.years, volume: scale.volume })
    : null;
  // One hash for all demo logins: they share the published demo password anyway.
  const passwordHash = await hashPassword(demoPassword);
  const report = await withLoadSession(db, async (session) => {
    const orgId = await loadPeople(session, plan, crm, passwordHash);
    return { orgId, crm: crm ? await loadCrm(session, orgId, crm, options.progress) : null };
  });
  // Loaded in bulk, so the daily rollup is counted once from the facts afterwards.
  if (report.crm) {
    await rebuildRollups(db, report.orgId);
    await loadDemoGoals(db, report.orgId, options.now ?? new Date());
    await loadDemoComp(db, report.orgId, plan, options.now ?? new Date());
  }
  return report;
};

/** The lines printed after the demo loads: where to go and how to sign in. */
export const demoLoginLines = (plan: DemoPlan = generateDemoPlan()): string[] => {
  const named = plan.people.filter((p) => !p.email.split('@')[0]?.includes('.'));
  return [
    `Demo org "${plan.org.name}" loaded. Sign in with password "${demoPassword}" as:`,
    ...named.map((p) => `  ${p.email.padEnd(26)} ${p.role}${p.repType ? ` (${p.repType})` : ''} — ${p.title}`),
  ];
};
