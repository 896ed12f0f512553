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
});
