import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((item) => item.name);

describeApi('products', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let line: { id: string };

  it('builds two orgs', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
  });

  it('creates, renames, archives and restores product lines; only admins write', async () => {
    const body = { name: 'Sensors', priority: 'push', description: 'Our growth line' };
    expect((await org.m1.client.post('/api/v1/product-lines', body)).status).toBe(403);
    expect((await org.r1.client.post('/api/v1/product-lines', body)).status).toBe(403);
    const created = await org.admin.client.post('/api/v1/product-lines', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Sensors', priority: 'push', productCount: 0, archivedAt: null });
    line = created.body;
    expect((await org.admin.client.post('/api/v1/product-lines', { name: 'sensors' })).status).toBe(409);
    const bad = await org.admin.client.post('/api/v1/product-lines', { name: 'Cables', priority: 'urgent' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('priority');
    const cables = await org.admin.client.post('/api/v1/product-lines', { name: 'Cables' });
    expect(cables.body.priority).toBe('standard');
    const renamed = await org.admin.client.patch(`/api/v1/product-lines/${cables.body.id}`, {
      name: 'Cables & plugs',
      priority: 'loss_leader',
    });
    expect(renamed.body).toMatchObject({ name: 'Cables & plugs', priority: 'loss_leader' });
    expect(
      (await org.admin.client.post(`/api/v1/product-lines/${cables.body.id}/archive`)).body.archivedAt,
    ).not.toBeNull();
    expect(names(await org.r1.client.get('/api/v1/product-lines'))).toEqual(['Sensors']);
    expect(names(await org.r1.client.get('/api/v1/product-lines?archived=all'))).toEqual(['Cables & plugs', 'Sensors']);
    expect((await org.admin.client.post(`/api/v1/product-lines/${cables.body.id}/restore`)).body.archivedAt).toBeNull();
    expect((await org.viewer.client.get(`/api/v1/product-lines/${line.id}`)).status).toBe(200);
    expect((await other.admin.client.get(`/api/v1/product-lines/${line.id}`)).status).toBe(404);
    expect((await other.admin.client.patch(`/api/v1/product-lines/${line.id}`, { name: 'x' })).status).toBe(404);
    expect(names(await other.admin.client.get('/api/v1/product-lines'))).toEqual([]);
  });

  it('keeps products with list price, line, differentiators and competitor products', async () => {
    const created = await org.admin.client.post('/api/v1/products', {
      name: 'Thermo 3000',
      sku: 'TH-3000',
      productLineId: line.id,
      listPrice: '19.99',
      differentiators: ['Battery lasts 5 years', 'Calibrated at the factory'],
      competitorProducts: [
        { competitor: 'Acme', product: 'Acme Temp', notes: 'Cheaper but drifts' },
        { competitor: 'Zeta' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Thermo 3000',
      sku: 'TH-3000',
      productLineName: 'Sensors',
      productLinePriority: 'push',
      listPrice: '19.99',
      currency: 'USD',
      differentiators: ['Battery lasts 5 years', 'Calibrated at the factory'],
      competitorProducts: [
        { competitor: 'Acme', product: 'Acme Temp', notes: 'Cheaper but drifts' },
        { competitor: 'Zeta', product: null, notes: null },
      ],
    });
    expect((await org.r1.client.get(`/api/v1/product-lines/${line.id}`)).body.productCount).toBe(1);
    const tiny = await org.admin.client.post('/api/v1/products', {
      name: 'Screw',
      listPrice: '0.0125',
      currency: 'eur',
    });
    expect(tiny.body).toMatchObject({ listPrice: '0.0125', currency: 'EUR', productLineId: null });
    const updated = await org.admin.client.patch(`/api/v1/products/${created.body.id}`, { listPrice: '21', sku: null });
    expect(updated.body).toMatchObject({ listPrice: '21.00', sku: null });
    expect((await org.r1.client.patch(`/api/v1/products/${created.body.id}`, { listPrice: '1' })).status).toBe(403);
    expect((await org.r1.client.get(`/api/v1/products/${created.body.id}`)).body.listPrice).toBe('21.00');
  });

  it('validates products with field paths', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', listPrice: '1' }, 'name'],
      [{ name: 'X' }, 'listPrice'],
      [{ name: 'X', listPrice: '-1' }, 'listPrice'],
      [{ name: 'X', listPrice: '1.23456' }, 'listPrice'],
      [{ name: 'X', listPrice: '1', currency: 'XYZ' }, 'currency'],
      [{ name: 'X', listPrice: '1', productLineId: unknown }, 'productLineId'],
      [{ name: 'X', listPrice: '1', competitorProducts: [{ competitor: '' }] }, 'competitorProducts.0.competitor'],
    ];
    for (const [body, path] of cases) {
      const answer = await org.admin.client.post('/api/v1/products', body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields[0].path).toBe(path);
    }
    const foreignLine = await other.admin.client.post('/api/v1/product-lines', { name: 'Theirs' });
    const linked = await org.admin.client.post('/api/v1/products', {
      name: 'X',
      listPrice: '1',
      productLineId: foreignLine.body.id,
    });
    expect(linked.status).toBe(400);
    expect((await org.admin.client.post('/api/v1/products', { name: 'thermo 3000', listPrice: '1' })).status).toBe(409);
    expect((await org.admin.client.get(`/api/v1/products/${unknown}`)).status).toBe(404);
  });

  it('lists the catalog filtered, searched and sorted, a page at a time', async () => {
    const { client } = await api.signUp({ orgName: 'Catalog Org' });
    const lineId = (await client.post('/api/v1/product-lines', { name: 'Main' })).body.id;
    for (let i = 0; i < 5; i++) {
      await client.post('/api/v1/products', {
        name: `Part ${String.fromCharCode(65 + i)}`,
        sku: `SKU-${i}`,
        listPrice: String(10 * (5 - i)),
        productLineId: i % 2 ? lineId : null,
      });
    }
    const first = await client.get('/api/v1/products?limit=2');
    expect(names(first)).toEqual(['Part A', 'Part B']);
    const second = await client.get(`/api/v1/products?limit=2&cursor=${first.body.nextCursor}`);
    expect(names(second)).toEqual(['Part C', 'Part D']);
    const third = await client.get(`/api/v1/products?limit=2&cursor=${second.body.nextCursor}`);
    expect(names(third)).toEqual(['Part E']);
    expect(third.body.nextCursor).toBeNull();
    expect(names(await client.get('/api/v1/products?sort=listPrice&limit=2'))).toEqual(['Part E', 'Part D']);
    expect(names(await client.get(`/api/v1/products?productLineId=${lineId}`))).toEqual(['Part B', 'Part D']);
    expect(names(await client.get('/api/v1/products?q=sku-3'))).toEqual(['Part D']);
    const archived = (await client.get('/api/v1/products?q=part%20e')).body.items[0];
    await client.post(`/api/v1/products/${archived.id}/archive`);
    expect(names(await client.get('/api/v1/products'))).not.toContain('Part E');
    expect(names(await client.get('/api/v1/products?archived=true'))).toEqual(['Part E']);
    expect((await client.get('/api/v1/products?sort=colour')).status).toBe(400);
  });
});
