import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, february, flatPlan, january } from './comp-statements.fixture';

// The test clock stands on Monday 2 March 2026; January and February are closed months.
describeApi('comp statements', (api) => {
  let f: CompFixture;
  let rita: string;
  let finn: string;
  let dealA: string;
  let dealB: string;
  const inJanuary = `periodStart=${january.periodStart}&periodEnd=${january.periodEnd}`;

  it('opens a draft statement per rep from a run, lines grouped by component', async () => {
    f = await compFixture(api);
    await f.plan(flatPlan('5'), { role: 'rep' });
    dealA = await f.wonDeal(f.org.r1.client, 'Acme', '2026-01-10', '2000');
    dealB = await f.wonDeal(f.org.r2.client, 'Bolt', '2026-01-15', '1000');
    const run = await f.run(january);
    expect(run.reps).toHaveLength(3);

    const list = await f.admin.get(`/api/v1/comp-statements?${inJanuary}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { repName: string; status: string }) => [s.repName, s.status])).toEqual([
      ['Ed External', 'draft'],
      ['Finn Field', 'draft'],
      ['Rita Inside', 'draft'],
    ]);
    rita = list.body.items[2].id;
    finn = list.body.items[1].id;
    const detail = await f.detail(f.org.r1.client, rita);
    expect(detail).toMatchObject({
      repId: f.org.r1.userId,
      periodStart: '2026-01-01',
      periodEnd: '2026-01-31',
      status: 'draft',
      runId: run.id,
      totals: [{ currency: 'USD', amount: '100.00' }],
      lineCount: 1,
      adjustments: [],
      inquiries: [],
      attainment: null,
      openCredits: [],
    });
    expect(detail.groups).toEqual([
      expect.objectContaining({
        componentKind: 'commission',
        componentId: 'base',
        totals: [{ currency: 'USD', amount: '100.00' }],
      }),
    ]);
    expect(detail.groups[0].lines[0]).toMatchObject({ dealId: dealA, amount: '100.00', position: 1, inquiryIds: [] });
    expect(detail.groups[0].lines[0].text).toContain('5 % of USD 2000.00 = USD 100.00');
    // The page names the plan and each group's component from the versions the lines came from.
    expect(detail.plans).toEqual([
      expect.objectContaining({ version: 1, components: [{ id: 'base', kind: 'commission', name: null }] }),
    ]);
  });

  it('shows reps only their own, managers their people’s, viewers and other orgs nothing', async () => {
    const own = await f.org.r1.client.get(`/api/v1/comp-statements?${inJanuary}`);
    expect(own.body.items.map((s: { id: string }) => s.id)).toEqual([rita]);
    expect((await f.org.r1.client.get(`/api/v1/comp-statements/${finn}`)).status).toBe(404);
    expect((await f.org.m1.client.get(`/api/v1/comp-statements/${rita}`)).status).toBe(200);
    expect((await f.org.m2.client.get(`/api/v1/comp-statements/${rita}`)).status).toBe(404);
    expect((await f.org.m2.client.get(`/api/v1/comp-statements?${inJanuary}`)).body.items).toHaveLength(1);
    expect((await f.org.viewer.client.get('/api/v1/comp-statements')).status).toBe(403);
    expect((await f.org.viewer.client.get(`/api/v1/comp-statements/${rita}`)).status).toBe(403);
    const other = await createOrgFixture(api);
    expect((await other.admin.client.get(`/api/v1/comp-statements/${rita}`)).status).toBe(404);
    expect((await other.admin.client.post(`/api/v1/comp-statements/${rita}/approve`)).status).toBe(404);
    const fields = async (query: string) => {
      const bad = await f.admin.get(`/api/v1/comp-statements?${query}`);
      expect(bad.status).toBe(400);
      return bad.body.error.fields.map((field: { path: string }) => field.path);
    };
    expect(await fields('status=done')).toEqual(['querystring.status']);
    expect(await fields('periodStart=2026-02-01&periodEnd=2026-01-01')).toEqual(['querystring.periodEnd']);
    expect(await fields('repId=nope')).toEqual(['querystring.repId']);
    const paged = await f.admin.get(`/api/v1/comp-statements?${inJanuary}&limit=2`);
    const rest = await f.admin.get(`/api/v1/comp-statements?${inJanuary}&limit=2&cursor=${paged.body.nextCursor}`);
    expect(rest.body.items.map((s: { id: string }) => s.id)).toEqual([rita]);
  });

  it('goes draft → reviewed (manager) → approved → paid (admin), each step once and audited', async () => {
    const step = (client: typeof f.admin, name: string) => client.post(`/api/v1/comp-statements/${rita}/${name}`);
    expect((await step(f.org.r1.client, 'review')).status).toBe(403);
    expect((await step(f.org.m2.client, 'review')).status).toBe(404);
    expect((await step(f.admin, 'approve')).status).toBe(409);
    const reviewed = await step(f.org.m1.client, 'review');
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'reviewed', reviewedBy: f.org.m1.userId });
    expect((await step(f.org.m1.client, 'approve')).status).toBe(403);
    expect((await step(f.admin, 'pay')).status).toBe(409);
    expect((await step(f.admin, 'approve')).body).toMatchObject({ status: 'approved', approvedBy: f.org.admin.userId });
    const paid = await step(f.admin, 'pay');
    expect(paid.body).toMatchObject({ status: 'paid', paidBy: f.org.admin.userId });
    expect(paid.body.paidAt).not.toBeNull();
    const again = await step(f.admin, 'pay');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('this one is paid');
    const audit = await f.admin.get('/api/v1/audit-events?entity=comp_statement');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'comp_statement.paid',
      'comp_statement.approved',
      'comp_statement.reviewed',
    ]);
    expect(audit.body.items[0].data).toMatchObject({
      status: { from: 'approved', to: 'paid' },
      repId: f.org.r1.userId,
    });
  });

  it('keeps an approved statement as it was and books a later change in the next period', async () => {
    expect((await f.org.r1.client.patch(`/api/v1/deals/${dealA}`, { amount: '3000' })).status).toBe(200);
    const rerun = await f.run(january);
    const paid = await f.detail(f.admin, rita);
    expect(paid).toMatchObject({ status: 'paid', totals: [{ currency: 'USD', amount: '100.00' }], adjustments: [] });
    expect(paid.runId).not.toBe(rerun.id);
    expect(paid.groups[0].lines[0].amount).toBe('100.00');

    const next = await f.statementOf(f.org.r1.client, f.org.r1.userId, february);
    expect(next).toMatchObject({ status: 'draft', runId: null, totals: [{ currency: 'USD', amount: '50.00' }] });
    const { adjustments } = await f.detail(f.org.r1.client, next.id);
    expect(adjustments).toEqual([
      expect.objectContaining({
        kind: 'recomputed',
        sourceStatementId: rita,
        sourcePeriod: { start: '2026-01-01', end: '2026-01-31' },
        componentKind: 'commission',
        componentId: 'base',
        dealId: dealA,
        amount: '50.00',
        before: '100.00',
        after: '150.00',
        createdBy: f.org.admin.userId,
      }),
    ]);
    expect(adjustments[0].reason).toContain('was USD 100.00, now USD 150.00');

    // The same facts again add nothing: the frozen amount counts the adjustment already made.
    await f.run(january);
    expect((await f.detail(f.admin, next.id)).adjustments).toHaveLength(1);
    const audit = await f.admin.get('/api/v1/audit-events?entity=comp_adjustment');
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'comp_adjustment.created', data: { amount: '50.00' } });

    // February's own run fills the statement's lines in; the adjustment stays with it.
    const feb = await f.run(february);
    const filled = await f.detail(f.admin, next.id);
    expect(filled).toMatchObject({ runId: feb.id, totals: [{ currency: 'USD', amount: '50.00' }] });
    expect(filled.adjustments).toHaveLength(1);
  });

  it('refreshes an open statement, sending a reviewed one whose pay changed back to draft', async () => {
    expect((await f.org.m1.client.post(`/api/v1/comp-statements/${finn}/review`)).status).toBe(200);
    await f.run(january);
    expect((await f.detail(f.admin, finn)).status).toBe('reviewed');
    expect((await f.org.r2.client.patch(`/api/v1/deals/${dealB}`, { amount: '1200' })).status).toBe(200);
    const run = await f.run(january);
    const back = await f.detail(f.admin, finn);
    expect(back).toMatchObject({ status: 'draft', runId: run.id, reviewedBy: null, adjustments: [] });
    expect(back.totals).toEqual([{ currency: 'USD', amount: '60.00' }]);
    const audit = await f.admin.get('/api/v1/audit-events?entity=comp_statement');
    expect(audit.body.items[0]).toMatchObject({
      action: 'comp_statement.reopened',
      entityId: finn,
      data: { status: { from: 'reviewed', to: 'draft' }, because: 'run' },
    });
  });
});
