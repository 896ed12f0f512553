import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, february, flatPlan, march, type Period } from './comp-statements.fixture';

interface Line {
  componentKind: string;
  dealId: string | null;
  amount: string;
  text: string;
}

const april: Period = { periodStart: '2026-04-01', periodEnd: '2026-04-30' };
const clawback = { kind: 'clawback', id: 'claw', windowDays: 90 };
const overlay = { kind: 'commission', id: 'team', ratePercent: '1', overlay: true };

/** The clawback lines of a rep's statement of the period. */
const clawbacksOf = async (f: CompFixture, repId: string, period: Period): Promise<Line[]> => {
  const statement = await f.statementOf(f.admin, repId, period);
  const detail = await f.detail(f.admin, statement.id);
  return detail.groups
    .flatMap((group: { lines: Line[] }) => group.lines)
    .filter((line: Line) => line.componentKind === 'clawback');
};

// The test clock stands on Monday 2 March 2026: refunds and cancellations of today fall in March.
// Max manages North (Rita, Finn) and is paid a 1 % overlay on their deals; reps are paid 5 %.
describeApi('clawing back a manager’s overlay', (api) => {
  it('takes back the overlay pro rata when a team member’s split deal is refunded, then cancelled', async () => {
    const f = await compFixture(api);
    const { org } = f;
    await f.plan(flatPlan('5', [clawback]), { role: 'rep' });
    await f.plan({ components: [overlay, clawback] }, { repId: org.m1.userId });
    const big = await f.wonDeal(org.r1.client, 'Big', '2026-02-10', '10000');
    const shared = (
      await created(org.r1.client, '/api/v1/deals', {
        name: 'Shared',
        stageId: f.stages.won,
        closedOn: '2026-02-20',
        amount: '5000',
        splits: [
          { userId: org.r1.userId, percent: '60' },
          { userId: org.r2.userId, percent: '40' },
        ],
      })
    ).id as string;
    await f.run(february);
    const max = await f.statementOf(f.admin, org.m1.userId, february);
    // 1 % of Rita's 10,000 and of both parts of the shared deal (3,000 and 2,000).
    expect(max.totals).toEqual([{ currency: 'USD', amount: '150.00' }]);
    await f.signOff(max.id, org.vp.client, true);
    for (const rep of [org.r1, org.r2]) {
      await f.signOff((await f.statementOf(f.admin, rep.userId, february)).id, org.m1.client, true);
    }

    // A fifth of the shared deal is refunded: a fifth of the 50.00 Max was paid on it comes back.
    expect(
      (await f.admin.post(`/api/v1/deals/${shared}/refunds`, { amount: '1000', refundedOn: '2026-03-02' })).status,
    ).toBe(201);
    await f.run(march);
    const refunded = await clawbacksOf(f, org.m1.userId, march);
    expect(refunded.map((line) => [line.dealId, line.amount])).toEqual([[shared, '-10.00']]);
    // Max was credited with the whole deal, both parts of it: not with Rita's 60 % alone.
    expect(refunded[0]?.text).toContain('refunded on 2026-03-02 (USD 1000)');
    expect(refunded[0]?.text).toContain('20 % of USD 50.00 paid');
    // The reps give back their own fifth, untouched by the overlay.
    expect((await clawbacksOf(f, org.r1.userId, march)).map((line) => line.amount)).toEqual(['-30.00']);
    expect((await clawbacksOf(f, org.r2.userId, march)).map((line) => line.amount)).toEqual(['-20.00']);

    // March is approved; then the deal is cancelled: April takes back the rest, and only the rest.
    await f.signOff((await f.statementOf(f.admin, org.m1.userId, march)).id, org.vp.client);
    const lost = await org.r1.client.post(`/api/v1/deals/${shared}/stage`, {
      stageId: f.stages.lost,
      lostReason: 'Backed out',
    });
    expect(lost.status).toBe(200);
    await f.run(april);
    await f.run(april);
    const cancelled = await clawbacksOf(f, org.m1.userId, april);
    expect(cancelled.map((line) => [line.dealId, line.amount])).toEqual([[shared, '-40.00']]);
    expect(cancelled[0]?.text).toContain('less USD 10.00 recovered before');
    // Rita's own deal stays paid.
    expect(cancelled.some((line) => line.dealId === big)).toBe(false);
  });
});
