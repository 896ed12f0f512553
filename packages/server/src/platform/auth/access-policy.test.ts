import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const ids = (answer: { body: { items: { userId?: string; id?: string }[] } }) =>
  answer.body.items.map((item) => item.userId ?? item.id).sort();

describeApi('the access policy', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;

  it('builds two orgs', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
  });

  it('shows a rep only their own member record and their own team', async () => {
    expect(ids(await org.r1.client.get('/api/v1/members'))).toEqual([org.r1.userId]);
    expect((await org.r1.client.get(`/api/v1/members/${org.r2.userId}`)).status).toBe(404);
    expect(ids(await org.r1.client.get('/api/v1/teams'))).toEqual([org.teams.north]);
    expect((await org.r1.client.get(`/api/v1/teams/${org.teams.north}`)).status).toBe(200);
  });

  it('keeps a rep out of another team', async () => {
    expect((await org.r1.client.get(`/api/v1/teams/${org.teams.south}`)).status).toBe(404);
    expect((await org.r1.client.get(`/api/v1/members/${org.r3.userId}`)).status).toBe(404);
    const filtered = await org.r1.client.get(`/api/v1/members?teamId=${org.teams.south}`);
    expect(filtered.body.items).toEqual([]);
  });

  it('keeps everyone out of another org, admins included', async () => {
    for (const client of [org.r1.client, org.m1.client, org.admin.client, org.viewer.client]) {
      expect((await client.get(`/api/v1/members/${other.r1.userId}`)).status).toBe(404);
      expect((await client.get(`/api/v1/teams/${other.teams.north}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/teams/${other.teams.north}`, { name: 'x' })).status).toBeGreaterThanOrEqual(
        403,
      );
    }
    expect((await org.admin.client.patch(`/api/v1/members/${other.r1.userId}`, { title: 'x' })).status).toBe(404);
    const all = ids(await org.admin.client.get('/api/v1/members?limit=500'));
    expect(all).not.toContain(other.r1.userId);
  });

  it('shows a manager their team, and the VP the whole subtree', async () => {
    expect(ids(await org.m1.client.get('/api/v1/members'))).toEqual(
      [org.m1.userId, org.r1.userId, org.r2.userId].sort(),
    );
    expect(ids(await org.m1.client.get('/api/v1/teams'))).toEqual([org.teams.north]);
    const vpSees = ids(await org.vp.client.get('/api/v1/members'));
    expect(vpSees).toEqual(
      [org.vp.userId, org.m1.userId, org.m2.userId, org.r1.userId, org.r2.userId, org.r3.userId].sort(),
    );
    expect(ids(await org.vp.client.get('/api/v1/teams'))).toEqual(
      [org.teams.sales, org.teams.north, org.teams.south].sort(),
    );
  });

  it('follows the tree when a team moves: a new sub-team’s people become visible to its new manager', async () => {
    const west = await org.admin.client.post('/api/v1/teams', { name: 'West', parentId: org.teams.south });
    const rep = await api.invite(org.admin.client, { role: 'rep', repType: 'field', teamId: west.body.id });
    expect(ids(await org.m2.client.get('/api/v1/members'))).toContain(rep.userId);
    expect(ids(await org.m1.client.get('/api/v1/members'))).not.toContain(rep.userId);
    await org.admin.client.patch(`/api/v1/teams/${west.body.id}`, { parentId: org.teams.north });
    expect(ids(await org.m1.client.get('/api/v1/members'))).toContain(rep.userId);
    expect(ids(await org.m2.client.get('/api/v1/members'))).not.toContain(rep.userId);
  });

  it('lets a viewer read everything and write nothing', async () => {
    expect((await org.viewer.client.get('/api/v1/members?limit=500')).body.items.length).toBeGreaterThanOrEqual(8);
    const writes = [
      org.viewer.client.post('/api/v1/teams', { name: 'Nope' }),
      org.viewer.client.patch(`/api/v1/teams/${org.teams.north}`, { name: 'Nope' }),
      org.viewer.client.post('/api/v1/regions', { name: 'Nope' }),
      org.viewer.client.patch('/api/v1/org', { name: 'Nope' }),
      org.viewer.client.post('/api/v1/invitations', { email: 'x@example.com', role: 'viewer' }),
      org.viewer.client.patch(`/api/v1/members/${org.r1.userId}`, { title: 'Nope' }),
    ];
    for (const answer of await Promise.all(writes)) {
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('keeps managers and reps out of administration', async () => {
    for (const client of [org.m1.client, org.r1.client]) {
      expect((await client.post('/api/v1/teams', { name: 'Nope' })).status).toBe(403);
      expect((await client.get('/api/v1/invitations')).status).toBe(403);
      expect((await client.get('/api/v1/audit-events')).status).toBe(403);
    }
  });

  it('locks out a deactivated member at once', async () => {
    const temp = await api.invite(org.admin.client, { role: 'rep', repType: 'inside' });
    expect((await temp.client.get('/api/v1/session')).status).toBe(200);
    await org.admin.client.patch(`/api/v1/members/${temp.userId}`, { status: 'deactivated' });
    expect((await temp.client.get('/api/v1/session')).status).toBe(401);
  });
});
