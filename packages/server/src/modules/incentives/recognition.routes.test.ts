import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { recordAchievements } from '../goals/goal-achievements';
import { postGoalAchievements } from './recognition-achievements';

describeApi('recognition feed', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let first: string;

  it('posts kudos from peers and managers, seen by the whole org, newest first', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const peer = await created(org.r1.client, '/api/v1/recognition', { repId: org.r2.userId, text: 'Great demo!' });
    first = peer.id;
    expect(peer).toMatchObject({
      kind: 'kudos',
      authorId: org.r1.userId,
      authorName: 'Rita Inside',
      subjectId: org.r2.userId,
      subjectName: 'Finn Field',
      text: 'Great demo!',
      sourceId: null,
      reactions: 0,
      reacted: false,
    });
    await created(org.m1.client, '/api/v1/recognition', { repId: org.r1.userId, text: 'Closed the quarter strong' });
    const feed = await org.r3.client.get('/api/v1/recognition');
    expect(feed.status).toBe(200);
    expect(feed.body.items.map((p: { text: string }) => p.text)).toEqual(['Closed the quarter strong', 'Great demo!']);
    expect((await other.admin.client.get('/api/v1/recognition')).body.items).toEqual([]);
    const mine = await org.viewer.client.get(`/api/v1/recognition?repId=${org.r2.userId}`);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([first]);
  });

  it('pages the feed with a cursor', async () => {
    const one = await org.r1.client.get('/api/v1/recognition?limit=1');
    expect(one.body.items).toHaveLength(1);
    expect(one.body.nextCursor).toEqual(expect.any(String));
    const two = await org.r1.client.get(`/api/v1/recognition?limit=1&cursor=${one.body.nextCursor}`);
    expect(two.body.items.map((p: { id: string }) => p.id)).toEqual([first]);
    expect(two.body.nextCursor).toBeNull();
    expect((await org.r1.client.get('/api/v1/recognition?cursor=nonsense')).status).toBe(400);
  });

  it('validates kudos: the field named, other orgs unknown, viewers read only, no self-praise', async () => {
    for (const [body, path] of [
      [{ repId: org.r2.userId, text: '  ' }, 'text'],
      [{ repId: 'nobody', text: 'Hi' }, 'repId'],
      [{ text: 'Hi' }, 'repId'],
    ] as const) {
      const answer = await org.r1.client.post('/api/v1/recognition', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    expect((await org.r1.client.post('/api/v1/recognition', { repId: other.r1.userId, text: 'Hi' })).status).toBe(404);
    expect((await org.r1.client.post('/api/v1/recognition', { repId: org.r1.userId, text: 'Me!' })).status).toBe(400);
    expect((await org.viewer.client.post('/api/v1/recognition', { repId: org.r1.userId, text: 'Hi' })).status).toBe(
      403,
    );
  });

  it('cheers a post once per person, and takes it back', async () => {
    const cheered = await org.r3.client.put(`/api/v1/recognition/${first}/reaction`, {});
    expect(cheered.status).toBe(200);
    expect(cheered.body).toMatchObject({ reactions: 1, reacted: true });
    expect((await org.r3.client.put(`/api/v1/recognition/${first}/reaction`, {})).body.reactions).toBe(1);
    expect((await org.m1.client.put(`/api/v1/recognition/${first}/reaction`, {})).body.reactions).toBe(2);
    const taken = await org.r3.client.delete(`/api/v1/recognition/${first}/reaction`);
    expect(taken.body).toMatchObject({ reactions: 1, reacted: false });
    expect((await other.admin.client.put(`/api/v1/recognition/${first}/reaction`, {})).status).toBe(404);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=recognition_post');
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'recognition.kudos_posted',
      'recognition.kudos_posted',
      'recognition.reacted',
      'recognition.reacted',
      'recognition.unreacted',
    ]);
  });

  it('posts a goal reached to the feed, once', async () => {
    const goal = await created(org.m1.client, '/api/v1/goals', {
      name: 'Two calls today',
      kind: 'milestone',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'day',
      startsOn: '2026-03-02',
      target: '2',
    });
    for (const at of ['2026-03-02T08:00:00Z', '2026-03-02T08:30:00Z'])
      await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: at });
    expect(await recordAchievements(api.database.db, api.clock, api.mailer, 'http://pacer.test')).toBe(1);
    expect(await postGoalAchievements(api.database.db, api.clock)).toBe(1);
    expect(await postGoalAchievements(api.database.db, api.clock)).toBe(0);
    const feed = await org.r2.client.get('/api/v1/recognition');
    expect(feed.body.items[0]).toMatchObject({
      kind: 'goal_achieved',
      authorId: null,
      subjectId: org.r1.userId,
      sourceId: goal.id,
      text: 'Reached the milestone "Two calls today"',
      message: { code: 'goal_reached', params: { goalKind: 'milestone', name: 'Two calls today' } },
    });
  });

  it('reads posts from before messages were kept as their text alone', async () => {
    await api.database.db.execute(
      sql`insert into recognition_posts (org_id, kind, subject_id, text, created_at)
          values (${org.orgId}, 'award', ${org.r2.userId}, 'Rep of the month (2026-01-01 – 2026-01-31): Old', now() + interval '1 day')`,
    );
    const feed = await org.r1.client.get('/api/v1/recognition');
    expect(feed.status).toBe(200);
    expect(feed.body.items[0]).toMatchObject({
      kind: 'award',
      authorId: null,
      text: 'Rep of the month (2026-01-01 – 2026-01-31): Old',
      message: null,
    });
    // Kudos carry no message either: their text is what a person wrote.
    expect(
      feed.body.items
        .filter((p: { kind: string }) => p.kind === 'kudos')
        .every((p: { message: unknown }) => p.message === null),
    ).toBe(true);
  });
});
