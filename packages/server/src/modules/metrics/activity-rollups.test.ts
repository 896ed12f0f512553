import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { csvOf, importFile } from '../imports/import-testing';
import { activityRollupAsKept, activityRollupFromFacts } from './activity-rollups';
import { rebuildRollups } from './rollups-rebuild';

const types = ['call', 'meeting', 'visit', 'email', 'presentation', 'task'] as const;
const outcomes = [null, 'connected', 'no_answer', 'appointment_booked', 'presentation_held'] as const;
// Around midnight in the zones the org switches between, so a change of zone moves activities between days.
const instant = fc
  .record({ day: fc.integer({ min: 1, max: 4 }), minute: fc.constantFrom(30, 60 * 7, 60 * 22 + 30, 60 * 23 + 50) })
  .map(({ day, minute }) => new Date(Date.UTC(2026, 2, day, 0, minute)).toISOString());

type Op =
  | { kind: 'log'; who: number; type: string; outcome: string | null; at: string | null }
  | { kind: 'burst'; who: number; at: string; count: number }
  | { kind: 'edit'; pick: number; type?: string; outcome?: string | null; at?: string; owner?: number }
  | { kind: 'archive' | 'restore'; pick: number }
  | { kind: 'reassign'; picks: number[]; owner: number }
  | { kind: 'zone'; zone: string }
  | { kind: 'import'; rows: { key: number; type: string; at: string; owner: number }[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('log' as const),
      who: fc.nat(2),
      type: fc.constantFrom(...types),
      outcome: fc.constantFrom(...outcomes),
      at: fc.option(instant),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('burst' as const),
      who: fc.nat(2),
      at: instant,
      count: fc.integer({ min: 2, max: 5 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('edit' as const),
        pick: fc.nat(),
        type: fc.constantFrom(...types),
        outcome: fc.constantFrom(...outcomes),
        at: instant,
        owner: fc.nat(2),
      },
      { requiredKeys: ['kind', 'pick'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('archive' as const, 'restore' as const), pick: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reassign' as const),
      picks: fc.array(fc.nat(), { maxLength: 4 }),
      owner: fc.nat(2),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('zone' as const),
      zone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      rows: fc.array(
        fc.record({ key: fc.nat(5), type: fc.constantFrom('Call', 'Visit', 'Email'), at: instant, owner: fc.nat(2) }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  },
);

describeApi('the daily activity rollup', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let people: { client: HttpClient; userId: string; email: string }[];
  const logged: string[] = [];

  const apply = async (step: Op) => {
    const pick = (n: number) => logged[n % logged.length] as string;
    switch (step.kind) {
      case 'log': {
        const who = people[step.who] as (typeof people)[number];
        const answer = await who.client.post('/api/v1/activities', {
          type: step.type,
          outcome: step.outcome,
          ...(step.at ? { completedAt: step.at } : { completedAt: null, scheduledAt: '2026-03-09T10:00:00Z' }),
        });
        if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
        logged.push(answer.body.id);
        return;
      }
      case 'burst': {
        // Several writers of one rep-day at once: the rollup must count each of them.
        const who = people[step.who] as (typeof people)[number];
        const answers = await Promise.all(
          Array.from({ length: step.count }, () =>
            who.client.post('/api/v1/activities', { type: 'call', completedAt: step.at }),
          ),
        );
        for (const answer of answers) logged.push(answer.body.id);
        return;
      }
      case 'edit': {
        if (logged.length === 0) return;
        const body: Record<string, unknown> = {};
        if (step.type) body.type = step.type;
        if (step.outcome !== undefined) body.outcome = step.outcome;
        if (step.at) body.completedAt = step.at;
        if (step.owner !== undefined) body.ownerId = (people[step.owner] as (typeof people)[number]).userId;
        await org.admin.client.patch(`/api/v1/activities/${pick(step.pick)}`, body);
        return;
      }
      case 'archive':
      case 'restore':
        if (logged.length === 0) return;
        await org.admin.client.post(`/api/v1/activities/${pick(step.pick)}/${step.kind}`);
        return;
      case 'reassign':
        if (logged.length === 0) return;
        await org.admin.client.post('/api/v1/activities/bulk', {
          action: 'reassign',
          ids: [...new Set(step.picks.map(pick))],
          ownerId: (people[step.owner] as (typeof people)[number]).userId,
        });
        return;
      case 'zone':
        await org.admin.client.patch('/api/v1/org', { timeZone: step.zone });
        return;
      case 'import': {
        const rows = step.rows.map((row) => [
          `ROLLUP-${row.key}`,
          row.type,
          (people[row.owner] as (typeof people)[number]).email,
          row.at,
        ]);
        const job = await importFile(
          api.baseUrl,
          org.admin.client,
          {
            recordType: 'activities',
            content: csvOf([['Activity ID', 'Type', 'Assigned To', 'Completed'], ...rows]),
          },
          {
            columns: { 'Activity ID': 'externalId', Type: 'type', 'Assigned To': 'owner', Completed: 'completedAt' },
          },
        );
        // Two rows of the file with one external id are refused as a whole: nothing was written.
        expect(['completed', 'invalid', 'failed']).toContain(job.status);
        return;
      }
    }
  };

  it('sets up an org with three people who log', async () => {
    org = await createOrgFixture(api);
    const emailOf = async (client: HttpClient) => (await client.get('/api/v1/session')).body.user.email as string;
    people = await Promise.all([org.r1, org.r2, org.m1].map(async (p) => ({ ...p, email: await emailOf(p.client) })));
  });

  it('equals the rollup rebuilt from the facts after any sequence of writes, edits, moves and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const step of steps) await apply(step);
        const kept = await activityRollupAsKept(api.database.db, org.orgId);
        expect(kept).toEqual(await activityRollupFromFacts(api.database.db, org.orgId));
      }),
      { numRuns: 12 },
    );
    expect(logged.length).toBeGreaterThan(5);
    const kept = await activityRollupAsKept(api.database.db, org.orgId);
    await rebuildRollups(api.database.db, org.orgId);
    expect(await activityRollupAsKept(api.database.db, org.orgId)).toEqual(kept);
  });

  it('keeps in step through an import of many rep-days, which locks whole reps', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => [
      `BULK-${i}`,
      i % 3 === 0 ? 'Visit' : 'Call',
      (people[i % 2] as (typeof people)[number]).email,
      new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(),
    ]);
    const job = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'activities', content: csvOf([['Activity ID', 'Type', 'Assigned To', 'Completed'], ...rows]) },
      { columns: { 'Activity ID': 'externalId', Type: 'type', 'Assigned To': 'owner', Completed: 'completedAt' } },
    );
    expect(job).toMatchObject({ status: 'completed', created: 700 });
    expect(await activityRollupAsKept(api.database.db, org.orgId)).toEqual(
      await activityRollupFromFacts(api.database.db, org.orgId),
    );
  });

  it('answers the activity metrics from what it keeps', async () => {
    const kept = await activityRollupAsKept(api.database.db, org.orgId);
    const calls = kept
      .filter((row) => row.metric === 'calls' && row.day >= '2026-02-01' && row.day <= '2026-03-31')
      .reduce((total, row) => total + Number(row.value), 0);
    const answer = await org.admin.client.get('/api/v1/metrics/values?metrics=calls&from=2026-02-01&to=2026-03-31');
    expect(answer.body.rows).toEqual([expect.objectContaining({ metric: 'calls', value: String(calls) })]);
  });
});
