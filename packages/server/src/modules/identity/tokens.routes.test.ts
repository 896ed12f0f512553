import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

describeApi('personal API tokens', (api) => {
  it('creates a token shown once, stores only its hash, and lists it without the secret', async () => {
    const { client } = await api.signUp();
    const created = await client.post('/api/v1/me/tokens', { name: 'Reporting script', expiresInDays: 30 });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^pct_/);
    const list = await client.get('/api/v1/me/tokens');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].token).toBeUndefined();
    const stored = await queryRows(api.database.db, sql`select token_hash from api_tokens`);
    expect(JSON.stringify(stored)).not.toContain(created.body.token);
  });

  it('acts only as its user: a rep’s token sees what the rep sees, needs no CSRF, and dies when revoked', async () => {
    const org = await createOrgFixture(api);
    const created = await org.r1.client.post('/api/v1/me/tokens', { name: 'cli' });
    const script = api.client().withToken(created.body.token);
    const session = await script.get('/api/v1/session');
    expect(session.body.user.id).toBe(org.r1.userId);
    const people = await script.get('/api/v1/members');
    expect(people.body.items.map((m: { userId: string }) => m.userId)).toEqual([org.r1.userId]);
    expect((await script.get(`/api/v1/members/${org.r2.userId}`)).status).toBe(404);
    expect((await script.post('/api/v1/teams', { name: 'Mine' })).status).toBe(403);
    expect((await script.patch('/api/v1/me', { locale: 'de' })).status).toBe(200);
    expect((await org.r1.client.delete(`/api/v1/me/tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await script.get('/api/v1/session');
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses garbage, another user’s token id, and expired tokens', async () => {
    const { client } = await api.signUp();
    const other = await api.signUp();
    expect((await api.client().withToken('pct_nonsense').get('/api/v1/session')).status).toBe(401);
    const theirs = await other.client.post('/api/v1/me/tokens', { name: 'theirs' });
    expect((await client.delete(`/api/v1/me/tokens/${theirs.body.id}`)).status).toBe(404);
    const short = await client.post('/api/v1/me/tokens', { name: 'short', expiresInDays: 1 });
    api.clock.advance(2 * 86_400_000);
    expect((await api.client().withToken(short.body.token).get('/api/v1/session')).status).toBe(401);
  });
});
