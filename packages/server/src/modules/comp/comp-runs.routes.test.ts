import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

// The test clock stands on Monday 2 March 2026; the run is the first quarter.
describeApi('comp period runs', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let runId: string;
  const quarter = { periodStart: '2026-01-01', periodEnd: '2026-03-31' };

  const tiered = (accelerator: string, gadget: string) => ({
    components: [
      {
        kind: 'commission',
        id: 'base',
        tiers: [
          { fromPercent: '0', ratePercent: '5' },
          { fromPercent: '100', ratePercent: accelerator },
        ],
      },
      { kind: 'product_line', id: 'lines', rules: [{ priority: 'push', multiplier: '1.5' }] },
      {
        kind: 'spiff',
        id: 'gadgets',
        productId: gadget,
        per: 'unit',
        amount: '50',
        startsOn: '2026-02-01',
        endsOn: '2026-03-31',
      },
    ],
  });

  it('pays each rep by the plan version of each deal’s day, with tiers on their quota', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const admin = org.admin.client;
    const widgets = (await created(admin, '/api/v1/product-lines', { name: 'Widgets', priority: 'push' })).id;
    const gadget = (
      await created(admin, '/api/v1/products', { name: 'Gadget', listPrice: '1000', productLineId: widgets })
    ).id;
    const basic = (await created(admin, '/api/v1/products', { name: 'Basic', listPrice: '6000' })).id;
    const plan = await created(admin, '/api/v1/comp-plans', {
      name: 'AE plan',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: tiered('8', gadget),
    });
    const v2 = await created(admin, `/api/v1/comp-plans/${plan.id}/versions`, {
      effectiveFrom: '2026-02-15',
      terms: tiered('10', gadget),
    });
    await created(admin, `/api/v1/comp-plans/${plan.id}/assignments`, { repId: org.r1.userId, startsOn: '2026-01-01' });
    const team = await created(admin, '/api/v1/comp-plans', {
      name: 'North plan',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: { components: [{ kind: 'commission', id: 'flat', ratePercent: '4' }] },
    });
    await created(admin, `/api/v1/comp-plans/${team.id}/assignments`, {
      teamId: org.teams.north,
      startsOn: '2026-01-01',
    });
    await created(admin, '/api/v1/goals', {
      name: 'Rita Q1',
      kind: 'quota',
      metric: 'won_revenue',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'quarter',
      startsOn: '2026-01-01',
      target: '10000',
    });
    const [pipeline] = (await admin.get('/api/v1/pipelines')).body.items;
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won').id;
    const deal = (name: string, closedOn: string, extra: object) =>
      created(org.r1.client, '/api/v1/deals', { name, stageId: won, closedOn, ...extra });
    const d1 = await deal('Basic', '2026-01-20', { lineItems: [{ productId: basic, quantity: '1' }] });
    const d2 = await deal('Gadgets', '2026-02-20', { lineItems: [{ productId: gadget, quantity: '4' }] });
    const d3 = await deal('Shared', '2026-03-01', {
      amount: '5000',
      splits: [
        { userId: org.r1.userId, percent: '60' },
        { userId: org.r2.userId, percent: '40' },
      ],
    });

    const run = await admin.post('/api/v1/comp-runs', quarter);
    expect(run.status).toBe(201);
    runId = run.body.id;
    const rita = run.body.reps.find((rep: { repId: string }) => rep.repId === org.r1.userId);
    expect(rita).toEqual({
      repId: org.r1.userId,
      repName: 'Rita Inside',
      totals: [{ currency: 'USD', amount: '1100.00' }],
      attainment: { credited: '13000.00', quota: '10000.00', currency: 'USD', percent: '130.00' },
      lineCount: 4,
      openCredits: 0,
    });

    const lines = await admin.get(`/api/v1/comp-runs/${runId}/lines?repId=${org.r1.userId}`);
    expect(lines.status).toBe(200);
    const v1Id = plan.versions[0].id;
    const v2Id = v2.versions[1].id;
    expect(
      lines.body.lines.map((l: Record<string, unknown>) => [
        l.dealId,
        l.planVersionId,
        l.componentId,
        l.tier,
        l.base,
        l.rate,
        l.amount,
      ]),
    ).toEqual([
      // 0–6,000 of the quota under version 1: 5 %.
      [d1.id, v1Id, 'base', 1, '6000.00', '5', '300.00'],
      // 6,000–10,000 under version 2, a pushed line: 5 % × 1.5; and 4 gadgets in the SPIFF window.
      [d2.id, v2Id, 'base', 1, '4000.00', '7.5', '300.00'],
      [d2.id, v2Id, 'gadgets', null, '4', null, '200.00'],
      // Rita's 60 % of the shared deal lies above quota: version 2's accelerator.
      [d3.id, v2Id, 'base', 2, '3000.00', '10', '300.00'],
    ]);
    expect(lines.body.lines[0].text).toContain('USD 300.00');
    const finn = await admin.get(`/api/v1/comp-runs/${runId}/lines?repId=${org.r2.userId}`);
    expect(finn.body.lines).toEqual([
      expect.objectContaining({ dealId: d3.id, base: '2000.00', rate: '4', amount: '80.00', componentId: 'flat' }),
    ]);
  });

  it('gives identical lines when run again on the same facts', async () => {
    const again = await created(org.admin.client, '/api/v1/comp-runs', quarter);
    expect(again.id).not.toBe(runId);
    const first = (await org.admin.client.get(`/api/v1/comp-runs/${runId}/lines`)).body.lines;
    const second = (await org.admin.client.get(`/api/v1/comp-runs/${again.id}/lines`)).body.lines;
    expect(second).toEqual(first);
    expect(first).toHaveLength(5);
  });

  it('shows reps their own lines and managers their people’s', async () => {
    const own = await org.r2.client.get(`/api/v1/comp-runs/${runId}/lines`);
    expect(own.body.lines.map((l: { repId: string }) => l.repId)).toEqual([org.r2.userId]);
    const peek = await org.r2.client.get(`/api/v1/comp-runs/${runId}/lines?repId=${org.r1.userId}`);
    expect(peek.body.lines).toEqual([]);
    const north = await org.m1.client.get(`/api/v1/comp-runs/${runId}/lines`);
    expect(north.body.lines).toHaveLength(5);
    expect((await org.m2.client.get(`/api/v1/comp-runs/${runId}/lines`)).body.lines).toEqual([]);
    expect((await other.admin.client.get(`/api/v1/comp-runs/${runId}/lines`)).status).toBe(404);
  });

  it('lets admins and managers run a period, and checks the period', async () => {
    expect((await org.r1.client.post('/api/v1/comp-runs', quarter)).status).toBe(403);
    expect((await org.viewer.client.post('/api/v1/comp-runs', quarter)).status).toBe(403);
    const backwards = await org.admin.client.post('/api/v1/comp-runs', {
      periodStart: '2026-03-31',
      periodEnd: '2026-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([{ path: 'periodEnd', message: 'Ends before it starts' }]);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=comp_run');
    expect(audit.body.items[0]).toMatchObject({ action: 'comp_run.created', data: { lines: 5 } });
  });
});
