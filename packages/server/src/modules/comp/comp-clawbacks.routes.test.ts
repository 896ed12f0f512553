import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, february, flatPlan, january, march } from './comp-statements.fixture';

type Line = { componentKind: string; dealId: string | null; amount: string; text: string };
const linesOf = (detail: { groups: { lines: Line[] }[] }) => detail.groups.flatMap((group) => group.lines);

// The test clock stands on Monday 2 March 2026: a deal moved to lost now is cancelled on that day.
describeApi('comp statements carry draws and claw back', (api) => {
  let f: CompFixture;
  let cancelled: string;
  let refunded: string;

  it('carries a recoverable draw from an approved statement into the next period', async () => {
    f = await compFixture(api);
    const draw = { kind: 'draw', id: 'draw', amount: '1000', recoverable: true };
    await f.plan(flatPlan('10', [draw]), { repId: f.org.r1.userId });
    await f.wonDeal(f.org.r1.client, 'Small', '2026-01-20', '3000');
    await f.wonDeal(f.org.r1.client, 'Large', '2026-02-10', '15000');
    await f.run(january);
    const jan = await f.statementOf(f.admin, f.org.r1.userId, january);
    const janDetail = await f.detail(f.admin, jan.id);
    expect(janDetail.totals).toEqual([{ currency: 'USD', amount: '1000.00' }]);
    expect(janDetail.drawBalance).toBe('700');
    expect(linesOf(janDetail).map((l) => [l.componentKind, l.amount])).toEqual([
      ['commission', '300.00'],
      ['draw', '700.00'],
    ]);

    // Before January is approved, nothing is carried: February pays its commission in full.
    await f.run(february);
    const feb = await f.statementOf(f.admin, f.org.r1.userId, february);
    expect(feb.totals).toEqual([{ currency: 'USD', amount: '1500.00' }]);

    await f.signOff(jan.id, f.org.m1.client);
    await f.run(february);
    const recovered = await f.detail(f.admin, feb.id);
    expect(linesOf(recovered).map((l) => [l.componentKind, l.amount])).toEqual([
      ['commission', '1500.00'],
      ['draw', '-500.00'],
    ]);
    expect(linesOf(recovered)[1]?.text).toContain('700.00 of earlier draws outstanding, 500.00 recovered');
    expect(recovered.totals).toEqual([{ currency: 'USD', amount: '1000.00' }]);
    expect(recovered.drawBalance).toBe('200');
  });

  it('claws back a paid deal cancelled 20 days after the win, and a refund pro rata, in the next period', async () => {
    const clawback = { kind: 'clawback', id: 'claw', windowDays: 30 };
    await f.plan(flatPlan('10', [clawback]), { repId: f.org.r2.userId });
    cancelled = await f.wonDeal(f.org.r2.client, 'Cancelled', '2026-02-10', '4000');
    refunded = await f.wonDeal(f.org.r2.client, 'Refunded', '2026-02-12', '2000');
    await f.run(february);
    const feb = await f.statementOf(f.admin, f.org.r2.userId, february);
    expect(feb.totals).toEqual([{ currency: 'USD', amount: '600.00' }]);
    await f.signOff(feb.id, f.org.m1.client, true);

    const lost = await f.org.r2.client.post(`/api/v1/deals/${cancelled}/stage`, {
      stageId: f.stages.lost,
      lostReason: 'Customer backed out',
    });
    expect(lost.status).toBe(200);
    const refund = await f.admin.post(`/api/v1/deals/${refunded}/refunds`, {
      amount: '500',
      refundedOn: '2026-03-05',
      reason: 'Partial return',
    });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({
      dealId: refunded,
      amount: '500.00',
      currency: 'USD',
      refundedOn: '2026-03-05',
    });

    await f.run(march);
    const mar = await f.statementOf(f.org.r2.client, f.org.r2.userId, march);
    const detail = await f.detail(f.org.r2.client, mar.id);
    const lines = linesOf(detail);
    expect(lines.map((l) => [l.componentKind, l.dealId, l.amount])).toEqual([
      ['clawback', cancelled, '-400.00'],
      ['clawback', refunded, '-50.00'],
    ]);
    expect(lines[0]?.text).toContain('20 days after the win on 2026-02-10 (window 30 days): 100 % of USD 400.00 paid');
    expect(lines[1]?.text).toContain('25 % of USD 200.00 paid is recovered');
    expect(detail.totals).toEqual([{ currency: 'USD', amount: '-450.00' }]);
  });

  it('keeps a cancelled deal won in its frozen period, so a re-run there books no second recovery', async () => {
    await f.run(february);
    const feb = await f.statementOf(f.admin, f.org.r2.userId, february);
    expect(feb).toMatchObject({ status: 'paid', totals: [{ currency: 'USD', amount: '600.00' }], adjustmentCount: 0 });
    const mar = await f.statementOf(f.admin, f.org.r2.userId, march);
    expect(mar).toMatchObject({ adjustmentCount: 0, totals: [{ currency: 'USD', amount: '-450.00' }] });
  });

  it('takes refunds from admins only, on won deals, never more than the deal', async () => {
    const refund = (client: typeof f.admin, id: string, body: object) =>
      client.post(`/api/v1/deals/${id}/refunds`, body);
    expect((await refund(f.org.r2.client, refunded, { amount: '10', refundedOn: '2026-03-05' })).status).toBe(403);
    const tooMuch = await refund(f.admin, refunded, { amount: '1500.01', refundedOn: '2026-03-06' });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.fields).toEqual([{ path: 'amount', message: 'More than is left to refund (1500.00)' }]);
    const early = await refund(f.admin, refunded, { amount: '10', refundedOn: '2026-02-01' });
    expect(early.body.error.fields).toEqual([{ path: 'refundedOn', message: 'Before the deal was won (2026-02-12)' }]);
    const zero = await refund(f.admin, refunded, { amount: '0', refundedOn: '2026-03-06' });
    expect(zero.body.error.fields).toEqual([{ path: 'amount', message: 'Must be > 0' }]);
    expect((await refund(f.admin, cancelled, { amount: '10', refundedOn: '2026-03-06' })).status).toBe(409);
    const other = await createOrgFixture(api);
    expect((await refund(other.admin.client, refunded, { amount: '10', refundedOn: '2026-03-06' })).status).toBe(404);
    const audit = await f.admin.get('/api/v1/audit-events?entity=deal');
    expect(audit.body.items[0]).toMatchObject({ action: 'comp_refund.created', data: { amount: '500' } });
  });
});
