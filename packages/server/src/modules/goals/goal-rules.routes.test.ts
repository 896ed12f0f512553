import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { renewRepeatingGoals } from './goal-repeats';

interface Listed {
  id: string;
  name: string;
  metric: string;
  scopeId: string | null;
  startsOn: string;
  target: string;
  parentId: string | null;
  linkedGoalId: string | null;
  rolledFromId: string | null;
}

// The estimates rule and recurring quotas. The test clock stands on Monday 2 March 2026.
describeApi('goal rules', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let quota: string;
  const estimatesGoals = async () =>
    (
      (await org.admin.client.get('/api/v1/goals?progress=false&limit=500&metric=estimates_sent_value')).body
        .items as Listed[]
    ).sort((a, b) => `${a.scopeId}${a.startsOn}`.localeCompare(`${b.scopeId}${b.startsOn}`));

  it('sets estimates goals of 3 × each month’s quota for a line’s quota and the reps’ parts', async () => {
    org = await createOrgFixture(api);
    const line = (await created(org.admin.client, '/api/v1/product-lines', { name: 'Pumps', priority: 'push' })).id;
    const teams = (await org.admin.client.get('/api/v1/teams')).body.items as { id: string; name: string }[];
    const north = teams.find((t) => t.name === 'North')?.id;
    quota = (
      await created(org.m1.client, '/api/v1/goals', {
        name: 'North pumps Q1',
        kind: 'quota',
        metric: 'won_revenue',
        scopeKind: 'team',
        scopeId: north,
        productLineId: line,
        periodKind: 'quarter',
        startsOn: '2026-01-01',
        target: '9000.01',
      })
    ).id;
    const split = await org.m1.client.post(`/api/v1/goals/${quota}/cascade`, {
      into: 'reps',
      method: 'weights',
      weights: { [org.r1.userId]: 2, [org.r2.userId]: 1 },
    });
    expect(split.status).toBe(200);
    const rule = await org.m1.client.post(`/api/v1/goals/${quota}/estimates-rule`, { factor: '3' });
    expect(rule.status).toBe(200);
    expect(rule.body).toMatchObject({ created: 9, updated: 0 });
    const goals = await estimatesGoals();
    const team = goals.filter((g) => g.scopeId === north);
    // 9000.01 over three months is 3000.01 + 3000 + 3000 (largest remainder), times 3.
    expect(team.map((g) => [g.startsOn, g.target])).toEqual([
      ['2026-01-01', '9000.03'],
      ['2026-02-01', '9000'],
      ['2026-03-01', '9000'],
    ]);
    const rita = goals.filter((g) => g.scopeId === org.r1.userId);
    expect(rita.map((g) => g.target)).toEqual(['6000.03', '6000', '6000']);
    // Each rep's month sits under the team's month, so the parts add up.
    expect(rita.map((g) => g.parentId)).toEqual(team.map((g) => g.id));
    const detail = await org.m1.client.get(`/api/v1/goals/${team[2]?.id}`);
    expect(detail.body).toMatchObject({ metric: 'estimates_sent_value', productLineId: line, linkedFactor: '3' });
    expect(detail.body.splits).toEqual([{ kind: 'people', target: '9000', gap: '0', actual: '0' }]);
  });

  it('counts estimates of the line sent in the month, and follows a changed quota', async () => {
    const account = (await created(org.r1.client, '/api/v1/accounts', { name: 'Acme' })).id;
    const lines = (await org.admin.client.get('/api/v1/product-lines')).body.items as { id: string }[];
    await created(org.r1.client, '/api/v1/estimates', {
      accountId: account,
      productLineId: lines[0]?.id,
      amount: '2500',
      status: 'sent',
      estimateDate: '2026-03-02',
    });
    const march = (await estimatesGoals()).find((g) => g.scopeId === org.r1.userId && g.startsOn === '2026-03-01');
    const paced = await org.r1.client.get(`/api/v1/goals/${march?.id}`);
    expect(paced.body.pace).toMatchObject({ actual: '2500.00' });
    expect(paced.body.pace.distance).toBe('3500.00');
    const refused = await org.m1.client.patch(`/api/v1/goals/${march?.id}`, { target: '1' });
    expect(refused.status).toBe(400);
    const ritaQuota = (await org.m1.client.get(`/api/v1/goals/${quota}`)).body.children.find(
      (c: Listed) => c.scopeId === org.r1.userId,
    );
    const changed = await org.m1.client.patch(`/api/v1/goals/${ritaQuota.id}`, { target: '3000', reason: 'Re-cut' });
    expect(changed.status).toBe(200);
    const after = (await estimatesGoals()).filter((g) => g.scopeId === org.r1.userId).map((g) => g.target);
    expect(after).toEqual(['3000', '3000', '3000']);
    const history = (await org.m1.client.get(`/api/v1/goals/${march?.id}`)).body.history;
    expect(history[0]).toMatchObject({ from: '6000', to: '3000', effectiveFrom: '2026-03-02' });
    const again = await org.m1.client.post(`/api/v1/goals/${quota}/estimates-rule`, { factor: '2' });
    expect(again.body).toMatchObject({ created: 0, updated: 9 });
    expect((await estimatesGoals()).filter((g) => g.scopeId === org.r1.userId).map((g) => g.target)).toEqual([
      '2000',
      '2000',
      '2000',
    ]);
  });

  it('refuses the rule on what is not a revenue quota, and to a rep', async () => {
    const calls = await created(org.m1.client, '/api/v1/goals', {
      name: 'Calls',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '100',
    });
    expect((await org.m1.client.post(`/api/v1/goals/${calls.id}/estimates-rule`, { factor: '3' })).status).toBe(400);
    expect((await org.m1.client.post(`/api/v1/goals/${quota}/estimates-rule`, { factor: '0' })).status).toBe(400);
    expect((await org.r1.client.post(`/api/v1/goals/${quota}/estimates-rule`, { factor: '3' })).status).toBe(403);
  });

  it('starts a recurring daily and weekly quota again by itself when its period is over', async () => {
    const daily = await created(org.m1.client, '/api/v1/goals', {
      name: '15 calls a day',
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'day',
      startsOn: '2026-03-02',
      target: '15',
      repeats: true,
    });
    expect(daily).toMatchObject({ startsOn: '2026-03-02', endsOn: '2026-03-02', repeats: true });
    const weekly = await created(org.m1.client, '/api/v1/goals', {
      name: '40 calls a week',
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'team',
      scopeId: (await org.admin.client.get('/api/v1/teams')).body.items.find((t: Listed) => t.name === 'North').id,
      periodKind: 'week',
      startsOn: '2026-03-02',
      target: '80',
      repeats: true,
    });
    await org.m1.client.post(`/api/v1/goals/${weekly.id}/cascade`, { into: 'reps', method: 'even' });
    expect(await renewRepeatingGoals(api.database.db, api.clock)).toBe(0);
    api.clock.advance(9 * 86_400_000); // Wednesday 11 March
    expect(await renewRepeatingGoals(api.database.db, api.clock)).toBe(2);
    expect(await renewRepeatingGoals(api.database.db, api.clock)).toBe(0);
    const next = (await org.m1.client.get('/api/v1/goals?progress=false&on=2026-03-11&metric=calls')).body
      .items as (Listed & { endsOn: string; repeats: boolean })[];
    const day = next.find((g) => g.rolledFromId === daily.id);
    expect(day).toMatchObject({ startsOn: '2026-03-11', endsOn: '2026-03-11', target: '15', repeats: true });
    const week = next.find((g) => g.rolledFromId === weekly.id);
    expect(week).toMatchObject({ startsOn: '2026-03-09', endsOn: '2026-03-15', target: '80' });
    const parts = (await org.m1.client.get(`/api/v1/goals/${week?.id}`)).body.children;
    expect(parts.map((p: Listed) => [p.target, p.startsOn])).toEqual([
      ['40', '2026-03-09'],
      ['40', '2026-03-09'],
    ]);
    const stopped = await org.m1.client.patch(`/api/v1/goals/${day?.id}`, { repeats: false });
    expect(stopped.body.repeats).toBe(false);
  });
});
