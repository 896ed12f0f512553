import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, february, flatPlan, march, type Period } from './comp-statements.fixture';

type Line = { componentKind: string; dealId: string | null; amount: string; text: string };
const linesOf = (detail: { groups: { lines: Line[] }[] }) => detail.groups.flatMap((group) => group.lines);
/** Lines of one day come in deal id order, and ids are random: compare them as deal → amount. */
const byDeal = (lines: { dealId: string | null; amount: string }[]) =>
  Object.fromEntries(lines.map((l) => [l.dealId, l.amount]));
const april: Period = { periodStart: '2026-04-01', periodEnd: '2026-04-30' };
const clawback = { kind: 'clawback', id: 'claw', windowDays: 30 };

/** The rep's lines of a period as [kind, deal, amount], and its totals. */
const linesIn = async (f: CompFixture, repId: string, period: Period) => {
  const statement = await f.statementOf(f.admin, repId, period);
  const detail = await f.detail(f.admin, statement.id);
  return { statement, lines: linesOf(detail), totals: detail.totals };
};

const cancel = async (f: CompFixture, client: CompFixture['admin'], dealId: string) => {
  const lost = await client.post(`/api/v1/deals/${dealId}/stage`, { stageId: f.stages.lost, lostReason: 'Backed out' });
  expect(lost.status).toBe(200);
};

const refund = async (f: CompFixture, dealId: string, amount: string, refundedOn: string) => {
  expect((await f.admin.post(`/api/v1/deals/${dealId}/refunds`, { amount, refundedOn })).status).toBe(201);
};

// The test clock stands on Monday 2 March 2026: cancellations and refunds of today fall in March.
describeApi('clawbacks after a period froze', (api) => {
  it('claws back in the next open period a deal cancelled inside a period approved before the cancellation', async () => {
    const f = await compFixture(api);
    const rep = f.org.r1;
    await f.plan(flatPlan('10', [clawback]), { repId: rep.userId });
    const deal = await f.wonDeal(rep.client, 'Early March', '2026-03-01', '3000');
    await f.run(march);
    const mar = await f.statementOf(f.admin, rep.userId, march);
    expect(mar.totals).toEqual([{ currency: 'USD', amount: '300.00' }]);
    await f.signOff(mar.id, f.org.m1.client);

    await cancel(f, rep.client, deal);
    // March is frozen: it keeps the deal won, and its own re-run recovers nothing there.
    await f.run(march);
    expect(await f.statementOf(f.admin, rep.userId, march)).toMatchObject({
      status: 'approved',
      adjustmentCount: 0,
      totals: [{ currency: 'USD', amount: '300.00' }],
    });
    await f.run(april);
    const { lines, totals } = await linesIn(f, rep.userId, april);
    expect(lines.map((l) => [l.componentKind, l.dealId, l.amount])).toEqual([['clawback', deal, '-300.00']]);
    expect(lines[0]?.text).toContain('1 days after the win on 2026-03-01 (window 30 days): 100 % of USD 300.00 paid');
    expect(totals).toEqual([{ currency: 'USD', amount: '-300.00' }]);

    // Running again recovers nothing twice, in April or in March.
    await f.run(april);
    await f.run(march);
    expect((await linesIn(f, rep.userId, april)).totals).toEqual([{ currency: 'USD', amount: '-300.00' }]);
    expect((await f.statementOf(f.admin, rep.userId, march)).adjustmentCount).toBe(0);
  });

  it('rechecks frozen periods for cancellations and refunds that came after they froze', async () => {
    const f = await compFixture(api);
    const rep = f.org.r2;
    await f.plan(flatPlan('10', [clawback]), { repId: rep.userId });
    const refunded = await f.wonDeal(rep.client, 'Refunded', '2026-02-20', '2000');
    const cancelled = await f.wonDeal(rep.client, 'Cancelled', '2026-02-21', '1000');
    await f.run(february);
    const feb = await f.statementOf(f.admin, rep.userId, february);
    await f.signOff(feb.id, f.org.m1.client, true);
    // March is run before the refund and cancellation of today, and approved after them without a new run.
    await f.run(march);
    const mar = await f.statementOf(f.admin, rep.userId, march);
    await refund(f, refunded, '500', '2026-03-02');
    await cancel(f, rep.client, cancelled);
    await f.signOff(mar.id, f.org.m1.client);

    await f.run(april);
    const { lines, totals } = await linesIn(f, rep.userId, april);
    expect(lines.every((l) => l.componentKind === 'clawback')).toBe(true);
    expect(byDeal(lines)).toEqual(
      byDeal([
        { dealId: refunded, amount: '-50.00' },
        { dealId: cancelled, amount: '-100.00' },
      ]),
    );
    expect(totals).toEqual([{ currency: 'USD', amount: '-150.00' }]);

    // A later run of March itself finds them recovered in April: no adjustment doubles them.
    await f.run(march);
    await f.run(april);
    expect((await f.statementOf(f.admin, rep.userId, march)).adjustmentCount).toBe(0);
    expect((await linesIn(f, rep.userId, april)).totals).toEqual([{ currency: 'USD', amount: '-150.00' }]);
  });

  it('never recovers more than was paid for a deal refunded, then cancelled', async () => {
    const f = await compFixture(api);
    const rep = f.org.r3;
    await f.plan(flatPlan('10', [clawback]), { repId: rep.userId });
    const both = await f.wonDeal(rep.client, 'Refunded then cancelled', '2026-02-10', '4000');
    const later = await f.wonDeal(rep.client, 'Cancelled next period', '2026-02-11', '2000');
    await f.run(february);
    const feb = await f.statementOf(f.admin, rep.userId, february);
    expect(feb.totals).toEqual([{ currency: 'USD', amount: '600.00' }]);
    await f.signOff(feb.id, f.org.m2.client, true);

    // In one period: a quarter refunded (100.00 back), then cancelled (only the other 300.00 back).
    await refund(f, both, '1000', '2026-03-02');
    await refund(f, later, '500', '2026-03-02');
    await cancel(f, rep.client, both);
    await f.run(march);
    const march1 = await linesIn(f, rep.userId, march);
    // Cancelled and refunded on the same day: the cancellation takes all 400.00, the refund nothing more.
    expect(byDeal(march1.lines)).toEqual(
      byDeal([
        { dealId: both, amount: '-400.00' },
        { dealId: later, amount: '-50.00' },
      ]),
    );
    expect(march1.totals).toEqual([{ currency: 'USD', amount: '-450.00' }]);

    // Across periods: March (a quarter of `later` back) is approved, then `later` is cancelled.
    await f.signOff(march1.statement.id, f.org.m2.client);
    await cancel(f, rep.client, later);
    await f.run(april);
    await f.run(april);
    const { lines, totals } = await linesIn(f, rep.userId, april);
    expect(lines.map((l) => [l.dealId, l.amount])).toEqual([[later, '-150.00']]);
    expect(lines[0]?.text).toContain('100 % of USD 200.00 paid is recovered, less USD 50.00 recovered before');
    expect(totals).toEqual([{ currency: 'USD', amount: '-150.00' }]);
  });
});
