import { expect, it } from 'vitest';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, flatPlan, march } from './comp-statements.fixture';

interface Line {
  repId: string;
  dealId: string | null;
  dealName: string | null;
  amount: string;
}

// North (Max: Rita, Finn) and South (Mia: Ed) under Sales (Vera). Every rep is paid 5 %.
describeApi('period runs of a team', (api) => {
  let f: CompFixture;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let teamRunId: string;
  const linesOf = async (client: HttpClient, runId: string): Promise<Line[]> =>
    (await client.get(`/api/v1/comp-runs/${runId}/lines`)).body.lines;
  const repIdsOf = (run: { reps: { repId: string }[] }) => run.reps.map((rep) => rep.repId).sort();

  it('lets a manager run the people of the teams they manage, and no one else', async () => {
    f = await compFixture(api);
    other = await createOrgFixture(api);
    const { org } = f;
    await f.plan(flatPlan('5'), { role: 'rep' });
    await f.wonDeal(org.r1.client, 'Rita big', '2026-03-03', '10000');
    await f.wonDeal(org.r2.client, 'Finn small', '2026-03-09', '2000');
    await f.wonDeal(org.r3.client, 'Ed south', '2026-03-12', '4000');

    const run = await org.m1.client.post('/api/v1/comp-runs', march);
    expect(run.status).toBe(201);
    teamRunId = run.body.id;
    expect(run.body.teams).toEqual([{ id: org.teams.north, name: 'North' }]);
    // Ed is South's; the managers have no plan, no deal and no statement, so no earnings.
    expect(repIdsOf(run.body)).toEqual([org.r1.userId, org.r2.userId].sort());
    const lines = await linesOf(f.admin, teamRunId);
    expect(lines.map((line) => [line.dealName, line.amount])).toEqual(
      expect.arrayContaining([
        ['Rita big', '500.00'],
        ['Finn small', '100.00'],
      ]),
    );
    expect(lines.some((line) => line.repId === org.r3.userId)).toBe(false);
    // Only North's statements were opened.
    expect(await f.statementOf(f.admin, org.r1.userId, march)).toMatchObject({ status: 'draft' });
    expect(await f.statementOf(f.admin, org.r3.userId, march)).toBeUndefined();
  });

  it('runs a team the same way every time, and the org run agrees with it', async () => {
    const { org } = f;
    const again = await created(f.org.m1.client, '/api/v1/comp-runs', { ...march, teamId: org.teams.north });
    expect(await linesOf(f.admin, again.id)).toEqual(await linesOf(f.admin, teamRunId));
    // Vera's reach is all of Sales: Max and Mia, who manage the teams below, and their people.
    const vera = await created(org.vp.client, '/api/v1/comp-runs', march);
    expect(vera.teams).toEqual([{ id: org.teams.sales, name: 'Sales' }]);
    expect(repIdsOf(vera)).toEqual([org.r1.userId, org.r2.userId, org.r3.userId].sort());
    const whole = await created(f.admin, '/api/v1/comp-runs', march);
    expect(whole.teams).toEqual([]);
    const north = new Set([org.m1.userId, org.r1.userId, org.r2.userId]);
    const wholeLines = await linesOf(f.admin, whole.id);
    expect(wholeLines.filter((line) => north.has(line.repId))).toEqual(await linesOf(f.admin, teamRunId));
    expect(wholeLines.some((line) => line.repId === org.r3.userId)).toBe(true);
    expect(await f.statementOf(f.admin, org.r3.userId, march)).toMatchObject({ status: 'draft' });
  });

  it('lets an admin run any one team, and shows each run’s teams in the list', async () => {
    const { org } = f;
    const south = await created(f.admin, '/api/v1/comp-runs', { ...march, teamId: org.teams.south });
    expect(repIdsOf(south)).toEqual([org.r3.userId]);
    const list = (await f.admin.get('/api/v1/comp-runs?limit=5')).body.items;
    expect(list.map((run: { teams: { name: string }[] }) => run.teams.map((team) => team.name))).toEqual([
      ['South'],
      [],
      ['Sales'],
      ['North'],
      ['North'],
    ]);
    const detail = await f.admin.get(`/api/v1/comp-runs/${teamRunId}`);
    expect(detail.body.teams).toEqual([{ id: org.teams.north, name: 'North' }]);
  });

  it('refuses a team out of the manager’s reach, another org’s team, and reps and viewers', async () => {
    const { org } = f;
    const south = await org.m1.client.post('/api/v1/comp-runs', { ...march, teamId: org.teams.south });
    expect(south.status).toBe(404);
    expect(south.body.error.code).toBe('NOT_FOUND');
    // Max sees Sales' sub-team he manages, not Sales itself.
    expect((await org.m1.client.post('/api/v1/comp-runs', { ...march, teamId: org.teams.sales })).status).toBe(404);
    // A team the manager belongs to but does not manage is seen, and refused.
    expect((await f.admin.post(`/api/v1/teams/${org.teams.south}/members`, { userId: org.m1.userId })).status).toBe(
      200,
    );
    const member = await org.m1.client.post('/api/v1/comp-runs', { ...march, teamId: org.teams.south });
    expect(member.status).toBe(403);
    expect((await f.admin.post('/api/v1/comp-runs', { ...march, teamId: other.teams.north })).status).toBe(404);
    expect((await org.m1.client.post('/api/v1/comp-runs', { ...march, teamId: other.teams.north })).status).toBe(404);
    expect((await org.r1.client.post('/api/v1/comp-runs', march)).status).toBe(403);
    expect((await org.viewer.client.post('/api/v1/comp-runs', march)).status).toBe(403);
    const notId = await org.m1.client.post('/api/v1/comp-runs', { ...march, teamId: 'north' });
    expect(notId.status).toBe(400);
    // A manager who manages no team has no one to run.
    const lone = await api.invite(f.admin, { role: 'manager', teamId: org.teams.north, name: 'Lou Lone' });
    expect((await lone.client.post('/api/v1/comp-runs', march)).status).toBe(403);
    expect((await lone.client.post('/api/v1/comp-runs', { ...march, teamId: org.teams.north })).status).toBe(403);
  });

  it('leaves approval to admins after a manager’s run', async () => {
    const { org } = f;
    const statement = await f.statementOf(org.m1.client, org.r1.userId, march);
    expect((await org.m1.client.post(`/api/v1/comp-statements/${statement.id}/review`)).status).toBe(200);
    expect((await org.m1.client.post(`/api/v1/comp-statements/${statement.id}/approve`)).status).toBe(403);
    expect((await f.admin.post(`/api/v1/comp-statements/${statement.id}/approve`)).status).toBe(200);
  });
});
