import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { databaseKinds, openTestDatabase } from '../../testing/test-api';
import { generateDemoPlan } from './demo-plan';
import { loadDemo } from './load-demo';

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
    expect(plan.people.every((p) => /^[a-z0-9.]+@summit\.example$/.test(p.email))).toBe(true);
  });
});

describe.each(databaseKinds)('loading the demo [%s]', (kind) => {
  it('loads once, in one piece, and refuses a second time', async () => {
    const { database, dispose } = await openTestDatabase(kind);
    try {
      await loadDemo(database.db);
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
