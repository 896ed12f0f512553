import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((v) => v.name);

describeApi('saved views', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let privateView: string;
  let sharedView: string;

  it('saves a view of a list, private or shared', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const mine = await org.r1.client.post('/api/v1/saved-views', {
      recordType: 'accounts',
      name: 'My key accounts',
      filters: { isKeyAccount: 'true', industry: 'Retail' },
      columns: ['name', 'owner', 'annualRevenue'],
      sort: '-annualRevenue',
    });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      recordType: 'accounts',
      name: 'My key accounts',
      filters: { isKeyAccount: 'true', industry: 'Retail' },
      columns: ['name', 'owner', 'annualRevenue'],
      sort: '-annualRevenue',
      shared: false,
      ownerId: org.r1.userId,
      ownerName: 'Rita Inside',
    });
    privateView = mine.body.id;
    const shared = await org.m1.client.post('/api/v1/saved-views', {
      recordType: 'activities',
      name: 'Team visits this week',
      filters: { type: 'visit', state: 'done' },
      shared: true,
    });
    expect(shared.body).toMatchObject({ shared: true, columns: [], sort: null });
    sharedView = shared.body.id;
    expect((await org.viewer.client.post('/api/v1/saved-views', { recordType: 'deals', name: 'Mine' })).status).toBe(
      403,
    );
    expect((await api.client().get('/api/v1/saved-views')).status).toBe(401);
  });

  it('checks name, filters and sort against the list', async () => {
    const post = (body: Record<string, unknown>) =>
      org.r1.client.post('/api/v1/saved-views', { recordType: 'accounts', name: 'X', ...body });
    expect((await post({ name: ' ' })).body.error.fields[0].path).toBe('name');
    expect((await post({ recordType: 'planets' })).body.error.fields[0].path).toBe('recordType');
    expect((await post({ filters: { colour: 'red' } })).body.error.fields[0].path).toBe('filters.colour');
    expect((await post({ filters: { limit: '10' } })).body.error.fields[0].path).toBe('filters.limit');
    expect((await post({ filters: { isKeyAccount: 'maybe' } })).body.error.fields[0].path).toBe('filters.isKeyAccount');
    expect((await post({ sort: 'colour' })).body.error.fields[0].path).toBe('sort');
    expect((await post({ filters: { q: 1 } })).body.error.fields[0].path).toBe('filters.q');
    const patched = await org.r1.client.patch(`/api/v1/saved-views/${privateView}`, { filters: { stage: 'won' } });
    expect(patched.status).toBe(400);
    expect(patched.body.error.fields[0].path).toBe('filters.stage');
  });

  it('lists one’s own views and the shared ones, by list', async () => {
    expect(names(await org.r1.client.get('/api/v1/saved-views'))).toEqual(['My key accounts', 'Team visits this week']);
    expect(names(await org.r1.client.get('/api/v1/saved-views?recordType=accounts'))).toEqual(['My key accounts']);
    expect(names(await org.r2.client.get('/api/v1/saved-views'))).toEqual(['Team visits this week']);
    expect(names(await org.viewer.client.get('/api/v1/saved-views'))).toEqual(['Team visits this week']);
    // Not even an admin lists someone else's private view.
    expect(names(await org.admin.client.get('/api/v1/saved-views'))).toEqual(['Team visits this week']);
    expect(names(await other.admin.client.get('/api/v1/saved-views'))).toEqual([]);
    expect((await org.r1.client.get('/api/v1/saved-views?recordType=planets')).status).toBe(400);
  });

  it('lets only the owner or an admin change or delete a view', async () => {
    expect((await org.r2.client.patch(`/api/v1/saved-views/${privateView}`, { name: 'Stolen' })).status).toBe(404);
    expect((await org.r2.client.delete(`/api/v1/saved-views/${privateView}`)).status).toBe(404);
    expect((await org.r2.client.patch(`/api/v1/saved-views/${sharedView}`, { name: 'Stolen' })).status).toBe(403);
    expect((await org.r2.client.delete(`/api/v1/saved-views/${sharedView}`)).status).toBe(403);
    expect((await org.viewer.client.delete(`/api/v1/saved-views/${sharedView}`)).status).toBe(403);
    for (const client of [other.admin.client, other.r1.client]) {
      expect((await client.patch(`/api/v1/saved-views/${sharedView}`, { name: 'x' })).status).toBe(404);
      expect((await client.delete(`/api/v1/saved-views/${sharedView}`)).status).toBe(404);
    }
    const renamed = await org.r1.client.patch(`/api/v1/saved-views/${privateView}`, {
      name: 'Key retail accounts',
      shared: true,
      sort: null,
    });
    expect(renamed.body).toMatchObject({
      name: 'Key retail accounts',
      shared: true,
      sort: null,
      columns: ['name', 'owner', 'annualRevenue'],
    });
    expect(names(await org.r2.client.get('/api/v1/saved-views?recordType=accounts'))).toEqual(['Key retail accounts']);
    const byAdmin = await org.admin.client.patch(`/api/v1/saved-views/${sharedView}`, { columns: ['subject'] });
    expect(byAdmin.body).toMatchObject({ columns: ['subject'], ownerId: org.m1.userId });
    expect((await org.m1.client.delete(`/api/v1/saved-views/${sharedView}`)).status).toBe(204);
    expect((await org.m1.client.delete(`/api/v1/saved-views/${sharedView}`)).status).toBe(404);
    expect((await org.admin.client.delete(`/api/v1/saved-views/${privateView}`)).status).toBe(204);
    expect(names(await org.r1.client.get('/api/v1/saved-views'))).toEqual([]);
  });
});
