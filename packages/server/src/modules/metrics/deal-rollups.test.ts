import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { csvOf, importFile } from '../imports/import-testing';
import { dealRollupAsKept, dealRollupFromFacts } from './deal-rollups';
import { rebuildRollups } from './rollups-rebuild';

const stageKinds = ['open', 'won', 'lost'] as const;
const day = fc.integer({ min: 1, max: 5 }).map((d) => `2026-03-0${d}`);
const amount = fc.constantFrom('100', '250.50', '999.99', '1200');

type Op =
  | { kind: 'create'; who: number; stage: number; amount: string; eur: boolean; lines: number[]; split: boolean }
  | { kind: 'edit'; pick: number; amount?: string; eur?: boolean; lines?: number[]; split?: boolean; owner?: number }
  | { kind: 'move'; picks: number[]; stage: number; on: string }
  | { kind: 'archive' | 'restore'; pick: number }
  | { kind: 'reassign' | 'bulkStage'; picks: number[]; owner: number; stage: number }
  | { kind: 'zone'; zone: string }
  | { kind: 'import'; rows: { key: number; status: string; amount: string; owner: number; created: string }[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      who: fc.nat(2),
      stage: fc.nat(5),
      amount,
      eur: fc.boolean(),
      lines: fc.array(fc.nat(1), { maxLength: 3 }),
      split: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('edit' as const),
        pick: fc.nat(),
        amount,
        eur: fc.boolean(),
        lines: fc.array(fc.nat(1), { maxLength: 2 }),
        split: fc.boolean(),
        owner: fc.nat(2),
      },
      { requiredKeys: ['kind', 'pick'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      stage: fc.nat(5),
      on: day,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('archive' as const, 'restore' as const), pick: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('reassign' as const, 'bulkStage' as const),
      picks: fc.array(fc.nat(), { maxLength: 4 }),
      owner: fc.nat(2),
      stage: fc.nat(5),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom('UTC', 'Pacific/Auckland') }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      rows: fc.array(
        fc.record({
          key: fc.nat(4),
          status: fc.constantFrom(...stageKinds),
          amount,
          owner: fc.nat(2),
          created: fc.constantFrom('2026-02-27T23:30:00Z', '2026-03-01T12:00:00Z'),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  },
);

describeApi('the daily deal rollup', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let people: { client: HttpClient; userId: string; email: string }[];
  let stages: { id: string; kind: string }[];
  let products: string[];
  const made: string[] = [];
  // Writes the API accepted, by kind: the property means little if most steps were refused.
  const accepted = new Map<string, number>();
  const note = (kind: string, status: number) => {
    if (status < 300) accepted.set(kind, (accepted.get(kind) ?? 0) + 1);
  };
  const userOf = (n: number) => (people[n % people.length] as (typeof people)[number]).userId;

  const body = (step: { amount?: string; eur?: boolean; lines?: number[]; split?: boolean }, who: number) => ({
    ...(step.amount ? { amount: step.amount } : {}),
    ...(step.eur !== undefined ? { currency: step.eur ? 'EUR' : 'USD' } : {}),
    ...(step.lines?.length
      ? { lineItems: step.lines.map((n) => ({ productId: products[n], quantity: '2', unitPrice: '35.50' })) }
      : {}),
    ...(step.split
      ? {
          splits: [
            { userId: userOf(who), percent: '60' },
            { userId: userOf(who + 1), percent: '40' },
          ],
        }
      : {}),
  });

  const apply = async (step: Op) => {
    const pick = (n: number) => made[n % made.length] as string;
    const stage = (n: number) => stages[n % stages.length] as { id: string; kind: string };
    switch (step.kind) {
      case 'create': {
        const who = people[step.who] as (typeof people)[number];
        const to = stage(step.stage);
        const answer = await who.client.post('/api/v1/deals', {
          name: `Deal ${made.length}`,
          stageId: to.id,
          ...(to.kind === 'lost' ? { lostReason: 'Price' } : {}),
          ...body(step, step.who),
        });
        if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
        made.push(answer.body.id);
        return;
      }
      case 'edit':
        if (made.length === 0) return;
        note(
          'edit',
          (
            await org.admin.client.patch(`/api/v1/deals/${pick(step.pick)}`, {
              ...body(step, step.owner ?? 0),
              ...(step.owner !== undefined ? { ownerId: userOf(step.owner) } : {}),
            })
          ).status,
        );
        return;
      case 'move': {
        if (made.length === 0) return;
        // Moves of one deal at once: the second waits for the first and starts from its result.
        const to = stage(step.stage);
        const answers = await Promise.all(
          step.picks.map((n) =>
            org.admin.client.post(`/api/v1/deals/${pick(n)}/stage`, {
              stageId: to.id,
              closedOn: to.kind === 'open' ? undefined : step.on,
              lostReason: to.kind === 'lost' ? 'Timing' : undefined,
            }),
          ),
        );
        for (const answer of answers) note('move', answer.status);
        return;
      }
      case 'archive':
      case 'restore':
        if (made.length === 0) return;
        note(step.kind, (await org.admin.client.post(`/api/v1/deals/${pick(step.pick)}/${step.kind}`)).status);
        return;
      case 'reassign':
      case 'bulkStage': {
        if (made.length === 0 || step.picks.length === 0) return;
        const ids = [...new Set(step.picks.map(pick))];
        const to = stage(step.stage);
        const answer = await org.admin.client.post(
          '/api/v1/deals/bulk',
          step.kind === 'reassign'
            ? { action: 'reassign', ids, ownerId: userOf(step.owner) }
            : { action: 'change_stage', ids, stageId: to.id, lostReason: 'Budget' },
        );
        note(step.kind, answer.status);
        return;
      }
      case 'zone':
        await org.admin.client.patch('/api/v1/org', { timeZone: step.zone });
        return;
      case 'import': {
        const rows = step.rows.map((row) => [
          `DEAL-${row.key}`,
          `Imported ${row.key}`,
          row.status,
          row.amount,
          (people[row.owner] as (typeof people)[number]).email,
          row.status === 'open' ? '' : '2026-03-02',
          row.status === 'lost' ? 'Price' : '',
          row.created,
        ]);
        const job = await importFile(
          api.baseUrl,
          org.admin.client,
          {
            recordType: 'deals',
            content: csvOf([['ID', 'Name', 'Status', 'Amount', 'Owner', 'Closed', 'Reason', 'Created'], ...rows]),
          },
          {
            columns: {
              ID: 'externalId',
              Name: 'name',
              Status: 'status',
              Amount: 'amount',
              Owner: 'owner',
              Closed: 'closedOn',
              Reason: 'lostReason',
              Created: 'createdAt',
            },
          },
        );
        expect(['completed', 'invalid', 'failed']).toContain(job.status);
        note('import', job.status === 'completed' ? 200 : 400);
        return;
      }
    }
  };

  it('sets up an org with three sellers and two product lines', async () => {
    org = await createOrgFixture(api);
    const emailOf = async (client: HttpClient) => (await client.get('/api/v1/session')).body.user.email as string;
    people = await Promise.all([org.r1, org.r2, org.m1].map(async (p) => ({ ...p, email: await emailOf(p.client) })));
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    stages = pipeline.stages;
    products = [];
    for (const name of ['Tools', 'Parts']) {
      const line = (await org.admin.client.post('/api/v1/product-lines', { name, priority: 'standard' })).body.id;
      const product = await org.admin.client.post('/api/v1/products', {
        name,
        listPrice: '35.50',
        productLineId: line,
      });
      products.push(product.body.id);
    }
  });

  it('equals the rollup rebuilt from the deals after any sequence of writes, moves, splits and imports', async () => {
    // A few deals to start from, so short random sequences still have deals to edit and move.
    for (const [who, stage] of [
      [0, 0],
      [1, 1],
      [2, 4],
      [0, 5],
      [1, 2],
      [2, 0],
    ] as const) {
      await apply({ kind: 'create', who, stage, amount: '100', eur: who === 1, lines: [who % 2], split: stage === 4 });
    }
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const step of steps) await apply(step);
        expect(await dealRollupAsKept(api.database.db, org.orgId)).toEqual(
          await dealRollupFromFacts(api.database.db, org.orgId),
        );
      }),
      { numRuns: 12 },
    );
    expect(made.length).toBeGreaterThan(5);
    expect(accepted.get('move') ?? 0).toBeGreaterThan(0);
    expect(accepted.get('edit') ?? 0).toBeGreaterThan(0);
    // An import that creates some deals and changes others, for certain.
    await apply({
      kind: 'import',
      rows: [
        { key: 7, status: 'won', amount: '100', owner: 0, created: '2026-03-01T12:00:00Z' },
        { key: 8, status: 'open', amount: '250.50', owner: 1, created: '2026-02-27T23:30:00Z' },
      ],
    });
    await apply({
      kind: 'import',
      rows: [{ key: 7, status: 'lost', amount: '120', owner: 1, created: '2026-02-27T23:30:00Z' }],
    });
    expect(accepted.get('import') ?? 0).toBeGreaterThanOrEqual(2);
    expect(await dealRollupAsKept(api.database.db, org.orgId)).toEqual(
      await dealRollupFromFacts(api.database.db, org.orgId),
    );
    const kept = await dealRollupAsKept(api.database.db, org.orgId);
    expect(kept.some((row) => row.dimension.startsWith('line:'))).toBe(true);
    await rebuildRollups(api.database.db, org.orgId);
    expect(await dealRollupAsKept(api.database.db, org.orgId)).toEqual(kept);
    // A rollup changed behind Pacer's back (a bad restore): the rebuild puts back what the deals say.
    await api.database.db.execute(
      sql`update metric_rollups set value = value + 1 where org_id = ${org.orgId} and metric = 'won_revenue'`,
    );
    await api.database.db.execute(
      sql`insert into metric_rollups (org_id, rep_id, day, metric, value) values (${org.orgId}, ${people[0]?.userId}, '2020-01-01', 'deals_won', 7)`,
    );
    await rebuildRollups(api.database.db, org.orgId);
    expect(await dealRollupAsKept(api.database.db, org.orgId)).toEqual(kept);
  });

  it('answers deal metrics from what it keeps, and the same from the deals when narrowed to a pipeline', async () => {
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    const query = 'metrics=won_revenue,deals_won,deals_created,win_rate&from=2026-01-01&to=2026-12-31&groupBy=rep';
    const kept = await org.admin.client.get(`/api/v1/metrics/values?${query}`);
    const counted = await org.admin.client.get(`/api/v1/metrics/values?${query}&pipelineId=${pipeline.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.rows.length).toBeGreaterThan(0);
    expect(counted.body.rows).toEqual(kept.body.rows);
  });
});
