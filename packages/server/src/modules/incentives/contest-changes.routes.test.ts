import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { finishEndedContests } from './contest-finish';

type Org = Awaited<ReturnType<typeof createOrgFixture>>;

// The test clock stands on Monday 2 March 2026, 09:00 UTC; the org's time zone is UTC.
describeApi('contests changed and cancelled', (api) => {
  let org: Org;
  let other: Org;
  let later: string;
  let running: string;

  const contest = (overrides: Record<string, unknown> = {}) => ({
    name: 'Spring blitz',
    metric: 'calls',
    periodKind: 'week',
    startsOn: '2026-03-16',
    participants: 'team',
    teamId: org.teams.north,
    rule: 'top_n',
    topN: 2,
    prizes: [{ place: 1, kind: 'cash', amount: '100', currency: 'USD' }],
    ...overrides,
  });
  const fieldsOf = (body: { error: { fields?: { path: string; message: string }[] } }) => body.error.fields;

  it('changes a contest that has not started: name, description, prizes, period and participants', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    later = (await created(org.m1.client, '/api/v1/contests', contest())).id;
    const changed = await org.m1.client.patch(`/api/v1/contests/${later}`, {
      name: 'Spring blitz, week 2',
      description: 'Most calls wins.',
      periodKind: 'custom',
      startsOn: '2026-03-09',
      endsOn: '2026-03-11',
      participants: 'reps',
      repIds: [org.r1.userId],
      prizes: [{ place: 2, kind: 'goods', description: 'Headphones' }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: 'Spring blitz, week 2',
      description: 'Most calls wins.',
      periodKind: 'custom',
      startsAt: '2026-03-09T00:00:00.000Z',
      endsAt: '2026-03-12T00:00:00.000Z',
      participants: 'reps',
      teamId: null,
      participantCount: 1,
      status: 'scheduled',
      prizes: [{ place: 2, kind: 'goods', amount: null, currency: null, description: 'Headphones' }],
    });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=contest');
    expect(audit.body.items[0]).toMatchObject({ action: 'contest.updated', entityId: later });
  });

  it('keeps the start and the participants of a running contest, and takes only an end still ahead', async () => {
    running = (
      await created(
        org.m1.client,
        '/api/v1/contests',
        contest({ periodKind: 'custom', startsOn: '2026-03-01', endsOn: '2026-03-10' }),
      )
    ).id;
    const patch = (body: object) => org.m1.client.patch(`/api/v1/contests/${running}`, body);
    const moved = await patch({ startsOn: '2026-03-02' });
    expect(moved.status).toBe(400);
    expect(fieldsOf(moved.body)).toEqual([
      { path: 'startsOn', message: 'The contest has started: its start cannot move' },
    ]);
    const past = await patch({ endsOn: '2026-03-01' });
    expect(fieldsOf(past.body)).toEqual([
      { path: 'endsOn', message: 'That end has passed: finish the contest instead' },
    ]);
    const backwards = await patch({ endsOn: '2026-02-27' });
    expect(fieldsOf(backwards.body)).toEqual([{ path: 'endsOn', message: 'It ends before it starts' }]);
    const people = await patch({ participants: 'reps', repIds: [org.r1.userId] });
    expect(fieldsOf(people.body)).toEqual([
      { path: 'participants', message: 'The contest has started: its participants are fixed' },
    ]);
    const kind = await patch({ periodKind: 'month', startsOn: '2026-03-01' });
    expect(fieldsOf(kind.body)).toEqual([
      { path: 'periodKind', message: 'The contest has started: its kind of period cannot change' },
    ]);
    // A form sends unchanged values along: they pass.
    const longer = await patch({
      name: 'Longer blitz',
      periodKind: 'custom',
      startsOn: '2026-03-01',
      endsOn: '2026-03-15',
      participants: 'team',
      teamId: org.teams.north,
    });
    expect(longer.status).toBe(200);
    expect(longer.body).toMatchObject({ name: 'Longer blitz', endsOn: '2026-03-15', status: 'running' });
  });

  it('refuses bad input, other orgs and people who may not set contests', async () => {
    const patch = (client: Org['admin']['client'], id: string, body: object) =>
      client.patch(`/api/v1/contests/${id}`, body);
    expect((await patch(org.m1.client, later, {})).status).toBe(400);
    expect((await patch(org.m1.client, later, { name: '' })).status).toBe(400);
    const prize = await patch(org.m1.client, later, { prizes: [{ place: 3, kind: 'goods', description: 'Mug' }] });
    expect(fieldsOf(prize.body)).toEqual([{ path: 'prizes.0.place', message: 'Beyond the winning places' }]);
    const cash = await patch(org.m1.client, later, { prizes: [{ kind: 'cash', amount: '1.001', currency: 'USD' }] });
    expect(fieldsOf(cash.body)).toEqual([{ path: 'prizes.0.amount', message: 'More decimals than USD has' }]);
    const stranger = await patch(org.m1.client, later, { participants: 'reps', repIds: [other.r1.userId] });
    expect(stranger.status).toBe(404);
    expect((await patch(org.r1.client, later, { name: 'Mine' })).status).toBe(403);
    expect((await patch(org.m2.client, later, { name: 'Mine' })).status).toBe(404);
    expect((await patch(other.admin.client, later, { name: 'Mine' })).status).toBe(404);
    expect((await other.admin.client.post(`/api/v1/contests/${later}/cancel`)).status).toBe(404);
    expect((await org.r1.client.post(`/api/v1/contests/${later}/cancel`)).status).toBe(403);
    expect((await org.admin.client.patch('/api/v1/contests/not-an-id', { name: 'X' })).status).toBe(400);
  });

  it('cancels a contest: no winners, no prizes, shown as cancelled, left alone by the sweep', async () => {
    await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: '2026-03-02T08:00:00Z' });
    const cancelled = await org.admin.client.post(`/api/v1/contests/${running}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledAt: '2026-03-02T09:00:00.000Z', winners: [] });
    const board = await org.r1.client.get(`/api/v1/contests/${running}/leaderboard`);
    expect(board.body.status).toBe('cancelled');
    expect(board.body.rows.every((row: { qualifies: boolean }) => !row.qualifies)).toBe(true);
    expect((await org.m1.client.post(`/api/v1/contests/${running}/finish`)).status).toBe(409);
    expect((await org.m1.client.post(`/api/v1/contests/${running}/cancel`)).status).toBe(409);
    expect((await org.m1.client.patch(`/api/v1/contests/${running}`, { name: 'Again' })).status).toBe(409);
    // Rita calls on 10 March, in the changed contest (9–11 March); on 12 March the sweep finishes it alone.
    api.clock.advance(8 * 86_400_000);
    await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: '2026-03-10T08:00:00Z' });
    api.clock.advance(2 * 86_400_000);
    expect(await finishEndedContests(api.database.db, api.clock)).toBe(1);
    expect((await org.admin.client.get(`/api/v1/contests/${running}`)).body).toMatchObject({
      status: 'cancelled',
      finishedAt: null,
      winners: [],
    });
    const lists = await org.admin.client.get('/api/v1/contests?status=cancelled');
    expect(lists.body.items.map((c: { id: string }) => c.id)).toEqual([running]);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=contest');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('contest.cancelled');
  });

  it('shows the winners of a finished contest as recorded, and changes nothing after', async () => {
    // A call added afterwards for the contest's days does not change the outcome.
    await created(org.admin.client, '/api/v1/activities', {
      type: 'call',
      ownerId: org.r1.userId,
      completedAt: '2026-03-11T08:00:00Z',
    });
    const board = await org.admin.client.get(`/api/v1/contests/${later}/leaderboard`);
    expect(board.body).toMatchObject({ status: 'finished' });
    expect(board.body.rows).toEqual([
      expect.objectContaining({ repId: org.r1.userId, rank: 1, value: '1', qualifies: true }),
    ]);
    expect((await org.admin.client.patch(`/api/v1/contests/${later}`, { name: 'Late' })).status).toBe(409);
    expect((await org.admin.client.post(`/api/v1/contests/${later}/cancel`)).status).toBe(409);
  });
});
