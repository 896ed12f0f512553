import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const numbers = (answer: { body: { items: { number: string | null }[] } }) => answer.body.items.map((e) => e.number);
const unknown = '00000000-0000-4000-8000-000000000000';

describeApi('estimates', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let sensors: string;
  let cables: string;
  let account: string;
  let deal: string;

  it('builds two orgs, product lines, an account and a deal', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    sensors = (await org.admin.client.post('/api/v1/product-lines', { name: 'Sensors', priority: 'push' })).body.id;
    cables = (await org.admin.client.post('/api/v1/product-lines', { name: 'Cables' })).body.id;
    account = (await org.r1.client.post('/api/v1/accounts', { name: 'Initech' })).body.id;
    deal = (await org.r1.client.post('/api/v1/deals', { name: 'Initech sensors', accountId: account })).body.id;
  });

  it('creates a draft, sends it, and keeps when it was sent', async () => {
    const created = await org.r1.client.post('/api/v1/estimates', {
      number: 'Q-2026-001',
      accountId: account,
      dealId: deal,
      productLineId: sensors,
      amount: '1500',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 'Q-2026-001',
      ownerId: org.r1.userId,
      accountName: 'Initech',
      dealName: 'Initech sensors',
      productLineName: 'Sensors',
      amount: '1500.00',
      currency: 'USD',
      status: 'draft',
      estimateDate: '2026-03-02',
      sentAt: null,
    });
    const id = created.body.id;
    api.clock.advance(3600_000);
    const sent = await org.r1.client.patch(`/api/v1/estimates/${id}`, { status: 'sent' });
    expect(sent.body).toMatchObject({ status: 'sent', sentAt: '2026-03-02T10:00:00.000Z' });
    api.clock.advance(3600_000);
    const accepted = await org.r1.client.patch(`/api/v1/estimates/${id}`, { status: 'accepted' });
    expect(accepted.body).toMatchObject({ status: 'accepted', sentAt: '2026-03-02T10:00:00.000Z' });
    // A PATCH without a status keeps it: no default creeps in.
    const noted = await org.r1.client.patch(`/api/v1/estimates/${id}`, { notes: 'Called to confirm' });
    expect(noted.body).toMatchObject({ status: 'accepted', notes: 'Called to confirm' });
    api.clock.advance(-2 * 3600_000);
    const direct = await org.r1.client.post('/api/v1/estimates', {
      accountId: account,
      productLineId: cables,
      amount: '20',
      status: 'sent',
      estimateDate: '2026-02-27',
    });
    expect(direct.body).toMatchObject({ sentAt: '2026-03-02T09:00:00.000Z', estimateDate: '2026-02-27', dealId: null });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=estimate');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['estimate.created', 'estimate.updated']),
    );
    const archived = await org.r1.client.post(`/api/v1/estimates/${direct.body.id}/archive`);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await org.r1.client.post(`/api/v1/estimates/${direct.body.id}/restore`)).body.archivedAt).toBeNull();
  });

  it('validates fields and links with their paths', async () => {
    const otherAccount = (await org.r1.client.post('/api/v1/accounts', { name: 'Umbrella' })).body.id;
    const hiddenAccount = (await org.r2.client.post('/api/v1/accounts', { name: 'Hidden' })).body.id;
    const hiddenDeal = (await org.r2.client.post('/api/v1/deals', { name: 'Hidden deal' })).body.id;
    const retired = (await org.admin.client.post('/api/v1/product-lines', { name: 'Retired' })).body.id;
    await org.admin.client.post(`/api/v1/product-lines/${retired}/archive`);
    const foreignLine = (await other.admin.client.post('/api/v1/product-lines', { name: 'Theirs' })).body.id;
    const base = { accountId: account, productLineId: sensors, amount: '10' };
    const cases: [Record<string, unknown>, string][] = [
      [{ productLineId: sensors, amount: '10' }, 'accountId'],
      [{ accountId: account, amount: '10' }, 'productLineId'],
      [{ ...base, amount: undefined }, 'amount'],
      [{ ...base, amount: '1.234' }, 'amount'],
      [{ ...base, amount: '5.5', currency: 'JPY' }, 'amount'],
      [{ ...base, status: 'lost' }, 'status'],
      [{ ...base, estimateDate: '2026-13-01' }, 'estimateDate'],
      [{ ...base, accountId: unknown }, 'accountId'],
      [{ ...base, accountId: hiddenAccount }, 'accountId'],
      [{ ...base, productLineId: unknown }, 'productLineId'],
      [{ ...base, productLineId: retired }, 'productLineId'],
      [{ ...base, productLineId: foreignLine }, 'productLineId'],
      [{ ...base, dealId: hiddenDeal }, 'dealId'],
      [{ ...base, accountId: otherAccount, dealId: deal }, 'dealId'],
      [{ ...base, ownerId: other.r1.userId }, 'ownerId'],
    ];
    for (const [body, path] of cases) {
      const answer = await org.r1.client.post('/api/v1/estimates', body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields[0].path, JSON.stringify(body)).toBe(path);
    }
    const [first] = (await org.r1.client.get('/api/v1/estimates')).body.items;
    const moved = await org.r1.client.patch(`/api/v1/estimates/${first.id}`, { accountId: otherAccount });
    expect(moved.body.error.fields[0].path).toBe('dealId');
    expect((await org.r1.client.get(`/api/v1/estimates/${unknown}`)).status).toBe(404);
    const bulk = await org.r1.client.post('/api/v1/estimates/bulk', {
      action: 'change_stage',
      ids: [first.id],
      stageId: unknown,
    });
    expect(bulk.body.error.fields[0].path).toBe('action');
  });

  it('shows reps their own estimates and those at their accounts, managers their team’s; never another org’s', async () => {
    const r2Account = (await org.r2.client.post('/api/v1/accounts', { name: 'Field account' })).body.id;
    await org.r2.client.post('/api/v1/estimates', {
      number: 'R2',
      accountId: r2Account,
      productLineId: cables,
      amount: '5',
    });
    const r3Account = (await org.r3.client.post('/api/v1/accounts', { name: 'External account' })).body.id;
    const r3 = await org.r3.client.post('/api/v1/estimates', {
      number: 'R3',
      accountId: r3Account,
      productLineId: cables,
      amount: '7',
    });
    expect(numbers(await org.r1.client.get('/api/v1/estimates'))).not.toContain('R2');
    expect(numbers(await org.r2.client.get('/api/v1/estimates'))).toEqual(['R2']);
    expect(numbers(await org.r3.client.get('/api/v1/estimates'))).toEqual(['R3']);
    const m1 = numbers(await org.m1.client.get('/api/v1/estimates'));
    expect(m1).toEqual(expect.arrayContaining(['R2', 'Q-2026-001']));
    expect(m1).not.toContain('R3');
    expect(numbers(await org.viewer.client.get('/api/v1/estimates'))).toContain('R3');
    expect((await org.viewer.client.post('/api/v1/estimates', { accountId: r3Account })).status).toBe(403);
    expect((await org.r1.client.get(`/api/v1/estimates/${r3.body.id}`)).status).toBe(404);
    for (const client of [other.admin.client, other.r3.client]) {
      expect((await client.get(`/api/v1/estimates/${r3.body.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/estimates/${r3.body.id}`, { amount: '1' })).status).toBe(404);
      expect(numbers(await client.get('/api/v1/estimates'))).toEqual([]);
    }
    const reassigned = await org.m1.client.post('/api/v1/estimates/bulk', {
      action: 'reassign',
      ids: [r3.body.id],
      ownerId: org.r1.userId,
    });
    expect(reassigned.body).toEqual({ updated: 0 });
  });

  it('filters, sorts and totals the list', async () => {
    expect(numbers(await org.r1.client.get('/api/v1/estimates?status=accepted'))).toEqual(['Q-2026-001']);
    expect(numbers(await org.r1.client.get(`/api/v1/estimates?productLineId=${cables}`))).toEqual([null]);
    expect(numbers(await org.r1.client.get('/api/v1/estimates?from=2026-02-01&to=2026-02-28'))).toEqual([null]);
    expect(numbers(await org.r1.client.get(`/api/v1/estimates?dealId=${deal}`))).toEqual(['Q-2026-001']);
    expect(numbers(await org.r1.client.get('/api/v1/estimates?q=2026-001'))).toEqual(['Q-2026-001']);
    expect(numbers(await org.r1.client.get('/api/v1/estimates?sort=amount'))).toEqual([null, 'Q-2026-001']);
    expect((await org.r1.client.get('/api/v1/estimates/totals')).body).toEqual({
      count: 2,
      amounts: [{ currency: 'USD', sum: '1520.00' }],
    });
  });

  it('counts and sums estimates by rep × product line × month', async () => {
    const team = await createOrgFixture(api);
    const line = async (name: string) => (await team.admin.client.post('/api/v1/product-lines', { name })).body.id;
    const [alpha, beta] = [await line('Alpha'), await line('Beta')];
    const accountOf = async (rep: typeof team.r1) =>
      (await rep.client.post('/api/v1/accounts', { name: `Account of ${rep.userId}` })).body.id;
    const [a1, a2, a3] = [await accountOf(team.r1), await accountOf(team.r2), await accountOf(team.r3)];
    const rows: [typeof team.r1, string, string, string, string, string, string?][] = [
      [team.r1, a1, alpha, '2026-03-02', 'sent', '100.10'],
      [team.r1, a1, alpha, '2026-03-31', 'accepted', '0.20'],
      [team.r1, a1, alpha, '2026-03-15', 'sent', '50', 'EUR'],
      [team.r1, a1, alpha, '2026-02-28', 'rejected', '10'],
      [team.r1, a1, beta, '2026-03-10', 'draft', '999'],
      [team.r2, a2, beta, '2026-03-05', 'sent', '40'],
      [team.r3, a3, beta, '2026-03-06', 'sent', '70'],
      [team.r1, a1, alpha, '2026-04-01', 'sent', '5'],
    ];
    for (const [rep, accountId, productLineId, estimateDate, status, amount, currency] of rows) {
      const answer = await rep.client.post('/api/v1/estimates', {
        accountId,
        productLineId,
        estimateDate,
        status,
        amount,
        currency,
      });
      expect(answer.status).toBe(201);
    }
    const summary = await team.admin.client.get('/api/v1/estimates/summary?from=2026-02-01&to=2026-03-31');
    expect(summary.status).toBe(200);
    expect(summary.body.rows).toEqual([
      {
        ownerId: team.r3.userId,
        ownerName: 'Ed External',
        productLineId: beta,
        productLineName: 'Beta',
        month: '2026-03',
        count: 1,
        amounts: [{ currency: 'USD', sum: '70.00' }],
      },
      expect.objectContaining({ ownerName: 'Finn Field', productLineName: 'Beta', month: '2026-03', count: 1 }),
      expect.objectContaining({
        ownerName: 'Rita Inside',
        productLineName: 'Alpha',
        month: '2026-02',
        count: 1,
        amounts: [{ currency: 'USD', sum: '10.00' }],
      }),
      expect.objectContaining({
        ownerName: 'Rita Inside',
        productLineName: 'Alpha',
        month: '2026-03',
        count: 3,
        amounts: [
          { currency: 'EUR', sum: '50.00' },
          { currency: 'USD', sum: '100.30' },
        ],
      }),
    ]);
    const all = await team.admin.client.get('/api/v1/estimates/summary?from=2026-03-01&to=2026-03-31&status=all');
    expect(
      all.body.rows.find(
        (r: { productLineName: string; ownerName: string }) =>
          r.ownerName === 'Rita Inside' && r.productLineName === 'Beta',
      ),
    ).toMatchObject({ count: 1 });
    const rep = await team.r1.client.get('/api/v1/estimates/summary?from=2026-02-01&to=2026-03-31');
    expect(rep.body.rows.map((r: { ownerName: string }) => r.ownerName)).toEqual(['Rita Inside', 'Rita Inside']);
    const manager = await team.m1.client.get('/api/v1/estimates/summary?from=2026-03-01&to=2026-03-31');
    expect(manager.body.rows.map((r: { ownerName: string }) => r.ownerName)).toEqual(['Finn Field', 'Rita Inside']);
    const south = await team.admin.client.get(
      `/api/v1/estimates/summary?from=2026-03-01&to=2026-03-31&teamId=${team.teams.south}`,
    );
    expect(south.body.rows.map((r: { ownerName: string }) => r.ownerName)).toEqual(['Ed External']);
    const byLine = await team.admin.client.get(
      `/api/v1/estimates/summary?from=2026-01-01&to=2026-12-31&productLineId=${alpha}`,
    );
    expect(byLine.body.rows.map((r: { month: string }) => r.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    const backwards = await team.admin.client.get('/api/v1/estimates/summary?from=2026-03-31&to=2026-03-01');
    expect(backwards.status).toBe(400);
    expect((await team.admin.client.get('/api/v1/estimates/summary?from=2026-03-01')).status).toBe(400);
    const foreign = await other.admin.client.get('/api/v1/estimates/summary?from=2026-01-01&to=2026-12-31');
    expect(foreign.body.rows).toEqual([]);
  });
});
