import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';

describeApi('teams as a tree, and regions', (api) => {
  it('creates, nests, renames and deletes teams; sub-teams block deletion; cycles are refused', async () => {
    const { client: admin, session } = await api.signUp();
    const sales = await admin.post('/api/v1/teams', { name: 'Sales' });
    const east = await admin.post('/api/v1/teams', {
      name: 'East',
      parentId: sales.body.id,
      managerId: session.user.id,
    });
    expect(east.body).toMatchObject({ parentId: sales.body.id, managerId: session.user.id, managerName: 'Ada Admin' });
    const cycle = await admin.patch(`/api/v1/teams/${sales.body.id}`, { parentId: east.body.id });
    expect(cycle.body.error.code).toBe('TEAM_CYCLE');
    const self = await admin.patch(`/api/v1/teams/${sales.body.id}`, { parentId: sales.body.id });
    expect(self.status).toBe(409);
    const blocked = await admin.delete(`/api/v1/teams/${sales.body.id}`);
    expect(blocked.body.error.code).toBe('HAS_CHILDREN');
    expect((await admin.patch(`/api/v1/teams/${east.body.id}`, { name: 'East Coast' })).body.name).toBe('East Coast');
    expect((await admin.delete(`/api/v1/teams/${east.body.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/v1/teams/${sales.body.id}`)).status).toBe(204);
    expect((await admin.get('/api/v1/teams')).body.items).toEqual([]);
  });

  it('validates references: unknown parent, manager or region', async () => {
    const { client: admin } = await api.signUp();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const field of ['parentId', 'managerId', 'regionId']) {
      const answer = await admin.post('/api/v1/teams', { name: 'X', [field]: unknown });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields[0].path).toBe(field);
    }
    expect((await admin.post('/api/v1/teams', { name: 'X', parentId: 'not-a-uuid' })).body.error.fields[0].path).toBe(
      'parentId',
    );
  });

  it('adds and removes team members', async () => {
    const { client: admin } = await api.signUp();
    const team = await admin.post('/api/v1/teams', { name: 'Inside' });
    const rep = await api.invite(admin, { role: 'rep', repType: 'inside', name: 'Ivy Inside' });
    const added = await admin.post(`/api/v1/teams/${team.body.id}/members`, { userId: rep.userId });
    expect(added.body.members).toEqual([
      expect.objectContaining({ userId: rep.userId, name: 'Ivy Inside', repType: 'inside' }),
    ]);
    expect((await admin.get('/api/v1/teams')).body.items[0].memberCount).toBe(1);
    const removed = await admin.delete(`/api/v1/teams/${team.body.id}/members/${rep.userId}`);
    expect(removed.body.members).toEqual([]);
    expect((await admin.delete(`/api/v1/teams/${team.body.id}/members/${rep.userId}`)).status).toBe(404);
  });

  it('keeps regions as a tree; deleting one frees its teams', async () => {
    const { client: admin } = await api.signUp();
    const europe = await admin.post('/api/v1/regions', { name: 'Europe' });
    const dach = await admin.post('/api/v1/regions', { name: 'DACH', parentId: europe.body.id });
    expect(dach.body.parentId).toBe(europe.body.id);
    expect((await admin.patch(`/api/v1/regions/${europe.body.id}`, { parentId: dach.body.id })).body.error.code).toBe(
      'REGION_CYCLE',
    );
    const team = await admin.post('/api/v1/teams', { name: 'Berlin', regionId: dach.body.id });
    expect((await admin.delete(`/api/v1/regions/${europe.body.id}`)).body.error.code).toBe('HAS_CHILDREN');
    expect((await admin.delete(`/api/v1/regions/${dach.body.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/teams/${team.body.id}`)).body.regionId).toBeNull();
    expect((await admin.get('/api/v1/regions')).body.items.map((r: { name: string }) => r.name)).toEqual(['Europe']);
  });
});
