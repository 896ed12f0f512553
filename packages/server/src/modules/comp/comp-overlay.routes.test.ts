import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { describeApi } from '../../testing/test-api';
import { compFixture, flatPlan, march } from './comp-statements.fixture';

interface Line {
  repId: string;
  dealId: string;
  componentId: string;
  base: string;
  amount: string;
  text: string;
  explanation: { code: string; params: Record<string, string> }[];
}

// North (Max: Rita, Finn) and South (Mia: Ed) under Sales (Vera). Reps are paid 5 %; Max is paid
// 5 % on his own deals and a 1 % overlay on North's; Vera a 0.5 % overlay on all of Sales.
describeApi('manager overlay credit', (api) => {
  let f: Awaited<ReturnType<typeof compFixture>>;
  let runId: string;
  const overlay = (rate: string) => ({ kind: 'commission', id: 'team', ratePercent: rate, overlay: true });
  const linesOf = async (repId: string): Promise<Line[]> =>
    (await f.admin.get(`/api/v1/comp-runs/${runId}/lines?repId=${repId}`)).body.lines;

  it('pays a manager’s overlay on the team’s won deals without taking credit from the reps', async () => {
    f = await compFixture(api);
    const { org } = f;
    await f.plan(flatPlan('5'), { role: 'rep' });
    await f.plan(flatPlan('5', [overlay('1')]), { repId: org.m1.userId });
    await f.plan({ components: [overlay('0.5')] }, { repId: org.vp.userId });
    await created(f.admin, '/api/v1/goals', {
      name: 'Max March',
      kind: 'quota',
      metric: 'won_revenue',
      scopeKind: 'rep',
      scopeId: org.m1.userId,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '10000',
    });
    const big = await f.wonDeal(org.r1.client, 'Big', '2026-03-03', '10000');
    const shared = (
      await created(org.r1.client, '/api/v1/deals', {
        name: 'Shared',
        stageId: f.stages.won,
        closedOn: '2026-03-09',
        amount: '5000',
        splits: [
          { userId: org.r1.userId, percent: '60' },
          { userId: org.r2.userId, percent: '40' },
        ],
      })
    ).id;
    await f.wonDeal(org.r3.client, 'South', '2026-03-12', '2000');
    const own = await f.wonDeal(org.m1.client, 'Max own', '2026-03-20', '1000');
    const run = await f.run(march);
    runId = run.id;
    const totalOf = (repId: string) => run.reps.find((rep: { repId: string }) => rep.repId === repId)?.totals;

    // Rita keeps all her credit: 10,000 × 5 % + 3,000 × 5 %.
    expect(totalOf(org.r1.userId)).toEqual([{ currency: 'USD', amount: '650.00' }]);
    // Max: 1,000 × 5 % own, and 1 % of Rita's 10,000 and 3,000 and Finn's 2,000 (Ed is not his).
    const max = await linesOf(org.m1.userId);
    expect(max.map((line) => [line.dealId, line.componentId, line.base, line.amount])).toEqual([
      [big, 'team', '10000.00', '100.00'],
      // Finn's part first: credits of one deal are ordered by every field, the amount among them.
      [shared, 'team', '2000.00', '20.00'],
      [shared, 'team', '3000.00', '30.00'],
      [own, 'base', '1000.00', '50.00'],
    ]);
    expect(max[0]?.text).toContain("overlay: Rita Inside's deal");
    expect(max[1]?.explanation[1]).toEqual({ code: 'overlay', params: { repId: org.r2.userId, rep: 'Finn Field' } });
    const maxRep = run.reps.find((rep: { repId: string }) => rep.repId === org.m1.userId);
    // His attainment counts his own deal only.
    expect(maxRep.attainment).toMatchObject({ credited: '1000.00', percent: '10.00' });
    expect(maxRep.totals).toEqual([{ currency: 'USD', amount: '200.00' }]);
    // Vera: 0.5 % of everything below her, Max's own deal included: 15,000 + 2,000 + 1,000 = 18,000 → 90.00.
    expect(totalOf(org.vp.userId)).toEqual([{ currency: 'USD', amount: '90.00' }]);
    expect((await linesOf(org.vp.userId)).every((line) => line.componentId === 'team')).toBe(true);
    // Mia has no plan: no overlay.
    expect(totalOf(org.m2.userId)).toBeUndefined();
  });

  it('keeps overlay lines private like other pay', async () => {
    const peek = await f.org.r1.client.get(`/api/v1/comp-runs/${runId}/lines?repId=${f.org.m1.userId}`);
    expect(peek.body.lines).toEqual([]);
    const own = await f.org.m1.client.get(`/api/v1/comp-runs/${runId}/lines?repId=${f.org.m1.userId}`);
    expect(own.body.lines).toHaveLength(4);
  });

  it('gives the what-if the same overlay credits as the run', async () => {
    const basis = await f.org.m1.client.get('/api/v1/me/comp-what-if-basis?period=month');
    expect(basis.status).toBe(200);
    const overlays = basis.body.input.credits.filter((credit: { overlayOf?: object }) => credit.overlayOf);
    expect(overlays.map((credit: { overlayOf: { repName: string } }) => credit.overlayOf.repName).sort()).toEqual([
      'Finn Field',
      'Rita Inside',
      'Rita Inside',
    ]);
    const rita = await f.org.r1.client.get('/api/v1/me/comp-what-if-basis?period=month');
    expect(rita.body.input.credits.some((credit: { overlayOf?: object }) => credit.overlayOf)).toBe(false);
  });

  it('takes only a flat rate for an overlay, and keeps the option on the plan', async () => {
    const tiered = {
      kind: 'commission',
      id: 'team',
      overlay: true,
      tiers: [{ fromPercent: '0', ratePercent: '1' }],
    };
    const bad = await f.admin.post('/api/v1/comp-plans', {
      name: 'Tiered overlay',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: { components: [tiered] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toContainEqual({
      path: 'terms.components.0.tiers',
      message: 'An overlay pays a flat rate',
    });
    const notBool = await f.admin.post('/api/v1/comp-plans', {
      name: 'Odd overlay',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: { components: [{ ...overlay('1'), overlay: 'yes' }] },
    });
    expect(notBool.status).toBe(400);
    const plans = (await f.admin.get('/api/v1/comp-plans')).body.items;
    const overlays: unknown[] = [];
    for (const plan of plans) {
      const detail = await f.admin.get(`/api/v1/comp-plans/${plan.id}`);
      for (const version of detail.body.versions) {
        overlays.push(...version.terms.components.filter((component: { overlay?: boolean }) => component.overlay));
      }
    }
    expect(overlays).toHaveLength(2);
    expect(overlays).toEqual(expect.arrayContaining([overlay('1'), overlay('0.5')]));
  });
});
