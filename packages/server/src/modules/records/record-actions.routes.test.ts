import { expect, it } from 'vitest';
import type { HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

interface RecordType {
  path: string;
  noun: string;
  /** What the bulk route says when asked to change stages; deals have stages. */
  noStages?: string;
  /** A new record's fields; `productLine` is one of the creator's org. */
  body: (client: HttpClient, productLine: string) => Promise<Record<string, unknown>>;
}

/**
 * The rules every owned record type shares (external ids unique in the org; archive, restore and
 * bulk actions only on what the caller may change, each change audited once), walked type by type.
 */
describeApi('record actions', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let productLine: string;
  let otherLine: string;

  const types: RecordType[] = [
    { path: 'accounts', noun: 'account', noStages: 'Accounts have no stages', body: async () => ({ name: 'A' }) },
    { path: 'contacts', noun: 'contact', noStages: 'Contacts have no stages', body: async () => ({ lastName: 'C' }) },
    {
      path: 'leads',
      noun: 'lead',
      noStages: 'Leads have no stages',
      body: async () => ({ lastName: 'L', source: 'event' }),
    },
    { path: 'deals', noun: 'deal', body: async () => ({ name: 'D', amount: '10' }) },
    {
      path: 'estimates',
      noun: 'estimate',
      noStages: 'Estimates have no stages',
      body: async (client, productLineId) => ({
        accountId: (await client.post('/api/v1/accounts', { name: 'Estimated' })).body.id,
        productLineId,
        amount: '10',
      }),
    },
    {
      path: 'activities',
      noun: 'activity',
      noStages: 'Activities have no stages',
      body: async () => ({ type: 'call' }),
    },
  ];

  const create = async (
    client: HttpClient,
    type: RecordType,
    extra: Record<string, unknown> = {},
    line = productLine,
  ) => {
    const answer = await client.post(`/api/v1/${type.path}`, { ...(await type.body(client, line)), ...extra });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return answer.body.id as string;
  };
  type AuditEvent = { action: string; entityId: string; data: unknown };
  const auditOf = async (noun: string, id: string): Promise<{ action: string; data: unknown }[]> =>
    (await org.admin.client.get(`/api/v1/audit-events?entity=${noun}&limit=500`)).body.items
      .filter((event: AuditEvent) => event.entityId === id)
      .map((event: AuditEvent) => ({ action: event.action, data: event.data }));

  it('builds two orgs and a product line', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    productLine = (await org.admin.client.post('/api/v1/product-lines', { name: 'Sensors' })).body.id;
    otherLine = (await other.admin.client.post('/api/v1/product-lines', { name: 'Sensors' })).body.id;
  });

  for (const type of types) {
    it(`${type.path}: an external id is taken once in the org, whoever owns the record`, async () => {
      const externalId = `ext-${type.path}`;
      const first = await create(org.r1.client, type, { externalId });
      const taken = await org.r3.client.post(`/api/v1/${type.path}`, {
        ...(await type.body(org.r3.client, productLine)),
        externalId,
      });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toEqual({
        code: 'CONFLICT',
        message: `Another ${type.noun} has this external id`,
        fields: [{ path: 'externalId', message: 'Taken' }],
      });
      const second = await create(org.r1.client, type);
      expect((await org.r1.client.patch(`/api/v1/${type.path}/${second}`, { externalId })).status).toBe(409);
      expect((await org.r1.client.patch(`/api/v1/${type.path}/${first}`, { externalId })).status).toBe(200);
      await create(other.r1.client, type, { externalId }, otherLine);
    });

    it(`${type.path}: reassigns, archives and restores only what the caller may change, auditing each change once`, async () => {
      const mine = await create(org.r1.client, type);
      const south = await create(org.r3.client, type);
      const bulk = (client: HttpClient, body: Record<string, unknown>) =>
        client.post(`/api/v1/${type.path}/bulk`, body).then((answer) => answer.body);

      const reassign = { action: 'reassign', ids: [mine, south], ownerId: org.r2.userId };
      expect(await bulk(org.m1.client, reassign)).toEqual({ updated: 1 });
      expect(await bulk(org.m1.client, reassign)).toEqual({ updated: 0 });
      expect((await org.admin.client.get(`/api/v1/${type.path}/${mine}`)).body.ownerId).toBe(org.r2.userId);
      expect((await org.admin.client.get(`/api/v1/${type.path}/${south}`)).body.ownerId).toBe(org.r3.userId);

      expect(await bulk(org.r2.client, { action: 'archive', ids: [mine, south] })).toEqual({ updated: 1 });
      expect(await bulk(org.r2.client, { action: 'archive', ids: [mine] })).toEqual({ updated: 0 });
      expect((await org.admin.client.get(`/api/v1/${type.path}/${mine}`)).body.archivedAt).not.toBeNull();
      expect(await bulk(other.admin.client, { action: 'restore', ids: [mine] })).toEqual({ updated: 0 });
      expect(await bulk(org.r2.client, { action: 'restore', ids: [mine, south] })).toEqual({ updated: 1 });
      expect(
        (await org.viewer.client.post(`/api/v1/${type.path}/bulk`, { action: 'archive', ids: [mine] })).status,
      ).toBe(403);

      const one = (client: HttpClient, action: string) => client.post(`/api/v1/${type.path}/${mine}/${action}`);
      expect((await one(org.r2.client, 'archive')).body.archivedAt).not.toBeNull();
      expect((await one(org.r2.client, 'archive')).status).toBe(200);
      expect((await one(other.admin.client, 'restore')).status).toBe(404);
      expect((await one(org.r2.client, 'restore')).body.archivedAt).toBeNull();

      expect((await auditOf(type.noun, mine)).filter((event) => event.action !== `${type.noun}.created`)).toEqual([
        { action: `${type.noun}.restored`, data: {} },
        { action: `${type.noun}.archived`, data: {} },
        { action: `${type.noun}.restored`, data: {} },
        { action: `${type.noun}.archived`, data: {} },
        { action: `${type.noun}.updated`, data: { ownerId: { to: org.r2.userId } } },
      ]);
      expect(await auditOf(type.noun, south)).toEqual(
        type.noun === 'activity' ? [] : [expect.objectContaining({ action: `${type.noun}.created` })],
      );

      if (type.noStages) {
        const stage = await org.r2.client.post(`/api/v1/${type.path}/bulk`, {
          action: 'change_stage',
          ids: [mine],
          stageId: mine,
        });
        expect(stage.status).toBe(400);
        expect(stage.body.error.message).toBe(type.noStages);
        expect(stage.body.error.fields).toEqual([{ path: 'action', message: type.noStages }]);
      }
    });
  }

  it('products: an external id is taken once in the catalog', async () => {
    const product = { listPrice: '10', externalId: 'sku-ext' };
    expect((await org.admin.client.post('/api/v1/products', { ...product, name: 'One' })).status).toBe(201);
    const taken = await org.admin.client.post('/api/v1/products', { ...product, name: 'Two' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toEqual({
      code: 'CONFLICT',
      message: 'Another product has this external id',
      fields: [{ path: 'externalId', message: 'Taken' }],
    });
  });
});
