import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((item) => item.name);
const unknown = '00000000-0000-4000-8000-000000000000';

describeApi('deals', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let line: string;
  let widget: string;
  let stages: Record<string, string>;

  it('builds two orgs and a catalog', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    line = (await org.admin.client.post('/api/v1/product-lines', { name: 'Widgets', priority: 'push' })).body.id;
    widget = (
      await org.admin.client.post('/api/v1/products', { name: 'Widget', listPrice: '19.99', productLineId: line })
    ).body.id;
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    stages = Object.fromEntries(pipeline.stages.map((s: { name: string; id: string }) => [s.name, s.id]));
  });

  it('creates a deal on the default pipeline’s first stage, in the org currency, with its first history row', async () => {
    const created = await org.r1.client.post('/api/v1/deals', { name: 'Acme pilot', amount: '1200.5' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Acme pilot',
      ownerId: org.r1.userId,
      ownerName: 'Rita Inside',
      stageId: stages.Prospecting,
      stageName: 'Prospecting',
      stageKind: 'open',
      probability: 10,
      amount: '1200.50',
      currency: 'USD',
      closedOn: null,
      lineItems: [],
      splits: [],
      contacts: [],
      stageEnteredAt: '2026-03-02T09:00:00.000Z',
    });
    const history = await org.r1.client.get(`/api/v1/deals/${created.body.id}/stage-changes`);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        fromStageId: null,
        toStageId: stages.Prospecting,
        toStageName: 'Prospecting',
        changedById: org.r1.userId,
        changedByName: 'Rita Inside',
        fromOwnerId: null,
        toOwnerId: org.r1.userId,
        handoff: false,
        amount: '1200.50',
      }),
    ]);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=deal');
    expect(audit.body.items[0]).toMatchObject({ action: 'deal.created', entityId: created.body.id });
  });

  it('totals line items exactly: 3 × 19.99 less 10 % is 53.97, and the deal is worth their sum', async () => {
    const created = await org.r1.client.post('/api/v1/deals', {
      name: 'Widget order',
      amount: '999',
      lineItems: [
        { productId: widget, quantity: '3', discountPercent: '10' },
        { productName: 'Installation', unitPrice: '150' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.amount).toBe('203.97');
    expect(created.body.lineItems).toEqual([
      expect.objectContaining({
        productId: widget,
        productName: 'Widget',
        productLineId: line,
        quantity: '3',
        unitPrice: '19.99',
        discountPercent: '10',
        total: '53.97',
      }),
      expect.objectContaining({ productId: null, productName: 'Installation', quantity: '1', total: '150.00' }),
    ]);
    const id = created.body.id;
    // A new currency re-totals the lines with its minor unit.
    const yen = await org.r1.client.patch(`/api/v1/deals/${id}`, { currency: 'JPY' });
    expect(yen.body).toMatchObject({ currency: 'JPY', amount: '204' });
    expect(yen.body.lineItems.map((l: { total: string }) => l.total)).toEqual(['54', '150']);
    const replaced = await org.r1.client.patch(`/api/v1/deals/${id}`, {
      currency: 'USD',
      lineItems: [{ productId: widget, quantity: '0.5', unitPrice: '0.03' }],
    });
    expect(replaced.body).toMatchObject({ amount: '0.02', lineItems: [expect.objectContaining({ total: '0.02' })] });
    const cleared = await org.r1.client.patch(`/api/v1/deals/${id}`, { lineItems: [], amount: '10' });
    expect(cleared.body).toMatchObject({ amount: '10.00', lineItems: [] });
    await org.r1.client.patch(`/api/v1/deals/${id}`, { lineItems: [{ productId: widget }] });
    expect(names(await org.r1.client.get(`/api/v1/deals?productLineId=${line}`))).toEqual(['Widget order']);
  });

  it('keeps what a PATCH leaves out (no defaults creep in)', async () => {
    const created = await org.r1.client.post('/api/v1/deals', { name: 'Keep me', amount: '750' });
    const renamed = await org.r1.client.patch(`/api/v1/deals/${created.body.id}`, { name: 'Kept' });
    expect(renamed.body).toMatchObject({ name: 'Kept', amount: '750.00' });
  });

  it('validates every field with its path', async () => {
    const foreignStage = (await other.admin.client.get('/api/v1/pipelines')).body.items[0].stages[0].id;
    const euro = (
      await org.admin.client.post('/api/v1/products', { name: 'Euro part', listPrice: '5', currency: 'EUR' })
    ).body.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: ' ' }, 'name'],
      [{ name: 'X', amount: '1.234' }, 'amount'],
      [{ name: 'X', amount: '-5' }, 'amount'],
      [{ name: 'X', amount: '10.5', currency: 'JPY' }, 'amount'],
      [{ name: 'X', currency: 'EURO' }, 'currency'],
      [{ name: 'X', lineItems: [{ quantity: '2' }] }, 'lineItems.0.productName'],
      [{ name: 'X', lineItems: [{ productName: 'Service' }] }, 'lineItems.0.unitPrice'],
      [{ name: 'X', lineItems: [{ unitPrice: '2' }] }, 'lineItems.0.productName'],
      [{ name: 'X', lineItems: [{ productId: unknown }] }, 'lineItems.0.productId'],
      [{ name: 'X', lineItems: [{ productId: widget, discountPercent: '120' }] }, 'lineItems.0.discountPercent'],
      [{ name: 'X', lineItems: [{ productId: euro }] }, 'lineItems.0.unitPrice'],
      [
        { name: 'X', lineItems: [{ productName: 'Big', quantity: '999999999', unitPrice: '999999999' }] },
        'lineItems.0.quantity',
      ],
      [{ name: 'X', splits: [{ userId: org.r1.userId, percent: '90' }] }, 'splits'],
      [{ name: 'X', splits: [{ userId: unknown, percent: '100' }] }, 'splits.0.userId'],
      [{ name: 'X', splits: [{ userId: other.r1.userId, percent: '100' }] }, 'splits.0.userId'],
      [{ name: 'X', stageId: unknown }, 'stageId'],
      [{ name: 'X', stageId: foreignStage }, 'stageId'],
      [{ name: 'X', pipelineId: unknown }, 'pipelineId'],
      [{ name: 'X', accountId: unknown }, 'accountId'],
      [{ name: 'X', contactIds: [unknown] }, 'contactIds.0'],
      [{ name: 'X', sourceLeadId: unknown }, 'sourceLeadId'],
      [{ name: 'X', ownerId: other.r1.userId }, 'ownerId'],
      [{ name: 'X', closedOn: '2026-02-01' }, 'closedOn'],
      [{ name: 'X', closedOn: '2026-02-30' }, 'closedOn'],
      [{ name: 'X', stageId: stages.Lost }, 'lostReason'],
      [{ name: 'X', expectedCloseDate: 'soon' }, 'expectedCloseDate'],
    ];
    for (const [body, path] of cases) {
      const answer = await org.r1.client.post('/api/v1/deals', body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields[0].path, JSON.stringify(body)).toBe(path);
    }
    expect((await org.r1.client.get(`/api/v1/deals/${unknown}`)).status).toBe(404);
    expect((await org.r1.client.patch(`/api/v1/deals/${unknown}`, { name: 'x' })).status).toBe(404);
    expect((await api.client().get('/api/v1/deals')).status).toBe(401);
    expect((await org.viewer.client.post('/api/v1/deals', { name: 'Nope' })).status).toBe(403);
  });

  it('links an account, visible contacts and a credit split; split partners see the deal', async () => {
    const account = await org.r1.client.post('/api/v1/accounts', { name: 'Globex' });
    const contact = await org.r1.client.post('/api/v1/contacts', { lastName: 'Simpson', accountId: account.body.id });
    const hidden = await org.r3.client.post('/api/v1/contacts', { lastName: 'Hidden' });
    expect(contact.status).toBe(201);
    const denied = await org.r1.client.post('/api/v1/deals', { name: 'X', contactIds: [hidden.body.id] });
    expect(denied.body.error.fields[0].path).toBe('contactIds.0');
    const created = await org.r1.client.post('/api/v1/deals', {
      name: 'Globex rollout',
      accountId: account.body.id,
      contactIds: [contact.body.id],
      amount: '5000',
      splits: [
        { userId: org.r1.userId, percent: '66.6667', role: 'ae' },
        { userId: org.r3.userId, percent: '33.3333', role: 'sdr' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      accountName: 'Globex',
      contacts: [{ contactId: contact.body.id, name: 'Simpson', role: null }],
      splits: [
        { userId: org.r1.userId, userName: 'Rita Inside', percent: '66.6667', role: 'ae' },
        { userId: org.r3.userId, userName: 'Ed External', percent: '33.3333', role: 'sdr' },
      ],
    });
    // The external rep and their manager see it through the split; the other team's rep does not.
    expect((await org.r3.client.get(`/api/v1/deals/${created.body.id}`)).status).toBe(200);
    expect(names(await org.r3.client.get('/api/v1/deals'))).toContain('Globex rollout');
    expect(names(await org.m2.client.get('/api/v1/deals'))).toContain('Globex rollout');
    expect((await org.r2.client.get(`/api/v1/deals/${created.body.id}`)).status).toBe(404);
    const unsplit = await org.r1.client.patch(`/api/v1/deals/${created.body.id}`, { splits: [] });
    expect(unsplit.body.splits).toEqual([]);
    expect((await org.r3.client.get(`/api/v1/deals/${created.body.id}`)).status).toBe(404);
    const badSplit = await org.r1.client.patch(`/api/v1/deals/${created.body.id}`, {
      splits: [
        { userId: org.r1.userId, percent: '50' },
        { userId: org.r2.userId, percent: '49.99' },
      ],
    });
    expect(badSplit.body.error.fields[0].path).toBe('splits');
  });

  it('shows reps their own deals and those at their accounts, managers their team’s, never another org’s', async () => {
    const r2Deal = await org.r2.client.post('/api/v1/deals', { name: 'Field deal', amount: '10' });
    const r3Deal = await org.r3.client.post('/api/v1/deals', { name: 'External deal', amount: '20' });
    const r2Account = await org.r2.client.post('/api/v1/accounts', { name: 'Field account' });
    // A deal r1 owns at r2's account: r2 sees it through the account.
    const atAccount = await org.r1.client.post('/api/v1/deals', { name: 'At field account' });
    await org.admin.client.patch(`/api/v1/deals/${atAccount.body.id}`, { accountId: r2Account.body.id });
    expect(names(await org.r2.client.get('/api/v1/deals'))).toEqual(
      expect.arrayContaining(['Field deal', 'At field account']),
    );
    expect(names(await org.r1.client.get('/api/v1/deals'))).not.toContain('Field deal');
    expect((await org.r1.client.patch(`/api/v1/deals/${r2Deal.body.id}`, { name: 'Mine' })).status).toBe(404);
    expect(names(await org.r3.client.get('/api/v1/deals'))).toEqual(['External deal']);
    const m1 = names(await org.m1.client.get('/api/v1/deals?limit=500'));
    expect(m1).toEqual(expect.arrayContaining(['Field deal', 'Acme pilot']));
    expect(m1).not.toContain('External deal');
    expect(names(await org.vp.client.get('/api/v1/deals?limit=500'))).toContain('External deal');
    expect(names(await org.viewer.client.get('/api/v1/deals?limit=500'))).toContain('External deal');
    for (const client of [other.admin.client, other.r1.client]) {
      expect((await client.get(`/api/v1/deals/${r3Deal.body.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/deals/${r3Deal.body.id}`, { name: 'x' })).status).toBe(404);
      expect((await client.post(`/api/v1/deals/${r3Deal.body.id}/archive`)).status).toBe(404);
      expect((await client.get(`/api/v1/deals/${r3Deal.body.id}/stage-changes`)).status).toBe(404);
      expect(names(await client.get('/api/v1/deals?limit=500'))).not.toContain('External deal');
    }
  });

  it('filters, sorts, pages and totals per currency', async () => {
    const { client } = await api.signUp({ orgName: 'List Org', currency: 'EUR' });
    const [pipeline] = (await client.get('/api/v1/pipelines')).body.items;
    const byName = Object.fromEntries(pipeline.stages.map((s: { name: string; id: string }) => [s.name, s.id]));
    const rows: [string, string, string | undefined, string, string | null][] = [
      ['Alpha', '100.10', undefined, 'Prospecting', '2026-04-01'],
      ['Bravo', '200.20', 'USD', 'Proposal', '2026-05-01'],
      ['Charlie', '300.30', undefined, 'Won', null],
      ['Delta', '400', undefined, 'Negotiation', '2026-03-15'],
      ['Echo', '0.01', 'USD', 'Lost', null],
    ];
    for (const [name, amount, currency, stage, expectedCloseDate] of rows) {
      const answer = await client.post('/api/v1/deals', {
        name,
        amount,
        currency,
        stageId: byName[stage],
        expectedCloseDate,
        lostReason: stage === 'Lost' ? 'No budget' : undefined,
      });
      expect(answer.status, name).toBe(201);
    }
    const first = await client.get('/api/v1/deals?sort=name&limit=2');
    expect(names(first)).toEqual(['Alpha', 'Bravo']);
    const second = await client.get(`/api/v1/deals?sort=name&limit=2&cursor=${first.body.nextCursor}`);
    expect(names(second)).toEqual(['Charlie', 'Delta']);
    expect(names(await client.get('/api/v1/deals?sort=-amount&limit=2'))).toEqual(['Delta', 'Charlie']);
    expect(names(await client.get('/api/v1/deals?sort=stage'))).toEqual(['Alpha', 'Bravo', 'Delta', 'Charlie', 'Echo']);
    expect(names(await client.get('/api/v1/deals?sort=-stage&limit=1'))).toEqual(['Echo']);
    const stagePage = await client.get('/api/v1/deals?sort=stage&limit=2');
    expect(names(await client.get(`/api/v1/deals?sort=stage&limit=3&cursor=${stagePage.body.nextCursor}`))).toEqual([
      'Delta',
      'Charlie',
      'Echo',
    ]);
    expect(names(await client.get('/api/v1/deals?sort=expectedCloseDate&stageKind=open'))).toEqual([
      'Delta',
      'Alpha',
      'Bravo',
    ]);
    expect(names(await client.get('/api/v1/deals?stageKind=won'))).toEqual(['Charlie']);
    expect(names(await client.get(`/api/v1/deals?stageId=${byName.Proposal}`))).toEqual(['Bravo']);
    expect(names(await client.get('/api/v1/deals?closedFrom=2026-03-02&closedTo=2026-03-02&sort=name'))).toEqual([
      'Charlie',
      'Echo',
    ]);
    expect(names(await client.get('/api/v1/deals?expectedFrom=2026-04-01&expectedTo=2026-04-30'))).toEqual(['Alpha']);
    expect(names(await client.get('/api/v1/deals?minAmount=200.2&maxAmount=300.3&sort=name'))).toEqual([
      'Bravo',
      'Charlie',
    ]);
    expect(names(await client.get('/api/v1/deals?q=elt'))).toEqual(['Delta']);
    const totals = await client.get('/api/v1/deals/totals');
    expect(totals.body).toEqual({
      count: 5,
      amounts: [
        { currency: 'EUR', sum: '800.40' },
        { currency: 'USD', sum: '200.21' },
      ],
    });
    expect((await client.get('/api/v1/deals/totals?stageKind=open')).body.count).toBe(3);
    expect((await client.get('/api/v1/deals?sort=colour')).status).toBe(400);
    expect((await client.get('/api/v1/deals?stageKind=maybe')).body.error.fields[0].path).toBe('querystring.stageKind');
  });

  it('edits close fields only as the stage allows, and archives and restores', async () => {
    const won = await org.r1.client.post('/api/v1/deals', {
      name: 'Closed one',
      stageId: stages.Won,
      closedOn: '2026-02-20',
    });
    expect(won.body).toMatchObject({ stageKind: 'won', closedOn: '2026-02-20' });
    expect((await org.r1.client.patch(`/api/v1/deals/${won.body.id}`, { closedOn: '2026-02-21' })).body.closedOn).toBe(
      '2026-02-21',
    );
    const cleared = await org.r1.client.patch(`/api/v1/deals/${won.body.id}`, { closedOn: null });
    expect(cleared.body.error.fields[0].path).toBe('closedOn');
    const open = await org.r1.client.post('/api/v1/deals', { name: 'Open one' });
    const dated = await org.r1.client.patch(`/api/v1/deals/${open.body.id}`, { closedOn: '2026-02-21' });
    expect(dated.body.error.fields[0].path).toBe('closedOn');
    const archived = await org.r1.client.post(`/api/v1/deals/${open.body.id}/archive`);
    expect(archived.body.archivedAt).not.toBeNull();
    expect(names(await org.r1.client.get('/api/v1/deals?limit=500'))).not.toContain('Open one');
    expect(names(await org.r1.client.get('/api/v1/deals?archived=true'))).toEqual(['Open one']);
    const moved = await org.r1.client.post(`/api/v1/deals/${open.body.id}/stage`, { stageId: stages.Qualified });
    expect(moved.status).toBe(409);
    expect((await org.r1.client.post(`/api/v1/deals/${open.body.id}/restore`)).body.archivedAt).toBeNull();
  });

  it('reaches the deals at a rep’s accounts when the rep owns a thousand of them', async () => {
    const [first] = await queryRows<{ id: string }>(
      api.database.db,
      sql`insert into accounts (org_id, owner_id, name)
          select ${org.orgId}, ${org.r2.userId}, 'Bulk account ' || n from generate_series(1, 1001) n
          returning id`,
    );
    const atBulk = await org.admin.client.post('/api/v1/deals', {
      name: 'At a bulk account',
      ownerId: org.r1.userId,
      accountId: first?.id,
    });
    expect(atBulk.status).toBe(201);
    expect((await org.r2.client.get(`/api/v1/deals/${atBulk.body.id}`)).status).toBe(200);
    expect(names(await org.r2.client.get('/api/v1/deals?q=bulk'))).toEqual(['At a bulk account']);
    const elsewhere = await org.admin.client.post('/api/v1/deals', { name: 'Bulk elsewhere', ownerId: org.r1.userId });
    expect((await org.r2.client.get(`/api/v1/deals/${elsewhere.body.id}`)).status).toBe(404);
    await api.database.db.execute(sql`delete from deals where org_id = ${org.orgId} and id = ${atBulk.body.id}`);
    await api.database.db.execute(sql`delete from accounts where org_id = ${org.orgId} and name like 'Bulk account %'`);
    await org.admin.client.post(`/api/v1/deals/${elsewhere.body.id}/archive`);
  });
});
