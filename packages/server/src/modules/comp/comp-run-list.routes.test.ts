import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';
import { compFixture, february, flatPlan, january } from './comp-statements.fixture';

interface RunSummary {
  id: string;
  periodStart: string;
  repCount: number;
  lineCount: number;
  totals: { currency: string; amount: string }[];
  createdBy: string | null;
  createdByName: string | null;
}

// Every rep is paid 5 %: Rita (North) and Ed (South) win in January, Finn (North) in February.
describeApi('the list of period runs', (api) => {
  let f: Awaited<ReturnType<typeof compFixture>>;
  let other: Awaited<ReturnType<typeof compFixture>>;
  const runIds: string[] = [];
  const figures = (run: RunSummary) => [run.periodStart, run.repCount, run.lineCount, run.totals];

  it('lists admins every run, newest first, with who ran it and what it paid', async () => {
    f = await compFixture(api);
    other = await compFixture(api);
    await f.plan(flatPlan('5'), { role: 'rep' });
    await f.wonDeal(f.org.r1.client, 'Rita Jan', '2026-01-12', '1000');
    await f.wonDeal(f.org.r3.client, 'Ed Jan', '2026-01-20', '2000');
    await f.wonDeal(f.org.r2.client, 'Finn Feb', '2026-02-03', '500');
    for (const period of [january, january, february]) runIds.push((await f.run(period)).id);

    const list = await f.admin.get('/api/v1/comp-runs');
    expect(list.status).toBe(200);
    expect(list.body.items.map((run: RunSummary) => run.id)).toEqual([...runIds].reverse());
    expect(list.body.items.map(figures)).toEqual([
      ['2026-02-01', 1, 1, [{ currency: 'USD', amount: '25.00' }]],
      ['2026-01-01', 2, 2, [{ currency: 'USD', amount: '150.00' }]],
      ['2026-01-01', 2, 2, [{ currency: 'USD', amount: '150.00' }]],
    ]);
    expect(list.body.items[0]).toMatchObject({
      periodEnd: '2026-02-28',
      createdBy: f.org.admin.userId,
      createdByName: expect.any(String),
    });
    expect(list.body.nextCursor).toBeNull();
  });

  it('pages with a cursor and filters by period', async () => {
    const first = await f.admin.get('/api/v1/comp-runs?limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await f.admin.get(`/api/v1/comp-runs?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((run: RunSummary) => run.id)).toEqual([runIds[0]]);
    expect(second.body.nextCursor).toBeNull();
    const jan = await f.admin.get('/api/v1/comp-runs?periodStart=2026-01-01&periodEnd=2026-01-31');
    expect(jan.body.items.map((run: RunSummary) => run.id)).toEqual([runIds[1], runIds[0]]);
    expect((await f.admin.get('/api/v1/comp-runs?periodStart=2026-03-01')).body.items).toEqual([]);
  });

  it('sums each run over the people the reader may see, and hides runs that paid none of them', async () => {
    const rita = (await f.org.r1.client.get('/api/v1/comp-runs')).body.items;
    expect(rita.map(figures)).toEqual([
      ['2026-01-01', 1, 1, [{ currency: 'USD', amount: '50.00' }]],
      ['2026-01-01', 1, 1, [{ currency: 'USD', amount: '50.00' }]],
    ]);
    const north = (await f.org.m1.client.get('/api/v1/comp-runs')).body.items;
    expect(north.map(figures)).toEqual([
      ['2026-02-01', 1, 1, [{ currency: 'USD', amount: '25.00' }]],
      ['2026-01-01', 1, 1, [{ currency: 'USD', amount: '50.00' }]],
      ['2026-01-01', 1, 1, [{ currency: 'USD', amount: '50.00' }]],
    ]);
    const south = (await f.org.m2.client.get('/api/v1/comp-runs')).body.items;
    expect(south.map(figures)).toEqual([
      ['2026-01-01', 1, 1, [{ currency: 'USD', amount: '100.00' }]],
      ['2026-01-01', 1, 1, [{ currency: 'USD', amount: '100.00' }]],
    ]);
    const page = await f.org.m1.client.get('/api/v1/comp-runs?limit=1');
    const next = await f.org.m1.client.get(`/api/v1/comp-runs?limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items.map((run: RunSummary) => run.id)).toEqual([runIds[1]]);
    expect((await f.org.viewer.client.get('/api/v1/comp-runs')).status).toBe(403);
    expect((await other.admin.get('/api/v1/comp-runs')).body.items).toEqual([]);
    expect((await other.admin.get(`/api/v1/comp-runs/${runIds[0]}/lines`)).status).toBe(404);
  });

  it('opens one run with what it paid each rep in reach', async () => {
    const jan = await f.admin.get(`/api/v1/comp-runs/${runIds[0]}`);
    expect(jan.status).toBe(200);
    expect(jan.body).toMatchObject({ id: runIds[0], periodStart: '2026-01-01', repCount: 2, lineCount: 2 });
    expect(jan.body.reps).toEqual([
      { repId: f.org.r3.userId, repName: 'Ed External', lineCount: 1, totals: [{ currency: 'USD', amount: '100.00' }] },
      { repId: f.org.r1.userId, repName: 'Rita Inside', lineCount: 1, totals: [{ currency: 'USD', amount: '50.00' }] },
    ]);
    const rita = await f.org.r1.client.get(`/api/v1/comp-runs/${runIds[0]}`);
    expect(rita.body.reps.map((rep: { repId: string }) => rep.repId)).toEqual([f.org.r1.userId]);
    expect((await f.org.r1.client.get(`/api/v1/comp-runs/${runIds[2]}`)).status).toBe(404);
    expect((await other.admin.get(`/api/v1/comp-runs/${runIds[0]}`)).status).toBe(404);
    expect((await f.admin.get('/api/v1/comp-runs/not-a-run')).status).toBe(400);
  });

  it('rejects a bad page or period', async () => {
    for (const query of ['limit=0', 'limit=501', 'cursor=nonsense', 'periodStart=2026-02-30', 'periodEnd=yesterday']) {
      const answer = await f.admin.get(`/api/v1/comp-runs?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code, query).toBe('VALIDATION_FAILED');
    }
  });
});
