import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((a) => a.name);

describeApi('accounts', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;

  it('builds two orgs', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
  });

  it('creates, reads, updates, archives and restores an account, auditing each change', async () => {
    const created = await org.r1.client.post('/api/v1/accounts', {
      name: 'Acme Tools',
      domain: 'acme.example',
      industry: 'Manufacturing',
      employees: 120,
      annualRevenue: '12500000.50',
      address: { city: 'Lyon', country: 'FR' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Acme Tools',
      ownerId: org.r1.userId,
      ownerName: 'Rita Inside',
      annualRevenue: '12500000.5000',
      address: { city: 'Lyon', country: 'FR' },
      isKeyAccount: false,
      archivedAt: null,
    });
    const id = created.body.id;
    const updated = await org.r1.client.patch(`/api/v1/accounts/${id}`, { isKeyAccount: true, employees: 150 });
    expect(updated.body).toMatchObject({ isKeyAccount: true, employees: 150 });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=account');
    expect(audit.body.items[0]).toMatchObject({
      action: 'account.updated',
      entityId: id,
      data: { isKeyAccount: { from: false, to: true }, employees: { from: 120, to: 150 } },
    });
    expect((await org.r1.client.post(`/api/v1/accounts/${id}/archive`)).body.archivedAt).not.toBeNull();
    expect(names(await org.r1.client.get('/api/v1/accounts'))).not.toContain('Acme Tools');
    expect(names(await org.r1.client.get('/api/v1/accounts?archived=true'))).toContain('Acme Tools');
    expect((await org.r1.client.post(`/api/v1/accounts/${id}/restore`)).body.archivedAt).toBeNull();
  });

  it('validates input and references with a clear error', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const empty = await org.r1.client.post('/api/v1/accounts', { name: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0].path).toBe('name');
    const money = await org.r1.client.post('/api/v1/accounts', { name: 'X', annualRevenue: '1e9' });
    expect(money.body.error.fields[0].path).toBe('annualRevenue');
    for (const field of ['regionId', 'parentAccountId', 'ownerId']) {
      const answer = await org.r1.client.post('/api/v1/accounts', { name: 'X', [field]: unknown });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.fields[0].path).toBe(field);
    }
    expect((await org.r1.client.get(`/api/v1/accounts/${unknown}`)).status).toBe(404);
  });

  it('refuses a parent loop', async () => {
    const top = await org.admin.client.post('/api/v1/accounts', { name: 'Holding' });
    const child = await org.admin.client.post('/api/v1/accounts', { name: 'Subsidiary', parentAccountId: top.body.id });
    expect(child.body.parentAccountName).toBe('Holding');
    const loop = await org.admin.client.patch(`/api/v1/accounts/${top.body.id}`, { parentAccountId: child.body.id });
    expect(loop.status).toBe(400);
    expect(loop.body.error.fields[0].path).toBe('parentAccountId');
  });

  it('shows reps their own accounts, managers their team’s, admins and viewers all; other orgs never', async () => {
    const r2 = await org.r2.client.post('/api/v1/accounts', { name: 'Field Co' });
    const r3 = await org.r3.client.post('/api/v1/accounts', { name: 'Partner Co' });
    expect(names(await org.r1.client.get('/api/v1/accounts'))).not.toContain('Field Co');
    expect((await org.r1.client.get(`/api/v1/accounts/${r2.body.id}`)).status).toBe(404);
    expect((await org.r1.client.patch(`/api/v1/accounts/${r2.body.id}`, { name: 'Mine now' })).status).toBe(404);
    const m1 = names(await org.m1.client.get('/api/v1/accounts'));
    expect(m1).toEqual(expect.arrayContaining(['Acme Tools', 'Field Co']));
    expect(m1).not.toContain('Partner Co');
    expect(names(await org.vp.client.get('/api/v1/accounts'))).toEqual(
      expect.arrayContaining(['Field Co', 'Partner Co']),
    );
    expect(names(await org.viewer.client.get('/api/v1/accounts'))).toContain('Partner Co');
    expect((await org.viewer.client.post('/api/v1/accounts', { name: 'Nope' })).status).toBe(403);
    for (const client of [other.admin.client, other.r1.client]) {
      expect((await client.get(`/api/v1/accounts/${r3.body.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/accounts/${r3.body.id}`, { name: 'x' })).status).toBe(404);
      expect(names(await client.get('/api/v1/accounts?limit=500'))).not.toContain('Partner Co');
    }
    // Another org's region cannot be linked either.
    const foreignRegion = await other.admin.client.post('/api/v1/regions', { name: 'Elsewhere' });
    const linked = await org.admin.client.post('/api/v1/accounts', { name: 'X', regionId: foreignRegion.body.id });
    expect(linked.status).toBe(400);
  });

  it('sorts, filters, searches and pages with a cursor; totals count the filtered rows', async () => {
    const { client } = await api.signUp({ orgName: 'Paging Org' });
    for (let i = 0; i < 7; i++) {
      await client.post('/api/v1/accounts', {
        name: `Company ${String.fromCharCode(71 - i)}`,
        industry: i % 2 ? 'Retail' : 'Energy',
        annualRevenue: String(1000 * (i + 1)),
      });
    }
    const first = await client.get('/api/v1/accounts?limit=3&sort=name');
    expect(names(first)).toEqual(['Company A', 'Company B', 'Company C']);
    const second = await client.get(`/api/v1/accounts?limit=3&sort=name&cursor=${first.body.nextCursor}`);
    expect(names(second)).toEqual(['Company D', 'Company E', 'Company F']);
    const third = await client.get(`/api/v1/accounts?limit=3&sort=name&cursor=${second.body.nextCursor}`);
    expect(names(third)).toEqual(['Company G']);
    expect(third.body.nextCursor).toBeNull();
    const byRevenue = await client.get('/api/v1/accounts?limit=2&sort=-annualRevenue');
    expect(names(byRevenue)).toEqual(['Company A', 'Company B']);
    const next = await client.get(`/api/v1/accounts?limit=2&sort=-annualRevenue&cursor=${byRevenue.body.nextCursor}`);
    expect(names(next)).toEqual(['Company C', 'Company D']);
    expect(names(await client.get('/api/v1/accounts?industry=retail'))).toHaveLength(3);
    expect(names(await client.get('/api/v1/accounts?q=company%20f'))).toEqual(['Company F']);
    expect((await client.get('/api/v1/accounts/totals?industry=Energy')).body).toEqual({ count: 4, amounts: [] });
    expect((await client.get('/api/v1/accounts?sort=colour')).status).toBe(400);
    expect((await client.get('/api/v1/accounts?cursor=garbage')).status).toBe(400);
  });

  it('reassigns and archives in bulk, only what the caller may change', async () => {
    const mine = await org.r2.client.post('/api/v1/accounts', { name: 'Bulk One' });
    const theirs = await org.r3.client.post('/api/v1/accounts', { name: 'Bulk Two' });
    const reassigned = await org.m1.client.post('/api/v1/accounts/bulk', {
      action: 'reassign',
      ids: [mine.body.id, theirs.body.id],
      ownerId: org.r1.userId,
    });
    expect(reassigned.body).toEqual({ updated: 1 });
    expect((await org.r1.client.get(`/api/v1/accounts/${mine.body.id}`)).body.ownerId).toBe(org.r1.userId);
    expect((await org.admin.client.get(`/api/v1/accounts/${theirs.body.id}`)).body.ownerId).toBe(org.r3.userId);
    const archived = await org.r1.client.post('/api/v1/accounts/bulk', { action: 'archive', ids: [mine.body.id] });
    expect(archived.body).toEqual({ updated: 1 });
  });

  it('keeps custom field values typed', async () => {
    const field = await org.admin.client.post('/api/v1/custom-fields', {
      recordType: 'accounts',
      key: 'tier',
      label: 'Tier',
      type: 'select',
      options: ['Gold', 'Silver'],
    });
    expect(field.status).toBe(201);
    expect(
      (
        await org.r1.client.post('/api/v1/custom-fields', {
          recordType: 'accounts',
          key: 'x',
          label: 'X',
          type: 'text',
        })
      ).status,
    ).toBe(403);
    const ok = await org.r1.client.post('/api/v1/accounts', { name: 'Tiered', custom: { tier: 'Gold' } });
    expect(ok.body.custom).toEqual({ tier: 'Gold' });
    const bad = await org.r1.client.post('/api/v1/accounts', { name: 'Tiered', custom: { tier: 'Bronze' } });
    expect(bad.body.error.fields[0].path).toBe('custom.tier');
    const unknown = await org.r1.client.post('/api/v1/accounts', { name: 'Tiered', custom: { colour: 'red' } });
    expect(unknown.status).toBe(400);
    const cleared = await org.r1.client.patch(`/api/v1/accounts/${ok.body.id}`, { custom: { tier: null } });
    expect(cleared.body.custom).toEqual({});
  });
});
