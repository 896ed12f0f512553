import { expect, it } from 'vitest';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

interface Part {
  name: string;
  target: string;
  startsOn: string;
  endsOn: string;
  scopeId: string | null;
}
const partsOf = (goal: { children: Part[] }) =>
  goal.children.map((c) => [c.name, c.target, c.startsOn, c.endsOn]).sort((a, b) => String(a).localeCompare(String(b)));

// Cascades, the burn-up and the next cycle. The test clock stands on Monday 2 March 2026.
describeApi('goal cascades and cycles', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let yearGoal: string;

  it('splits a year into quarters whose targets add up exactly, once', async () => {
    org = await createOrgFixture(api);
    const goal = await created(org.admin.client, '/api/v1/goals', {
      name: 'Revenue 2026',
      metric: 'won_revenue',
      scopeKind: 'org',
      periodKind: 'year',
      startsOn: '2026-06-01',
      target: '1000',
    });
    yearGoal = goal.id;
    const split = await org.admin.client.post(`/api/v1/goals/${yearGoal}/cascade`, { into: 'quarters' });
    expect(split.status).toBe(200);
    expect(partsOf(split.body)).toEqual([
      ['Revenue 2026 · Q1 2026', '250', '2026-01-01', '2026-03-31'],
      ['Revenue 2026 · Q2 2026', '250', '2026-04-01', '2026-06-30'],
      ['Revenue 2026 · Q3 2026', '250', '2026-07-01', '2026-09-30'],
      ['Revenue 2026 · Q4 2026', '250', '2026-10-01', '2026-12-31'],
    ]);
    expect(split.body.splits).toEqual([{ kind: 'periods', target: '1000', gap: '0', actual: '0' }]);
    // Split once over time (and once among people): months now would count twice.
    expect((await org.admin.client.post(`/api/v1/goals/${yearGoal}/cascade`, { into: 'months' })).status).toBe(409);
    // A rate does not add up: it is not split.
    const rate = await created(org.admin.client, '/api/v1/goals', {
      name: 'Win rate',
      metric: 'win_rate',
      scopeKind: 'org',
      periodKind: 'quarter',
      startsOn: '2026-03-01',
      target: '30',
    });
    expect((await org.admin.client.post(`/api/v1/goals/${rate.id}/cascade`, { into: 'months' })).status).toBe(400);
  });

  it('splits a team goal into its teams by last year’s share, and into reps evenly', async () => {
    const call = (client: HttpClient, completedAt: string) =>
      created(client, '/api/v1/activities', { type: 'call', completedAt });
    for (const day of ['05', '06', '07']) await call(org.r1.client, `2025-03-${day}T10:00:00Z`);
    await call(org.r3.client, '2025-03-05T10:00:00Z');
    const sales = await created(org.vp.client, '/api/v1/goals', {
      name: 'Calls',
      metric: 'calls',
      scopeKind: 'team',
      scopeId: org.teams.sales,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '100',
    });
    const byShare = await org.vp.client.post(`/api/v1/goals/${sales.id}/cascade`, {
      into: 'teams',
      method: 'last_year',
    });
    expect(byShare.status).toBe(200);
    expect(partsOf(byShare.body)).toEqual([
      ['Calls · North', '75', '2026-03-01', '2026-03-31'],
      ['Calls · South', '25', '2026-03-01', '2026-03-31'],
    ]);
    const north = byShare.body.children.find((c: Part) => c.name === 'Calls · North');
    const reps = await org.m1.client.post(`/api/v1/goals/${north.id}/cascade`, { into: 'reps' });
    expect(partsOf(reps.body)).toEqual([
      ['Calls · North · Finn Field', '38', '2026-03-01', '2026-03-31'],
      ['Calls · North · Rita Inside', '37', '2026-03-01', '2026-03-31'],
    ]);
    // Reps do not split goals; another team's manager does not even see this one.
    expect((await org.r1.client.post(`/api/v1/goals/${north.id}/cascade`, { into: 'reps' })).status).toBe(403);
    expect((await org.m2.client.post(`/api/v1/goals/${north.id}/cascade`, { into: 'reps' })).status).toBe(404);
  });

  it('splits an org goal among the teams below the one team that holds everyone, and over time too', async () => {
    const goal = await created(org.vp.client, '/api/v1/goals', {
      name: 'Visits',
      metric: 'visits',
      scopeKind: 'org',
      periodKind: 'quarter',
      startsOn: '2026-03-01',
      target: '90',
    });
    const teams = await org.vp.client.post(`/api/v1/goals/${goal.id}/cascade`, { into: 'teams' });
    const months = await org.vp.client.post(`/api/v1/goals/${goal.id}/cascade`, { into: 'months' });
    expect(months.status).toBe(200);
    expect(partsOf(teams.body).map(([name]) => name)).toEqual(['Visits · North', 'Visits · South']);
    expect(months.body.splits).toEqual([
      { kind: 'people', target: '90', gap: '0', actual: '0' },
      { kind: 'periods', target: '90', gap: '0', actual: '0' },
    ]);
    expect((await org.vp.client.post(`/api/v1/goals/${goal.id}/cascade`, { into: 'reps' })).status).toBe(409);
  });

  it('splits a company goal among its regions by last year, and refuses a metric without a region', async () => {
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won').id;
    const shares = { East: '300', West: '100' } as const;
    for (const [name, amount] of Object.entries(shares)) {
      const region = await created(org.admin.client, '/api/v1/regions', { name });
      const account = await created(org.admin.client, '/api/v1/accounts', { name: `${name} Co`, regionId: region.id });
      await created(org.admin.client, '/api/v1/deals', {
        name: `${name} deal`,
        accountId: account.id,
        stageId: won,
        closedOn: '2025-05-05',
        amount,
      });
    }
    const goal = await created(org.admin.client, '/api/v1/goals', {
      name: 'Revenue by region',
      metric: 'won_revenue',
      scopeKind: 'org',
      periodKind: 'year',
      startsOn: '2026-01-01',
      target: '1000',
    });
    const split = await org.admin.client.post(`/api/v1/goals/${goal.id}/cascade`, {
      into: 'regions',
      method: 'last_year',
    });
    expect(split.status).toBe(200);
    expect(partsOf(split.body).map(([name, target]) => [name, target])).toEqual([
      ['Revenue by region · East', '750'],
      ['Revenue by region · West', '250'],
    ]);
    const reports = await created(org.admin.client, '/api/v1/goals', {
      name: 'Call reports',
      metric: 'call_reports_submitted',
      scopeKind: 'org',
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '40',
    });
    const refused = await org.admin.client.post(`/api/v1/goals/${reports.id}/cascade`, { into: 'regions' });
    expect(refused.status).toBe(400);
  });

  it('draws the burn-up: the running total to today and the pace line to the deadline', async () => {
    const goal = await created(org.admin.client, '/api/v1/goals', {
      name: 'Rita calls',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '22',
    });
    await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: '2026-03-02T08:00:00Z' });
    await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: '2026-03-02T09:00:00Z' });
    const series = await org.r1.client.get(`/api/v1/goals/${goal.id}/series`);
    expect(series.status).toBe(200);
    expect(series.body).toMatchObject({ target: '22', today: '2026-03-02' });
    expect(series.body.points).toHaveLength(31);
    expect(series.body.points.slice(0, 3)).toEqual([
      { day: '2026-03-01', actual: '0', expected: '0.00' },
      { day: '2026-03-02', actual: '2', expected: '1.00' },
      { day: '2026-03-03', actual: null, expected: '2.00' },
    ]);
    expect(series.body.points.at(-1)).toEqual({ day: '2026-03-31', actual: null, expected: '22.00' });
    // One working day of two calls so far: the fan adds two a working day, with no spread to widen it yet.
    expect(series.body.fan[0]).toEqual({ day: '2026-03-03', low: '4', mid: '4', high: '4' });
    expect(series.body.fan.at(-1)).toEqual({ day: '2026-03-31', low: '44', mid: '44', high: '44' });
    expect(series.body.targetSteps).toEqual([{ from: '2026-03-01', target: '22' }]);
    // A target changed from the 16th on steps there; the same day's later change wins.
    await org.admin.client.patch(`/api/v1/goals/${goal.id}`, { target: '30', effectiveFrom: '2026-03-16' });
    await org.admin.client.patch(`/api/v1/goals/${goal.id}`, { target: '25', effectiveFrom: '2026-03-16' });
    const changed = await org.r1.client.get(`/api/v1/goals/${goal.id}/series`);
    expect(changed.body.targetSteps).toEqual([
      { from: '2026-03-01', target: '22' },
      { from: '2026-03-16', target: '25' },
    ]);
  });

  it('rolls a goal and its parts into the next period, with targets proposed from the result', async () => {
    const proposal = await org.admin.client.get(`/api/v1/goals/${yearGoal}/roll-forward`);
    expect(proposal.status).toBe(200);
    expect(proposal.body).toMatchObject({
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      result: '0.00',
      met: false,
      proposedTarget: '1000',
    });
    const rolled = await org.admin.client.post(`/api/v1/goals/${yearGoal}/roll-forward`, { target: '1200' });
    expect(rolled.status).toBe(201);
    expect(rolled.body).toMatchObject({ rolledFromId: yearGoal, startsOn: '2027-01-01', target: '1200' });
    expect(partsOf(rolled.body)).toEqual([
      ['Revenue 2026 · Q1 2026', '300', '2027-01-01', '2027-03-31'],
      ['Revenue 2026 · Q2 2026', '300', '2027-04-01', '2027-06-30'],
      ['Revenue 2026 · Q3 2026', '300', '2027-07-01', '2027-09-30'],
      ['Revenue 2026 · Q4 2026', '300', '2027-10-01', '2027-12-31'],
    ]);
    expect((await org.admin.client.post(`/api/v1/goals/${yearGoal}/roll-forward`, {})).status).toBe(409);
  });

  it('asks why a missed goal was missed, and keeps the reason with it', async () => {
    const february = await created(org.m1.client, '/api/v1/goals', {
      name: 'February calls',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r2.userId,
      periodKind: 'month',
      startsOn: '2026-02-01',
      target: '40',
    });
    expect(february.pace.status).toBe('missed');
    const silent = await org.m1.client.post(`/api/v1/goals/${february.id}/roll-forward`, {});
    expect(silent.status).toBe(400);
    expect(silent.body.error.fields[0].path).toBe('missedReason');
    const rolled = await org.m1.client.post(`/api/v1/goals/${february.id}/roll-forward`, {
      missedReason: 'Two weeks of trade fair',
    });
    expect(rolled.status).toBe(201);
    expect(rolled.body).toMatchObject({ startsOn: '2026-03-01', endsOn: '2026-03-31', target: '40' });
    const kept = await org.m1.client.get(`/api/v1/goals/${february.id}`);
    expect(kept.body.missedReason).toBe('Two weeks of trade fair');
  });
});
