import { type CompCalculationInput, calculateEarnings } from '@pacer/core';
import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

// The test clock stands on Monday 2 March 2026: the quarter is Q1, the month March.
describeApi('comp what-if basis', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let dealId: string;
  let planVersionId: string;

  it('gives a rep the engine input of the quarter so far: plan days, quota and own credits', async () => {
    org = await createOrgFixture(api);
    const admin = org.admin.client;
    const plan = await created(admin, '/api/v1/comp-plans', {
      name: 'AE plan',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: {
        components: [
          {
            kind: 'commission',
            id: 'base',
            tiers: [
              { fromPercent: '0', ratePercent: '5' },
              { fromPercent: '100', ratePercent: '10' },
            ],
          },
        ],
      },
    });
    planVersionId = plan.versions[0].id;
    await created(admin, `/api/v1/comp-plans/${plan.id}/assignments`, { repId: org.r1.userId, startsOn: '2026-02-01' });
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
    dealId = (
      await created(org.r1.client, '/api/v1/deals', {
        name: 'Basic',
        stageId: won,
        closedOn: '2026-02-10',
        amount: '8000',
      })
    ).id;
    await created(org.r2.client, '/api/v1/deals', {
      name: 'Not Rita’s',
      stageId: won,
      closedOn: '2026-02-11',
      amount: '900',
    });

    const answer = await org.r1.client.get('/api/v1/me/comp-what-if-basis');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.on).toBe('2026-03-02');
    expect(answer.body.periodKind).toBe('quarter');
    const input = answer.body.input as CompCalculationInput;
    expect(input.period).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(input.quota).toEqual({ amount: '10000.0000', currency: 'USD' });
    expect(input.assignments).toEqual([
      expect.objectContaining({
        startsOn: '2026-02-01',
        endsOn: '2026-03-31',
        plan: expect.objectContaining({ id: planVersionId, currency: 'USD' }),
      }),
    ]);
    expect(input.credits).toEqual([
      expect.objectContaining({
        dealId,
        repId: org.r1.userId,
        kind: 'won',
        value: { amount: '8000.00', currency: 'USD' },
      }),
    ]);
    expect(input.carried).toEqual({ drawBalance: '0', paidLines: [], achievedGoalIds: [] });
  });

  it('is what the browser adds a deal to: a 4,000 deal crosses 100 % into the accelerator', async () => {
    // The same engine the what-if page runs, on what the endpoint answered.
    const { body } = await org.r1.client.get('/api/v1/me/comp-what-if-basis');
    const input = body.input as CompCalculationInput;
    const before = calculateEarnings(input);
    const after = calculateEarnings({
      ...input,
      credits: [
        ...input.credits,
        {
          dealId: 'what-if',
          repId: org.r1.userId,
          kind: 'won',
          value: { amount: '4000.00', currency: 'USD' },
          units: '0',
          productId: null,
          productLineId: null,
          productLinePriority: null,
          date: body.on,
          splitPercent: '100',
          invoicePaid: false,
        },
      ],
    });
    expect(before.totals).toEqual([{ currency: 'USD', amount: '400.00' }]);
    // 2,000 up to quota at 5 %, 2,000 above it at 10 %.
    expect(after.totals).toEqual([{ currency: 'USD', amount: '700.00' }]);
    expect(after.lines.filter((line) => line.dealId === 'what-if').map((line) => line.tier)).toEqual([1, 2]);
  });

  it('cuts the month on request, and leaves a rep without a plan with none', async () => {
    const month = await org.r1.client.get('/api/v1/me/comp-what-if-basis?period=month');
    expect(month.body.input.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    // No quota for exactly March, and the February deal is outside it.
    expect(month.body.input.quota).toBeNull();
    expect(month.body.input.credits).toEqual([]);
    const finn = await org.r2.client.get('/api/v1/me/comp-what-if-basis');
    expect(finn.body.input.assignments).toEqual([]);
    expect(finn.body.input.credits).toHaveLength(1);
    expect((await org.r1.client.get('/api/v1/me/comp-what-if-basis?period=year')).status).toBe(400);
  });

  it('refuses the signed-out and viewers, who have no pay to see', async () => {
    expect((await api.client().get('/api/v1/me/comp-what-if-basis')).status).toBe(401);
    expect((await org.viewer.client.get('/api/v1/me/comp-what-if-basis')).status).toBe(403);
  });
});
