import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { compStatements } from '../comp/comp-statements.table';
import { finishEndedContests } from './contest-finish';

// The test clock stands on Monday 2 March 2026, 09:00 UTC; the org's time zone is UTC.
describeApi('contests', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let blitz: string;

  const weekContest = (overrides: Record<string, unknown> = {}) => ({
    name: 'Call blitz',
    metric: 'calls',
    periodKind: 'week',
    startsOn: '2026-03-04',
    participants: 'team',
    teamId: org.teams.north,
    rule: 'top_n',
    topN: 1,
    prizes: [
      { place: 1, kind: 'cash', amount: '150.50', currency: 'USD' },
      { kind: 'goods', description: 'Team lunch' },
    ],
    ...overrides,
  });
  const call = (client: typeof org.r1.client, at: string) =>
    created(client, '/api/v1/activities', { type: 'call', completedAt: at });

  it('lets a manager run a week-long contest for a team, and ranks it live', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const contest = await created(org.m1.client, '/api/v1/contests', weekContest());
    blitz = contest.id;
    expect(contest).toMatchObject({
      periodKind: 'week',
      startsOn: '2026-03-02',
      endsOn: '2026-03-08',
      startsAt: '2026-03-02T00:00:00.000Z',
      endsAt: '2026-03-09T00:00:00.000Z',
      participantCount: 2,
      status: 'running',
      threshold: null,
      prizes: [
        { place: 1, kind: 'cash', amount: '150.50', currency: 'USD', description: '' },
        { place: null, kind: 'goods', amount: null, currency: null, description: 'Team lunch' },
      ],
      winners: [],
    });
    for (const at of ['2026-03-02T08:10:00Z', '2026-03-02T08:20:00Z', '2026-03-02T08:30:00Z'])
      await call(org.r1.client, at);
    await call(org.r2.client, '2026-03-02T08:40:00Z');
    await call(org.r3.client, '2026-03-02T08:40:00Z');
    const board = await org.r2.client.get(`/api/v1/contests/${blitz}/leaderboard`);
    expect(board.status).toBe(200);
    expect(board.body).toMatchObject({ status: 'running', currency: null });
    expect(board.body.rows).toEqual([
      { rank: 1, repId: org.r1.userId, repName: 'Rita Inside', value: '3', percentOfTarget: null, qualifies: true },
      { rank: 2, repId: org.r2.userId, repName: 'Finn Field', value: '1', percentOfTarget: null, qualifies: false },
    ]);
    // The board moves with the next calls.
    for (const at of ['2026-03-02T08:50:00Z', '2026-03-02T08:55:00Z', '2026-03-02T08:58:00Z'])
      await call(org.r2.client, at);
    const moved = await org.m1.client.get(`/api/v1/contests/${blitz}/leaderboard`);
    expect(moved.body.rows.map((row: { repId: string; rank: number }) => [row.repId, row.rank])).toEqual([
      [org.r2.userId, 1],
      [org.r1.userId, 2],
    ]);
  });

  it('shows a contest to its participants, their managers and admins only', async () => {
    for (const who of [org.r1, org.m1, org.vp, org.viewer])
      expect((await who.client.get(`/api/v1/contests/${blitz}`)).status).toBe(200);
    expect((await org.admin.client.get(`/api/v1/contests/${blitz}`)).status).toBe(200);
    for (const who of [org.r3, org.m2, other.admin])
      expect((await who.client.get(`/api/v1/contests/${blitz}/leaderboard`)).status).toBe(404);
    expect((await org.r3.client.get('/api/v1/contests')).body.items).toEqual([]);
    const listed = await org.r1.client.get('/api/v1/contests?status=active');
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([blitz]);
  });

  it('validates every input and keeps managers to their reach', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: undefined }, 'startsOn'],
      [{ topN: undefined }, 'topN'],
      [{ name: '' }, 'name'],
      [{ metric: 'nonsense' }, 'metric'],
      [{ periodKind: 'custom' }, 'endsOn'],
      [{ rule: 'threshold' }, 'threshold'],
      [{ prizes: [{ place: 1, kind: 'cash', amount: '10' }] }, 'prizes.0.currency'],
      [{ prizes: [{ place: 1, kind: 'cash', amount: '1.5x', currency: 'USD' }] }, 'prizes.0.amount'],
      [{ prizes: [{ place: 3, kind: 'goods', description: 'Mug' }] }, 'prizes.0.place'],
      [{ prizes: [{ place: 1, kind: 'cash', amount: '10.005', currency: 'USD' }] }, 'prizes.0.amount'],
      [{ periodKind: 'power_hour', startsAt: '2026-03-02T10:00:00Z', endsAt: '2026-03-02T09:00:00Z' }, 'endsAt'],
      [
        {
          periodKind: 'power_hour',
          metric: 'won_revenue',
          startsAt: '2026-03-02T10:00:00Z',
          endsAt: '2026-03-02T11:00:00Z',
        },
        'metric',
      ],
      [{ metric: 'pipeline_value' }, 'metric'],
      [{ productLineId: '00000000-0000-4000-8000-000000000001' }, 'productLineId'],
      [{ participants: 'reps', teamId: undefined }, 'repIds'],
    ];
    for (const [change, path] of cases) {
      const answer = await org.m1.client.post('/api/v1/contests', weekContest(change));
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    const notMine = [
      { teamId: org.teams.south },
      { teamId: other.teams.north },
      { participants: 'reps', repIds: [org.r3.userId] },
      { participants: 'reps', repIds: [other.r1.userId] },
    ];
    for (const change of notMine)
      expect((await org.m1.client.post('/api/v1/contests', weekContest(change))).status).toBe(404);
    expect((await org.r1.client.post('/api/v1/contests', weekContest())).status).toBe(403);
    // A manager's "everyone" is everyone they lead.
    const everyone = await created(org.m1.client, '/api/v1/contests', weekContest({ participants: 'everyone' }));
    expect(everyone.participantCount).toBe(2);
    const orgWide = await created(org.admin.client, '/api/v1/contests', weekContest({ participants: 'everyone' }));
    expect(orgWide.participantCount).toBe(3);
  });

  it('finishes once: winners recorded, the cash prize a bonus line on the winner’s next open statement', async () => {
    expect((await org.r2.client.post(`/api/v1/contests/${blitz}/finish`)).status).toBe(403);
    expect((await org.m2.client.post(`/api/v1/contests/${blitz}/finish`)).status).toBe(404);
    const finished = await org.m1.client.post(`/api/v1/contests/${blitz}/finish`);
    expect(finished.status).toBe(200);
    expect(finished.body.status).toBe('finished');
    expect(finished.body.winners).toEqual([
      {
        repId: org.r2.userId,
        repName: 'Finn Field',
        place: 1,
        value: '4',
        percentOfTarget: null,
        prizes: [
          { kind: 'cash', amount: '150.50', currency: 'USD', description: '' },
          { kind: 'goods', amount: null, currency: null, description: 'Team lunch' },
        ],
        statementId: expect.any(String),
      },
    ]);
    const again = await org.m1.client.post(`/api/v1/contests/${blitz}/finish`);
    expect(again.body.winners).toEqual(finished.body.winners);

    const statement = await org.r2.client.get(`/api/v1/comp-statements/${finished.body.winners[0].statementId}`);
    expect(statement.status).toBe(200);
    expect(statement.body).toMatchObject({ status: 'draft', periodStart: '2026-03-01', periodEnd: '2026-03-31' });
    expect(statement.body.adjustments).toEqual([
      expect.objectContaining({ kind: 'manual', amount: '150.50', currency: 'USD', reason: 'Contest: Call blitz' }),
    ]);
    expect(statement.body.totals).toEqual([{ amount: '150.50', currency: 'USD' }]);

    const feed = await org.r3.client.get('/api/v1/recognition');
    expect(feed.body.items[0]).toMatchObject({
      kind: 'contest_won',
      subjectId: org.r2.userId,
      sourceId: blitz,
      authorId: null,
      text: 'Place 1 in "Call blitz" and wins 150.50 USD, Team lunch',
      message: {
        code: 'contest_placed',
        params: {
          place: '1',
          contest: 'Call blitz',
          prizes: JSON.stringify([
            { kind: 'cash', amount: '150.50', currency: 'USD', description: '' },
            { kind: 'goods', amount: null, currency: null, description: 'Team lunch' },
          ]),
        },
      },
    });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=contest');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['contest.created', 'contest.finished']),
    );
  });

  it('runs a power hour between two instants and finishes it by the sweep once it ended', async () => {
    const hour = await created(org.admin.client, '/api/v1/contests', {
      name: 'Power hour',
      metric: 'calls',
      periodKind: 'power_hour',
      startsAt: '2026-03-02T08:15:00Z',
      endsAt: '2026-03-02T08:45:00Z',
      participants: 'reps',
      repIds: [org.r1.userId, org.r2.userId],
      rule: 'threshold',
      threshold: '2',
      prizes: [
        { kind: 'travel', description: 'A weekend in Lisbon' },
        { kind: 'cash', amount: '1000', currency: 'JPY' },
      ],
    });
    expect(hour).toMatchObject({ status: 'ended', startsOn: '2026-03-02', endsOn: '2026-03-02', threshold: '2' });
    const board = await org.r1.client.get(`/api/v1/contests/${hour.id}/leaderboard`);
    // 08:20 and 08:30 count for Rita; 08:10 is before the start, Finn's 08:50 after the end.
    expect(board.body.rows.map((r: { value: string; qualifies: boolean }) => [r.value, r.qualifies])).toEqual([
      ['2', true],
      ['1', false],
    ]);
    // Rita is paid by the quarter: the prize of a contest ending in March lands on her open Q1.
    const [quarter] = await api.database.db
      .insert(compStatements)
      .values({ orgId: org.orgId, repId: org.r1.userId, periodStart: '2026-01-01', periodEnd: '2026-03-31' })
      .returning({ id: compStatements.id });
    expect(await finishEndedContests(api.database.db, api.clock)).toBe(1);
    expect(await finishEndedContests(api.database.db, api.clock)).toBe(0);
    const detail = await org.r1.client.get(`/api/v1/contests/${hour.id}`);
    expect(detail.body.winners[0].statementId).toBe(quarter?.id);
    // A yen prize keeps no decimals; it lands on Rita's statement beside her dollars.
    expect(detail.body.winners).toEqual([
      expect.objectContaining({ repId: org.r1.userId, place: 1, value: '2', statementId: expect.any(String) }),
    ]);
    const statement = await org.r1.client.get(`/api/v1/comp-statements/${detail.body.winners[0].statementId}`);
    expect(statement.body.adjustments).toEqual([
      expect.objectContaining({ amount: '1000', currency: 'JPY', reason: 'Contest: Power hour' }),
    ]);
  });

  it('ranks by the share of each rep’s own target', async () => {
    await created(org.m1.client, '/api/v1/goals', {
      name: 'Calls in March',
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '4',
    });
    const contest = await created(org.m1.client, '/api/v1/contests', {
      ...weekContest({ periodKind: 'month', startsOn: '2026-03-01', rule: 'target_percent', threshold: '50' }),
      prizes: [],
    });
    const board = await org.m1.client.get(`/api/v1/contests/${contest.id}/leaderboard`);
    expect(board.body.rows).toEqual([
      expect.objectContaining({ repId: org.r1.userId, rank: 1, value: '3', percentOfTarget: '75.0', qualifies: true }),
      expect.objectContaining({
        repId: org.r2.userId,
        rank: null,
        value: '4',
        percentOfTarget: null,
        qualifies: false,
      }),
    ]);
  });
});
