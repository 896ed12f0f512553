import { expect, it } from 'vitest';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

// The test clock stands on Monday 2 March 2026.
describeApi('goal breakdowns', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let goal: string;

  it('compares a goal’s metric by month and quarter with the two years before', async () => {
    org = await createOrgFixture(api);
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won').id;
    const line = (await created(org.admin.client, '/api/v1/product-lines', { name: 'Widgets', priority: 'push' })).id;
    const widget = (
      await created(org.admin.client, '/api/v1/products', { name: 'W', listPrice: '100', productLineId: line })
    ).id;
    const deal = (client: HttpClient, closedOn: string, body: Record<string, unknown>) =>
      created(client, '/api/v1/deals', { name: `Deal ${closedOn}`, stageId: won, closedOn, ...body });
    await deal(org.r1.client, '2024-03-05', { amount: '50' });
    await deal(org.r1.client, '2025-03-10', { amount: '100' });
    await deal(org.r1.client, '2026-03-02', { lineItems: [{ productId: widget, quantity: '2' }] });
    await deal(org.r2.client, '2026-02-11', { amount: '30' });
    goal = (
      await created(org.admin.client, '/api/v1/goals', {
        name: 'Revenue 2026',
        metric: 'won_revenue',
        scopeKind: 'org',
        periodKind: 'year',
        startsOn: '2026-01-01',
        target: '1000',
      })
    ).id;
    const answer = await org.r1.client.get(`/api/v1/goals/${goal}/year-over-year`);
    expect(answer.status).toBe(200);
    expect(answer.body.years).toEqual([
      '2026-01-01 – 2026-03-02',
      '2025-01-01 – 2025-12-31',
      '2024-01-01 – 2024-12-31',
    ]);
    expect(answer.body.months).toHaveLength(12);
    expect(answer.body.months.slice(1, 4)).toEqual([
      { month: '2026-02', values: ['30.00', '0.00', '0.00'] },
      { month: '2026-03', values: ['200.00', '100.00', '50.00'] },
      { month: '2026-04', values: [null, '0.00', '0.00'] },
    ]);
    expect(answer.body.quarters.slice(0, 2)).toEqual([
      { quarter: 1, values: ['230.00', '100.00', '50.00'] },
      { quarter: 2, values: [null, '0.00', '0.00'] },
    ]);
    expect(answer.body.totals).toEqual(['230.00', '100.00', '50.00']);
  });

  it('shows who and which product line made the number, each person only what they may see', async () => {
    const admin = await org.admin.client.get(`/api/v1/goals/${goal}/contributions`);
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ from: '2026-01-01', to: '2026-03-02' });
    expect(admin.body.byRep).toEqual([
      { repId: org.r1.userId, repName: 'Rita Inside', value: '200.00' },
      { repId: org.r2.userId, repName: 'Finn Field', value: '30.00' },
    ]);
    expect(admin.body.byProductLine).toEqual([expect.objectContaining({ name: 'Widgets', value: '200.00' })]);
    const rep = await org.r2.client.get(`/api/v1/goals/${goal}/contributions`);
    expect(rep.body.byRep).toEqual([{ repId: org.r2.userId, repName: 'Finn Field', value: '30.00' }]);
  });

  it('lists the deals behind the number, each rep’s credited share, and narrows them to one rep', async () => {
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won').id;
    const shared = await created(org.r2.client, '/api/v1/deals', {
      name: 'Shared win',
      stageId: won,
      closedOn: '2026-02-20',
      amount: '500',
      splits: [
        { userId: org.r2.userId, percent: '60' },
        { userId: org.r1.userId, percent: '40' },
      ],
    });
    const admin = await org.admin.client.get(`/api/v1/goals/${goal}/facts`);
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ source: 'deals', from: '2026-01-01', to: '2026-03-02', total: 4 });
    expect(
      admin.body.items.map((i: { title: string; repName: string; value: string }) => [i.title, i.repName, i.value]),
    ).toEqual([
      ['Shared win', 'Finn Field', '300.00'],
      ['Deal 2026-03-02', 'Rita Inside', '200.00'],
      ['Shared win', 'Rita Inside', '200.00'],
      ['Deal 2026-02-11', 'Finn Field', '30.00'],
    ]);
    expect(admin.body.items[0]).toMatchObject({ id: shared.id, kind: 'deal', sharePercent: '60', day: '2026-02-20' });
    const one = await org.admin.client.get(`/api/v1/goals/${goal}/facts?repId=${org.r1.userId}&limit=1`);
    expect(one.body.total).toBe(2);
    expect(one.body.items.map((i: { title: string }) => i.title)).toEqual(['Deal 2026-03-02']);
    const rep = await org.r2.client.get(`/api/v1/goals/${goal}/facts`);
    expect(rep.body.items.every((i: { repId: string }) => i.repId === org.r2.userId)).toBe(true);
    const other = await org.r3.client.get(`/api/v1/goals/${goal}/facts?repId=${org.r1.userId}`);
    expect(other.body.total).toBe(0);
    const bad = await org.admin.client.get(`/api/v1/goals/${goal}/facts?limit=5000`);
    expect(bad.status).toBe(400);
  });

  it('lists the activities behind an activity quota', async () => {
    const quota = await created(org.m1.client, '/api/v1/goals', {
      name: 'Calls this week',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'week',
      startsOn: '2026-03-02',
      target: '40',
    });
    const call = await created(org.r1.client, '/api/v1/activities', {
      type: 'call',
      subject: 'Intro call',
      completedAt: '2026-03-02T09:00:00Z',
    });
    await created(org.r1.client, '/api/v1/activities', { type: 'visit', completedAt: '2026-03-02T10:00:00Z' });
    const answer = await org.m1.client.get(`/api/v1/goals/${quota.id}/facts`);
    expect(answer.body).toMatchObject({ source: 'activities', total: 1 });
    expect(answer.body.items).toEqual([
      expect.objectContaining({ id: call.id, kind: 'activity', title: 'Intro call', repName: 'Rita Inside' }),
    ]);
    const outside = await org.m1.client.get(`/api/v1/goals/${quota.id}/facts?repId=${org.r2.userId}`);
    expect(outside.status).toBe(404);
  });

  it('shows a rep’s quota attainment this month, quarter and year against last year', async () => {
    await created(org.m1.client, '/api/v1/goals', {
      name: 'Rita Q1',
      kind: 'quota',
      metric: 'won_revenue',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'quarter',
      startsOn: '2026-01-01',
      target: '900',
    });
    const answer = await org.r1.client.get('/api/v1/goals/attainment');
    expect(answer.status).toBe(200);
    // Won so far: 200 on 2 March, and 40 % of the 500 shared on 20 February. March holds 22 of
    // the quarter's 64 working days: 900 × 22 / 64 = 309.375.
    expect(answer.body.spans).toEqual([
      expect.objectContaining({ period: 'month', actual: '200.00', quota: '309.38', attainmentPercent: '64.6' }),
      expect.objectContaining({ period: 'quarter', actual: '400.00', quota: '900.00', attainmentPercent: '44.4' }),
      expect.objectContaining({ period: 'year', start: '2026-01-01', actual: '400.00', quota: '900.00' }),
    ]);
    expect(answer.body.spans[0]).toMatchObject({ lastYear: '0.00', changePercent: null });
    const manager = await org.m1.client.get(`/api/v1/goals/attainment?repId=${org.r1.userId}`);
    expect(manager.body.spans[1].actual).toBe('400.00');
    expect((await org.r2.client.get(`/api/v1/goals/attainment?repId=${org.r1.userId}`)).status).toBe(404);
  });
});
