import { expect, it } from 'vitest';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { recordAchievements } from './goal-achievements';

// The test clock stands on Monday 2 March 2026, the first working day of a 22-working-day month.
describeApi('goals', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let callsGoal: string;

  it('sets a rep’s monthly activity quota and paces it from the calls logged', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const goal = await created(org.m1.client, '/api/v1/goals', {
      name: 'Calls in March',
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'month',
      startsOn: '2026-03-15',
      target: '44',
    });
    callsGoal = goal.id;
    expect(goal).toMatchObject({
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      target: '44',
      currency: null,
      scopeName: 'Rita Inside',
      history: [expect.objectContaining({ from: null, to: '44', effectiveFrom: '2026-03-01', byName: 'Max North' })],
    });
    expect(goal.pace).toMatchObject({ actual: '0', expected: '2', distance: '44', elapsedWorkingDays: 1 });

    for (const minute of ['00', '10', '20', '30']) {
      await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: `2026-03-02T08:${minute}:00Z` });
    }
    const paced = await org.r1.client.get(`/api/v1/goals/${callsGoal}`);
    expect(paced.status).toBe(200);
    expect(paced.body.pace).toEqual({
      actual: '4',
      expected: '2',
      distance: '40',
      distancePercent: '90.9',
      attainmentPercent: '9.1',
      elapsedWorkingDays: 1,
      remainingWorkingDays: 21,
      runRate: '4',
      runRateNeeded: '2',
      projected: '88',
      weightedPipeline: null,
      probability: 1,
      status: 'on_track',
    });
  });

  it('sets a relative target from last year’s actual, and keeps every target change in its history', async () => {
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won').id;
    const acme = (await created(org.r1.client, '/api/v1/accounts', { name: 'Acme' })).id;
    await created(org.r1.client, '/api/v1/deals', {
      name: 'Last year',
      accountId: acme,
      amount: '1000',
      stageId: won,
      closedOn: '2025-02-10',
    });
    const goal = await created(org.vp.client, '/api/v1/goals', {
      name: 'B2B revenue +30 %',
      metric: 'won_revenue',
      scopeKind: 'org',
      periodKind: 'quarter',
      startsOn: '2026-01-01',
      baseline: 'same_period_last_year',
      upliftPercent: '30',
    });
    expect(goal).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
      baseline: 'same_period_last_year',
      baselineValue: '1000',
      upliftPercent: '30',
      target: '1300',
      currency: 'USD',
    });
    expect(goal.pace).toMatchObject({ actual: '0.00', distance: '1300.00', status: 'behind' });
    // Last year to the same day: 1 January to 2 March 2025.
    expect(goal.lastYear).toBe('1000.00');

    const changed = await org.admin.client.patch(`/api/v1/goals/${goal.id}`, { target: '1500', reason: 'Board ask' });
    expect(changed.status).toBe(200);
    expect(changed.body.target).toBe('1500');
    expect(changed.body.history).toEqual([
      expect.objectContaining({ from: '1300', to: '1500', reason: 'Board ask', byId: org.admin.userId }),
      expect.objectContaining({ from: null, to: '1300', byId: org.vp.userId }),
    ]);
    // A rep sees the org's goal and its pace, counted over everyone.
    const seen = await org.r2.client.get(`/api/v1/goals/${goal.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.pace.actual).toBe('0.00');
  });

  it('counts a checklist milestone as the named accounts reached by a qualifying activity', async () => {
    const accounts = [];
    for (const name of ['Prospect A', 'Prospect B', 'Prospect C']) {
      accounts.push((await created(org.r2.client, '/api/v1/accounts', { name })).id);
    }
    const milestone = await created(org.admin.client, '/api/v1/goals', {
      name: 'Present to 2 of 3 prospects',
      kind: 'milestone',
      metric: 'presentations_held',
      scopeKind: 'account_set',
      accountIds: accounts,
      checklist: true,
      periodKind: 'custom',
      startsOn: '2026-03-01',
      endsOn: '2026-06-30',
      target: '2',
      rewardText: 'Team dinner',
    });
    expect(milestone.accountIds).toHaveLength(3);
    const present = (accountId: string, at: string) =>
      created(org.r2.client, '/api/v1/activities', { type: 'presentation', accountId, completedAt: at });
    await present(accounts[0], '2026-03-02T08:00:00Z');
    await present(accounts[0], '2026-03-02T09:00:00Z');
    let paced = await org.admin.client.get(`/api/v1/goals/${milestone.id}`);
    expect(paced.body.pace).toMatchObject({ actual: '1', distance: '1' });
    await present(accounts[1], '2026-03-02T10:00:00Z');
    paced = await org.admin.client.get(`/api/v1/goals/${milestone.id}`);
    expect(paced.body.pace).toMatchObject({ actual: '2', distance: '0', status: 'achieved' });

    // Reaching it is recorded once, and whoever set it hears of it, with the reward.
    api.mailer.sent.length = 0;
    expect(await recordAchievements(api.database.db, api.clock, api.mailer, 'http://pacer.test')).toBe(1);
    expect(await recordAchievements(api.database.db, api.clock, api.mailer, 'http://pacer.test')).toBe(0);
    const achieved = await org.admin.client.get(`/api/v1/goals/${milestone.id}`);
    expect(achieved.body.achievedAt).toBe(api.clock.now().toISOString());
    expect(api.mailer.sent).toEqual([
      expect.objectContaining({
        subject: 'Goal reached: Present to 2 of 3 prospects',
        text: expect.stringContaining('Reward: Team dinner'),
      }),
    ]);
  });

  it('lets managers set goals only for the people they lead, and shows each member the goals in reach', async () => {
    const forRita = { name: 'X', metric: 'calls', scopeKind: 'rep', scopeId: org.r1.userId, periodKind: 'week' };
    expect(
      (await org.m2.client.post('/api/v1/goals', { ...forRita, startsOn: '2026-03-02', target: '40' })).status,
    ).toBe(403);
    expect(
      (await org.r1.client.post('/api/v1/goals', { ...forRita, startsOn: '2026-03-02', target: '40' })).status,
    ).toBe(403);
    const week = await created(org.m2.client, '/api/v1/goals', {
      ...forRita,
      name: '40 calls a week',
      scopeId: org.r3.userId,
      startsOn: '2026-03-04',
      target: '40',
    });
    expect(week).toMatchObject({ startsOn: '2026-03-02', endsOn: '2026-03-08' });

    const names = async (client: HttpClient, query = '') =>
      (await client.get(`/api/v1/goals?progress=false${query}`)).body.items.map((g: { name: string }) => g.name);
    expect(await names(org.r1.client)).toEqual(['B2B revenue +30 %', 'Calls in March', 'Present to 2 of 3 prospects']);
    expect(await names(org.r3.client)).toEqual(['40 calls a week', 'B2B revenue +30 %', 'Present to 2 of 3 prospects']);
    expect(await names(org.admin.client, `&repId=${org.r1.userId}`)).toEqual(['Calls in March']);
    expect(await names(org.admin.client, '&on=2026-03-09')).toEqual([
      'B2B revenue +30 %',
      'Calls in March',
      'Present to 2 of 3 prospects',
    ]);
    expect(await names(other.admin.client)).toEqual([]);
    expect((await other.admin.client.get(`/api/v1/goals/${callsGoal}`)).status).toBe(404);
    expect((await org.r2.client.get(`/api/v1/goals/${callsGoal}`)).status).toBe(404);
  });

  it('refuses goals that would count the wrong thing, and loses nothing', async () => {
    const base = { name: 'Bad', periodKind: 'month', startsOn: '2026-03-01', target: '10' };
    const refused = async (body: Record<string, unknown>, path: string) => {
      const answer = await org.admin.client.post('/api/v1/goals', { ...base, ...body });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    };
    const line = (await created(org.admin.client, '/api/v1/product-lines', { name: 'Widgets', priority: 'push' })).id;
    await refused({ metric: 'calls', scopeKind: 'product_line', scopeId: line }, 'metric');
    await refused({ metric: 'calls', scopeKind: 'org', target: undefined }, 'target');
    await refused({ metric: 'calls', scopeKind: 'team' }, 'scopeId');
    await refused({ metric: 'calls', scopeKind: 'rep', scopeId: other.r1.userId }, 'scopeId');
    await refused({ metric: 'won_revenue', scopeKind: 'org', checklist: true }, 'checklist');
    await refused({ metric: 'cycle_days_won', scopeKind: 'org' }, 'metric');
    await refused({ metric: 'calls', scopeKind: 'org', periodKind: 'custom', endsOn: '2026-02-01' }, 'endsOn');
    const all = await org.admin.client.get('/api/v1/goals?progress=false&limit=500');
    expect(all.body.items.some((g: { name: string }) => g.name === 'Bad')).toBe(false);
  });

  it('archives and restores a goal', async () => {
    expect((await org.m1.client.post(`/api/v1/goals/${callsGoal}/archive`)).status).toBe(200);
    const listed = await org.admin.client.get('/api/v1/goals?progress=false');
    expect(listed.body.items.some((g: { id: string }) => g.id === callsGoal)).toBe(false);
    const archived = await org.admin.client.get('/api/v1/goals?progress=false&archived=true');
    expect(archived.body.items.map((g: { id: string }) => g.id)).toEqual([callsGoal]);
    expect((await org.m1.client.post(`/api/v1/goals/${callsGoal}/restore`)).body.archivedAt).toBeNull();
  });
});
