import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';
import { compFixture, flatPlan, march } from './comp-statements.fixture';

// Org currency USD; Rita's plan pays 5 % in USD, and two of her March deals are in euros.
describeApi('exchange rates in the period run', (api) => {
  let f: Awaited<ReturnType<typeof compFixture>>;
  let other: Awaited<ReturnType<typeof compFixture>>;
  const rate = (from: string, to: string, value: string, effectiveOn: string) =>
    f.admin.put('/api/v1/exchange-rates', { from, to, rate: value, effectiveOn });

  it('lets admins set dated rates, replaces a pair’s rate of the same day, and lists them', async () => {
    f = await compFixture(api);
    other = await compFixture(api);
    expect((await rate('eur', 'USD', '1.0500', '2026-02-01')).body).toMatchObject({
      from: 'EUR',
      to: 'USD',
      rate: '1.05',
      effectiveOn: '2026-02-01',
    });
    const first = await rate('EUR', 'USD', '1.1', '2026-03-16');
    const replaced = await rate('EUR', 'USD', '1.2000', '2026-03-16');
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: first.body.id, rate: '1.2' });
    await rate('GBP', 'USD', '1.27', '2026-01-01');
    const list = await f.org.r1.client.get('/api/v1/exchange-rates?from=EUR');
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { rate: string; effectiveOn: string }) => [r.effectiveOn, r.rate])).toEqual([
      ['2026-03-16', '1.2'],
      ['2026-02-01', '1.05'],
    ]);
    expect((await f.admin.get('/api/v1/exchange-rates')).body.items).toHaveLength(3);
    expect((await other.admin.get('/api/v1/exchange-rates')).body.items).toEqual([]);
  });

  it('checks who sets rates and what they set', async () => {
    const body = { from: 'EUR', to: 'USD', rate: '1.1', effectiveOn: '2026-03-01' };
    expect((await f.org.m1.client.put('/api/v1/exchange-rates', body)).status).toBe(403);
    expect((await f.org.r1.client.put('/api/v1/exchange-rates', body)).status).toBe(403);
    expect((await f.org.viewer.client.get('/api/v1/exchange-rates')).status).toBe(403);
    const bad = await f.admin.put('/api/v1/exchange-rates', {
      from: 'EUX',
      to: 'EUR',
      rate: '-1',
      effectiveOn: '2026-13-01',
    });
    expect(bad.status).toBe(400);
    const paths = new Set(bad.body.error.fields.map((field: { path: string }) => field.path));
    expect([...paths].sort()).toEqual(['effectiveOn', 'from', 'rate']);
    for (const value of ['0', '0.0000', '1e3', '1,05', '1.12345678901']) {
      expect((await f.admin.put('/api/v1/exchange-rates', { ...body, rate: value })).status, value).toBe(400);
    }
    const same = await f.admin.put('/api/v1/exchange-rates', { ...body, to: 'EUR' });
    expect(same.body.error.fields).toEqual([{ path: 'to', message: 'Same currency as from' }]);
  });

  it('converts each credit at the rate in effect on its date, and shows the rate', async () => {
    await f.plan(flatPlan('5'), { repId: f.org.r1.userId });
    const euros = (name: string, closedOn: string) =>
      f.admin.post('/api/v1/deals', {
        name,
        stageId: f.stages.won,
        closedOn,
        amount: '1000',
        currency: 'EUR',
        ownerId: f.org.r1.userId,
      });
    const early = (await euros('Early', '2026-03-10')).body.id;
    const late = (await euros('Late', '2026-03-16')).body.id;
    await f.wonDeal(f.org.r1.client, 'Dollars', '2026-03-20', '2000');
    const run = await f.run(march);
    const rita = run.reps.find((rep: { repId: string }) => rep.repId === f.org.r1.userId);
    // 1,000 × 1.05 × 5 % + 1,000 × 1.2 × 5 % + 2,000 × 5 % = 52.50 + 60.00 + 100.00.
    expect(rita.totals).toEqual([{ currency: 'USD', amount: '212.50' }]);
    const lines = (await f.admin.get(`/api/v1/comp-runs/${run.id}/lines?repId=${f.org.r1.userId}`)).body.lines;
    const byDeal = new Map(lines.map((line: { dealId: string }) => [line.dealId, line]));
    expect(byDeal.get(early)).toMatchObject({ base: '1050.00', amount: '52.50' });
    expect(byDeal.get(late)).toMatchObject({ base: '1200.00', amount: '60.00' });
    expect((byDeal.get(late) as { text: string }).text).toContain('converted at 1.2 USD per EUR: USD 1200.00');
  });

  it('stops the run with a 409 naming the pair and the day when a rate is missing', async () => {
    await f.admin.post('/api/v1/deals', {
      name: 'Francs',
      stageId: f.stages.won,
      closedOn: '2026-03-05',
      amount: '500',
      currency: 'CHF',
      ownerId: f.org.r1.userId,
    });
    const run = await f.admin.post('/api/v1/comp-runs', march);
    expect(run.status).toBe(409);
    expect(run.body.error.message).toContain('no exchange rate from CHF to USD on 2026-03-05');
    expect(run.body.error.message).toContain('Rita Inside');
  });

  it('deletes a rate of the org only', async () => {
    const [gbp] = (await f.admin.get('/api/v1/exchange-rates?from=GBP')).body.items;
    expect((await other.admin.delete(`/api/v1/exchange-rates/${gbp.id}`)).status).toBe(404);
    expect((await f.org.m1.client.delete(`/api/v1/exchange-rates/${gbp.id}`)).status).toBe(403);
    expect((await f.admin.delete(`/api/v1/exchange-rates/${gbp.id}`)).status).toBe(204);
    expect((await f.admin.delete(`/api/v1/exchange-rates/${gbp.id}`)).status).toBe(404);
    expect((await f.admin.delete('/api/v1/exchange-rates/not-a-uuid')).status).toBe(400);
    const audit = await f.admin.get('/api/v1/audit-events?entity=exchange_rate');
    expect(audit.body.items.map((event: { action: string }) => event.action)).toContain('exchange_rate.deleted');
  });
});
