import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

// The test clock stands on Monday 2 March 2026. North: manager M1, reps R1 and R2; South: manager
// M2, rep R3; both under Sales, led by the VP.
describeApi('comp plan assignments and acknowledgements', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let aePlan: string;
  let teamPlan: string;
  let v2: string;
  let ritaOnAe: string;

  const flat = (rate: string) => ({ components: [{ kind: 'commission', id: 'flat', ratePercent: rate }] });
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it('assigns a plan to a rep and another to a team (with its sub-teams)', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const ae = await created(org.admin.client, '/api/v1/comp-plans', {
      name: 'AE plan',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: flat('5'),
    });
    aePlan = ae.id;
    const second = await created(org.admin.client, `/api/v1/comp-plans/${aePlan}/versions`, {
      effectiveFrom: '2026-02-15',
      terms: flat('6'),
    });
    v2 = second.versions[1].id;
    teamPlan = (
      await created(org.admin.client, '/api/v1/comp-plans', {
        name: 'Sales team plan',
        currency: 'USD',
        effectiveFrom: '2026-01-01',
        terms: flat('4'),
      })
    ).id;
    const rita = await created(org.admin.client, `/api/v1/comp-plans/${aePlan}/assignments`, {
      repId: org.r1.userId,
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    ritaOnAe = rita.id;
    expect(rita).toMatchObject({
      planId: aePlan,
      repId: org.r1.userId,
      repName: 'Rita Inside',
      teamId: null,
      role: null,
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    const sales = await created(org.admin.client, `/api/v1/comp-plans/${teamPlan}/assignments`, {
      teamId: org.teams.sales,
      startsOn: '2026-01-01',
    });
    expect(sales).toMatchObject({ teamId: org.teams.sales, teamName: 'Sales', repId: null, endsOn: null });
    const detail = await org.admin.client.get(`/api/v1/comp-plans/${aePlan}`);
    expect(detail.body.assignments).toEqual([expect.objectContaining({ id: ritaOnAe })]);
    expect(detail.body.assignmentCount).toBe(1);
  });

  it('refuses an assignment overlapping the same rep’s, until the first one ends', async () => {
    const overlapping = await org.admin.client.post(`/api/v1/comp-plans/${teamPlan}/assignments`, {
      repId: org.r1.userId,
      startsOn: '2026-06-01',
    });
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.fields).toEqual([
      {
        path: 'startsOn',
        message: 'Rita Inside is already on plan “AE plan” from 2026-01-01 to 2026-06-30; end that assignment first',
      },
    ]);
    const ended = await org.admin.client.patch(`/api/v1/comp-plans/${aePlan}/assignments/${ritaOnAe}`, {
      endsOn: '2026-05-31',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.endsOn).toBe('2026-05-31');
    const next = await created(org.admin.client, `/api/v1/comp-plans/${teamPlan}/assignments`, {
      repId: org.r1.userId,
      startsOn: '2026-06-01',
    });
    // Reopening the first would now overlap the second.
    const reopened = await org.admin.client.patch(`/api/v1/comp-plans/${aePlan}/assignments/${ritaOnAe}`, {
      endsOn: null,
    });
    expect(reopened.status).toBe(400);
    expect(reopened.body.error.fields[0].message).toContain('already on plan “Sales team plan” from 2026-06-01');
    const removed = await org.admin.client.delete(`/api/v1/comp-plans/${teamPlan}/assignments/${next.id}`);
    expect(removed.status).toBe(204);
    const overlappingTeam = await org.admin.client.post(`/api/v1/comp-plans/${aePlan}/assignments`, {
      teamId: org.teams.sales,
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
    });
    expect(overlappingTeam.body.error.fields[0].message).toContain('Team Sales is already on plan “Sales team plan”');
  });

  it('answers 400 naming a target that is not the org’s, or not exactly one target', async () => {
    const post = (body: unknown) => org.admin.client.post(`/api/v1/comp-plans/${aePlan}/assignments`, body);
    const foreignRep = await post({ repId: other.r1.userId, startsOn: '2026-01-01' });
    expect(foreignRep.status).toBe(400);
    expect(foreignRep.body.error.fields).toEqual([{ path: 'repId', message: 'No such member in this org' }]);
    const foreignTeam = await post({ teamId: other.teams.north, startsOn: '2026-01-01' });
    expect(foreignTeam.body.error.fields).toEqual([{ path: 'teamId', message: 'No such team' }]);
    const both = await post({ repId: org.r2.userId, teamId: org.teams.north, startsOn: '2026-01-01' });
    expect(both.body.error.fields[0].path).toBe('repId');
    const backwards = await post({ role: 'rep', startsOn: '2026-03-01', endsOn: '2026-02-01' });
    expect(backwards.body.error.fields).toEqual([{ path: 'endsOn', message: 'Ends before it starts' }]);
    const viewer = await post({ repId: org.viewer.userId, startsOn: '2026-01-01' });
    expect(viewer.body.error.fields[0].path).toBe('repId');
    const elsewhere = await org.admin.client.delete(`/api/v1/comp-plans/${teamPlan}/assignments/${ritaOnAe}`);
    expect(elsewhere.status).toBe(404);
  });

  it('shows each rep the plan paying them today: their own over their team’s', async () => {
    const rita = await org.r1.client.get('/api/v1/me/comp-plan');
    expect(rita.status).toBe(200);
    expect(rita.body).toMatchObject({
      on: '2026-03-02',
      current: {
        plan: { id: aePlan, name: 'AE plan', currency: 'USD' },
        assignment: { id: ritaOnAe, via: 'rep', startsOn: '2026-01-01', endsOn: '2026-05-31' },
        version: { id: v2, version: 2, effectiveFrom: '2026-02-15' },
        acknowledgedAt: null,
      },
    });
    // Finn (North, under Sales) and Ed (South) are paid by the plan of Sales, two teams up.
    for (const rep of [org.r2, org.r3]) {
      const mine = await rep.client.get('/api/v1/me/comp-plan');
      expect(mine.body.current).toMatchObject({ plan: { id: teamPlan }, assignment: { via: 'team' } });
    }
    // Team plans pay reps, not the managers on the team.
    expect((await org.m1.client.get('/api/v1/me/comp-plan')).body.current).toBeNull();
    // A rep sees the plans that reach them (Rita's team plan pays her once her own ends), and no other.
    expect(ids((await org.r1.client.get('/api/v1/comp-plans')).body.items)).toEqual([aePlan, teamPlan]);
    expect(ids((await org.r2.client.get('/api/v1/comp-plans')).body.items)).toEqual([teamPlan]);
    expect((await org.r2.client.get(`/api/v1/comp-plans/${aePlan}`)).status).toBe(404);
  });

  it('records a rep’s acknowledgement of their plan once, with the time', async () => {
    const path = `/api/v1/comp-plans/${aePlan}/versions/${v2}/acknowledge`;
    const first = await org.r1.client.post(path);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      planId: aePlan,
      versionId: v2,
      version: 2,
      repId: org.r1.userId,
      repName: 'Rita Inside',
      acknowledgedAt: '2026-03-02T09:00:00.000Z',
    });
    const again = await org.r1.client.post(path);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('You acknowledged version 2 of this plan on 2026-03-02T09:00:00.000Z');
    const mine = await org.r1.client.get('/api/v1/me/comp-plan');
    expect(mine.body.current.acknowledgedAt).toBe('2026-03-02T09:00:00.000Z');
    // Finn cannot see the plan; the VP sees it but is not on it.
    expect((await org.r2.client.post(path)).status).toBe(404);
    expect((await org.vp.client.post(path)).status).toBe(403);
    expect((await other.r1.client.post(path)).status).toBe(404);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=comp_plan');
    expect(audit.body.items[0]).toMatchObject({ action: 'comp_plan.acknowledged', actorId: org.r1.userId });
  });

  it('shows managers the plans assigned in their reach, with only their people’s assignments', async () => {
    const north = await org.m1.client.get(`/api/v1/comp-plans/${aePlan}`);
    expect(north.status).toBe(200);
    expect(north.body.assignments.map((a: { repId: string }) => a.repId)).toEqual([org.r1.userId]);
    expect(north.body.versions[1].acknowledgements).toEqual([expect.objectContaining({ repId: org.r1.userId })]);
    // South's manager does not reach Rita: the AE plan is not theirs to see.
    expect((await org.m2.client.get(`/api/v1/comp-plans/${aePlan}`)).status).toBe(404);
    expect(ids((await org.m2.client.get('/api/v1/comp-plans')).body.items)).toEqual([teamPlan]);
    expect(ids((await org.vp.client.get('/api/v1/comp-plans')).body.items)).toEqual([aePlan, teamPlan]);
    const team = await org.m2.client.get(`/api/v1/comp-plans/${teamPlan}`);
    expect(team.body.assignments).toEqual([expect.objectContaining({ teamId: org.teams.sales })]);
  });

  it('pays by role where nothing more specific applies', async () => {
    const managers = (
      await created(org.admin.client, '/api/v1/comp-plans', {
        name: 'Manager overlay',
        currency: 'USD',
        effectiveFrom: '2026-01-01',
        terms: flat('1'),
      })
    ).id;
    await created(org.admin.client, `/api/v1/comp-plans/${managers}/assignments`, {
      role: 'manager',
      startsOn: '2026-01-01',
    });
    const mine = await org.m1.client.get('/api/v1/me/comp-plan');
    expect(mine.body.current).toMatchObject({ plan: { id: managers }, assignment: { via: 'role' } });
    expect(ids((await org.r1.client.get('/api/v1/comp-plans')).body.items)).toEqual([aePlan, teamPlan]);
  });
});
