import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { databaseKinds, openTestDatabase } from '../../testing/test-api';
import { type CrmPlan, demoPlanFor, planCrm } from './crm-plan';
import type { RepWorld } from './crm-world';
import { generateDemoPlan } from './demo-plan';
import { loadDemo } from './load-demo';

const now = new Date('2026-03-02T19:00:00Z');
const planS = (seed?: number, at = now) => planCrm(demoPlanFor('s', seed), { now: at, years: 2, volume: 1 });

/** A digest of the planned rows of the first reps, to compare plans cheaply. */
const digest = (plan: CrmPlan, reps = 6) => {
  const hash = createHash('sha256');
  let count = 0;
  for (const world of plan.worlds()) {
    hash.update(JSON.stringify(world));
    if (++count === reps) break;
  }
  return hash.digest('hex');
};

describe('the demo plan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateDemoPlan()).toEqual(generateDemoPlan());
    expect(generateDemoPlan({ seed: 7 }).people.map((p) => p.name)).not.toEqual(
      generateDemoPlan().people.map((p) => p.name),
    );
  });

  it('has about twenty reps of all three kinds, three or four teams with managers, and regions', () => {
    const plan = generateDemoPlan();
    const reps = plan.people.filter((p) => p.role === 'rep');
    expect(reps.length).toBe(20);
    expect(new Set(reps.map((r) => r.repType))).toEqual(new Set(['inside', 'field', 'external']));
    const subTeams = plan.teams.filter((t) => t.parent);
    expect(subTeams.length).toBe(4);
    expect(plan.teams.every((t) => plan.people.some((p) => p.email === t.manager && p.role === 'manager'))).toBe(true);
    expect(new Set(plan.people.map((p) => p.email)).size).toBe(plan.people.length);
  });

  it('names thousands of people uniquely, for generated benchmark orgs', () => {
    const plan = generateDemoPlan({ repsPerTeam: [1000, 1000, 1000, 1000] });
    expect(new Set(plan.people.map((p) => p.name)).size).toBe(plan.people.length);
    expect(new Set(plan.people.map((p) => p.email)).size).toBe(plan.people.length);
    expect(new Set(plan.people.map((p) => p.id)).size).toBe(plan.people.length);
    expect(plan.people.every((p) => /^[a-z0-9.]+@summit\.example$/.test(p.email))).toBe(true);
  });

  it('lays out scale M as ten teams of 25 reps, with the demo logins in place', () => {
    const plan = demoPlanFor('m');
    const teams = plan.teams.filter((t) => t.parent);
    expect(teams.length).toBe(10);
    expect(teams.every((t) => t.members.length === 25)).toBe(true);
    expect(plan.teams.find((t) => t.key === 'inside')?.members[0]).toBe('rep@summit.example');
    expect(plan.teams.find((t) => t.key === 'inside')?.manager).toBe('manager@summit.example');
  });
});

describe('the planned CRM history', () => {
  const plan = planS();
  const worlds: RepWorld[] = [...plan.worlds()];
  const all = <K extends keyof RepWorld>(key: K) => worlds.flatMap((w) => w[key] as object[]) as RepWorld[K];

  it('is the same for the same seed and end, and differs for another seed or end', () => {
    expect(digest(planS(), plan.reps.length)).toBe(digest(plan, plan.reps.length));
    expect(digest(planS(7))).not.toBe(digest(plan));
    expect(digest(planS(undefined, new Date('2026-03-09T19:00:00Z')))).not.toBe(digest(plan));
  }, 30_000);

  it('ends today: nothing happens after the end, and the history is two years long', () => {
    const deals = all('deals');
    const activities = all('activities');
    expect(deals.every((d) => (d.createdAt as Date) <= now)).toBe(true);
    expect(activities.every((a) => !a.completedAt || a.completedAt <= now)).toBe(true);
    const first = Math.min(...deals.map((d) => (d.createdAt as Date).getTime()));
    expect((now.getTime() - first) / 86_400_000).toBeGreaterThan(700);
    expect(activities.some((a) => !a.completedAt && a.scheduledAt && a.scheduledAt > now)).toBe(true);
  });

  it('makes a fifth of the accounts, the key accounts, earn most of the won revenue', () => {
    const key = new Set(
      all('accounts')
        .filter((a) => a.isKeyAccount)
        .map((a) => a.id),
    );
    const share = key.size / all('accounts').length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.25);
    const wonStages = new Set(
      plan.catalog.pipelines.flatMap((p) => p.stages.filter((s) => s.kind === 'won').map((s) => s.id)),
    );
    const won = new Set(
      all('deals')
        .filter((d) => wonStages.has(d.stageId))
        .map((d) => d.id),
    );
    const revenue = (filter: (accountId: string) => boolean) =>
      all('deals')
        .filter((d) => won.has(d.id) && filter(d.accountId as string))
        .reduce((sum, d) => sum + Number(d.amount), 0);
    const keyShare = revenue((id) => key.has(id)) / revenue(() => true);
    expect(keyShare).toBeGreaterThan(0.6);
  });

  it('gives reps different win rates, log-normal deal sizes and a busier December than August', () => {
    const wonStage = plan.catalog.pipelines[0]?.stages.find((s) => s.kind === 'won')?.id;
    const lostStage = plan.catalog.pipelines[0]?.stages.find((s) => s.kind === 'lost')?.id;
    const rates = worlds.map((w) => {
      const won = w.deals.filter((d) => d.stageId === wonStage).length;
      const lost = w.deals.filter((d) => d.stageId === lostStage).length;
      return won / (won + lost);
    });
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.12);
    const amounts = all('deals')
      .map((d) => Number(d.amount))
      .sort((a, b) => a - b);
    const median = amounts[Math.floor(amounts.length / 2)] as number;
    const mean = amounts.reduce((s, a) => s + a, 0) / amounts.length;
    expect(mean / median).toBeGreaterThan(1.3);
    const createdIn = (month: number) =>
      all('deals').filter((d) => (d.createdAt as Date).getUTCMonth() === month).length;
    expect(createdIn(11)).toBeGreaterThan(createdIn(7) * 1.2);
  });

  it('has a rep whose numbers fall off for a couple of months, and misses some estimate months', () => {
    const slumping = plan.reps.find((r) => r.slump && r.slump.to > plan.context.calendar.today.n - 90);
    expect(slumping).toBeDefined();
    const world = worlds[plan.reps.indexOf(slumping as (typeof plan.reps)[number])] as RepWorld;
    const day = (d: Date) => plan.context.calendar.dayOf(d.getTime());
    const perDay = (from: number, to: number) =>
      world.activities.filter((a) => a.completedAt && day(a.completedAt) >= from && day(a.completedAt) <= to).length /
      (to - from + 1);
    const { from, to } = slumping?.slump ?? { from: 0, to: 0 };
    expect(perDay(from, to)).toBeLessThan(perDay(from - 120, from - 1) * 0.7);
    const months = new Set(world.estimates.map((e) => `${e.estimateDate.slice(0, 7)} ${e.productLineId}`));
    expect(months.size).toBeLessThan(24 * plan.catalog.lines.length);
  });

  it('files daily call reports for field and partner reps, not inside reps', () => {
    const fieldReps = new Set(plan.reps.filter((r) => r.repType !== 'inside').map((r) => r.id));
    const reports = all('callReports');
    expect(reports.length).toBeGreaterThan(2000);
    expect(reports.every((r) => fieldReps.has(r.repId))).toBe(true);
    expect(reports.filter((r) => r.status === 'reviewed').length / reports.length).toBeGreaterThan(0.8);
  });
});

describe.each(databaseKinds)('loading the demo [%s]', (kind) => {
  it('loads once, in one piece, and refuses a second time', async () => {
    const { database, dispose } = await openTestDatabase(kind);
    try {
      await loadDemo(database.db, generateDemoPlan(), { crm: false });
      const [counts] = await queryRows<{ members: number; teams: number; regions: number }>(
        database.db,
        sql`select (select count(*)::int from members) as members, (select count(*)::int from teams) as teams,
                   (select count(*)::int from regions) as regions`,
      );
      expect(counts).toEqual({ members: generateDemoPlan().people.length, teams: 5, regions: 5 });
      await expect(loadDemo(database.db)).rejects.toThrow(/already loaded/);
    } finally {
      await dispose();
    }
  });
});
