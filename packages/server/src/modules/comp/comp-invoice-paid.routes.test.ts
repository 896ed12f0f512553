import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, february, flatPlan, january, type Period } from './comp-statements.fixture';

// The test clock stands on Monday 2 March 2026; January and February are closed months. Ed, the
// external rep, is paid 10 % of each deal once its invoice is paid; Mia manages his team.
describeApi('comp: pay once the invoice is paid', (api) => {
  let f: CompFixture;
  let ed: string;
  let acme: string;
  let bolt: string;
  let core: string;

  const markPaid = (dealId: string, invoicePaidOn: string | null) =>
    f.admin.patch(`/api/v1/deals/${dealId}`, { invoicePaidOn });
  const statement = async (period: Period) => {
    const listed = await f.statementOf(f.admin, ed, period);
    return f.detail(f.admin, listed.id);
  };
  const paidDeals = (detail: { groups: { lines: { dealId: string; amount: string; date: string }[] }[] }) =>
    detail.groups.flatMap((group) => group.lines.map((line) => [line.dealId, line.amount, line.date]));
  const heldDeals = (detail: { openCredits: { dealId: string; reason: string }[] }) =>
    detail.openCredits.map((credit) => [credit.dealId, credit.reason]);

  it('holds a won deal open until its invoice is paid', async () => {
    f = await compFixture(api);
    ed = f.org.r3.userId;
    await f.plan({ payOnlyWhenInvoicePaid: true, ...flatPlan('10') }, { repId: ed });
    acme = await f.wonDeal(f.org.r3.client, 'Acme', '2026-01-10', '1000');
    expect((await f.admin.get(`/api/v1/deals/${acme}`)).body.invoicePaidOn).toBeNull();

    const run = await f.run(january);
    expect(run.reps.find((rep: { repId: string }) => rep.repId === ed)).toMatchObject({ lineCount: 0, openCredits: 1 });
    const held = await statement(january);
    expect(paidDeals(held)).toEqual([]);
    expect(heldDeals(held)).toEqual([[acme, 'invoice_unpaid']]);
  });

  it('pays it on the next run of its open period once the invoice is marked paid', async () => {
    const marked = await markPaid(acme, '2026-01-25');
    expect(marked.status).toBe(200);
    expect(marked.body.invoicePaidOn).toBe('2026-01-25');
    const audit = await f.admin.get('/api/v1/audit-events?entity=deal');
    expect(audit.body.items.find((event: { entityId: string }) => event.entityId === acme)).toMatchObject({
      action: 'deal.updated',
      data: { invoicePaidOn: { from: null, to: '2026-01-25' } },
    });

    await f.run(january);
    const paid = await statement(january);
    expect(paidDeals(paid)).toEqual([[acme, '100.00', '2026-01-10']]);
    expect(heldDeals(paid)).toEqual([]);
  });

  it('pays an invoice paid after the period ends in the period it was paid in, once', async () => {
    bolt = await f.wonDeal(f.org.r3.client, 'Bolt', '2026-01-20', '2000');
    await f.run(january);
    expect((await markPaid(bolt, '2026-02-10')).status).toBe(200);

    // January still holds it: its invoice was not paid by the end of January.
    await f.run(january);
    expect(heldDeals(await statement(january))).toEqual([[bolt, 'invoice_unpaid']]);
    await f.run(february);
    await f.run(february);
    expect(paidDeals(await statement(february))).toEqual([[bolt, '200.00', '2026-02-10']]);
  });

  it('turns an invoice paid within a frozen period into an adjustment of the next open one', async () => {
    core = await f.wonDeal(f.org.r3.client, 'Core', '2026-01-28', '500');
    await f.run(january);
    const jan = await statement(january);
    expect(heldDeals(jan)).toEqual([
      [bolt, 'invoice_unpaid'],
      [core, 'invoice_unpaid'],
    ]);
    await f.signOff(jan.id, f.org.m2.client);
    expect((await markPaid(core, '2026-01-30')).status).toBe(200);

    await f.run(january);
    const frozen = await statement(january);
    expect(frozen).toMatchObject({ status: 'approved', totals: [{ currency: 'USD', amount: '100.00' }] });
    const feb = await statement(february);
    expect(feb.adjustments).toEqual([
      expect.objectContaining({
        kind: 'recomputed',
        sourceStatementId: jan.id,
        dealId: core,
        amount: '50.00',
        before: '0.00',
        after: '50.00',
      }),
    ]);
    // Bolt's invoice was paid in February: the frozen January statement still holds it, February pays it.
    await f.run(february);
    expect(paidDeals(await statement(february))).toEqual([[bolt, '200.00', '2026-02-10']]);
  });

  it('rejects a day that is not a date, in the future or on a deal that is not won, changing nothing', async () => {
    const open = (await created(f.org.r3.client, '/api/v1/deals', { name: 'Dyna', stageId: f.stages.open })).id;
    for (const [dealId, invoicePaidOn] of [
      [core, '2026-02-30'],
      [core, '30.01.2026'],
      [core, '2026-03-03'],
      [open, '2026-02-01'],
    ] as const) {
      const answer = await markPaid(dealId, invoicePaidOn);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await markPaid(open, '2026-02-01')).body.error.message).toContain('Only a won deal');
    expect((await f.admin.get(`/api/v1/deals/${open}`)).body.invoicePaidOn).toBeNull();
    expect((await f.admin.get(`/api/v1/deals/${core}`)).body.invoicePaidOn).toBe('2026-01-30');
  });

  it('lets only admins mark an invoice paid, and no one of another org', async () => {
    const own = await f.org.r3.client.patch(`/api/v1/deals/${acme}`, { invoicePaidOn: null });
    expect(own.status).toBe(403);
    // The deal sent back as it is does not count as marking it.
    expect((await f.org.r3.client.patch(`/api/v1/deals/${acme}`, { invoicePaidOn: '2026-01-25' })).status).toBe(200);
    const other = await createOrgFixture(api);
    expect((await other.admin.client.patch(`/api/v1/deals/${acme}`, { invoicePaidOn: null })).status).toBe(404);
    expect((await f.admin.get(`/api/v1/deals/${acme}`)).body.invoicePaidOn).toBe('2026-01-25');
  });

  it('gives the what-if the credits as the run sees them', async () => {
    const invoices = async (period: string) => {
      const basis = await f.org.r3.client.get(`/api/v1/me/comp-what-if-basis?period=${period}`);
      expect(basis.status).toBe(200);
      return basis.body.input.credits.map((credit: { dealId: string; invoicePaid: boolean }) => [
        credit.dealId,
        credit.invoicePaid,
      ]);
    };
    expect(await invoices('quarter')).toEqual(
      expect.arrayContaining([
        [acme, true],
        [bolt, true],
        [core, true],
      ]),
    );
    const echo = await f.wonDeal(f.org.r3.client, 'Echo', '2026-03-01', '300');
    expect(await invoices('month')).toEqual([[echo, false]]);
    expect((await markPaid(echo, '2026-03-02')).status).toBe(200);
    expect(await invoices('month')).toEqual([[echo, true]]);
  });
});
