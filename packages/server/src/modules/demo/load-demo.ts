import { AppError } from '@pacer/core';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../platform/auth/passwords';
import { type Db, queryRows } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { members } from '../members/members.table';
import { insertOrg } from '../orgs/orgs.service';
import { regions } from '../regions/regions.table';
import { teamMembers, teams } from '../teams/teams.table';
import { type DemoPlan, demoPassword, generateDemoPlan } from './demo-plan';

export const hasAnyOrg = async (db: Db): Promise<boolean> =>
  (await queryRows<{ found: boolean }>(db, sql`select exists (select 1 from orgs) as found`))[0]?.found ?? false;

/** Loads the demo org in one transaction; refuses when its logins already exist. */
export const loadDemo = async (db: Db, plan: DemoPlan = generateDemoPlan()) => {
  const first = plan.people[0];
  if (first && (await db.select().from(users).where(eq(users.email, first.email))).length > 0) {
    throw new AppError('CONFLICT', `The demo org is already loaded (${first.email} exists)`);
  }
  // One hash for all demo logins: they share the published demo password anyway.
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    const org = await insertOrg(tx, plan.org);
    const inserted = await tx
      .insert(users)
      .values(plan.people.map((p) => ({ email: p.email, name: p.name, passwordHash })))
      .returning({ id: users.id, email: users.email });
    const userId = new Map(inserted.map((u) => [u.email, u.id]));
    const idOf = (email: string) => userId.get(email) as string;
    await tx.insert(members).values(
      plan.people.map((p) => ({
        orgId: org.id,
        userId: idOf(p.email),
        role: p.role,
        repType: p.repType,
        title: p.title,
      })),
    );
    const regionId = new Map<string, string>();
    for (const region of plan.regions) {
      const [row] = await tx
        .insert(regions)
        .values({ orgId: org.id, name: region.name, parentId: region.parent ? regionId.get(region.parent) : null })
        .returning({ id: regions.id });
      regionId.set(region.key, row?.id as string);
    }
    const teamId = new Map<string, string>();
    for (const team of plan.teams) {
      const [row] = await tx
        .insert(teams)
        .values({
          orgId: org.id,
          name: team.name,
          parentId: team.parent ? teamId.get(team.parent) : null,
          regionId: team.region ? regionId.get(team.region) : null,
          managerId: idOf(team.manager),
        })
        .returning({ id: teams.id });
      teamId.set(team.key, row?.id as string);
      const people = [team.manager, ...team.members];
      await tx
        .insert(teamMembers)
        .values(people.map((email) => ({ orgId: org.id, teamId: row?.id as string, userId: idOf(email) })));
    }
    return { orgId: org.id };
  });
};

/** The lines printed after the demo loads: where to go and how to sign in. */
export const demoLoginLines = (plan: DemoPlan = generateDemoPlan()): string[] => {
  const named = plan.people.filter((p) => !p.email.split('@')[0]?.includes('.'));
  return [
    `Demo org "${plan.org.name}" loaded. Sign in with password "${demoPassword}" as:`,
    ...named.map((p) => `  ${p.email.padEnd(26)} ${p.role}${p.repType ? ` (${p.repType})` : ''} — ${p.title}`),
  ];
};
