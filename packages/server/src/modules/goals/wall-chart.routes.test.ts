import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

// The test clock stands on Monday 2 March 2026.
describeApi('wall chart', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;

  it('shows each rep × goal with status and distance, one column per split goal', async () => {
    org = await createOrgFixture(api);
    const team = await created(org.m1.client, '/api/v1/goals', {
      name: 'Calls',
      kind: 'quota',
      metric: 'calls',
      scopeKind: 'team',
      scopeId: org.teams.north,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '88',
    });
    await org.m1.client.post(`/api/v1/goals/${team.id}/cascade`, { into: 'reps' });
    await created(org.m1.client, '/api/v1/goals', {
      name: 'Rita revenue',
      metric: 'won_revenue',
      scopeKind: 'rep',
      scopeId: org.r1.userId,
      periodKind: 'quarter',
      startsOn: '2026-03-01',
      target: '5000',
    });
    await created(org.m2.client, '/api/v1/goals', {
      name: 'Ed calls',
      metric: 'calls',
      scopeKind: 'rep',
      scopeId: org.r3.userId,
      periodKind: 'month',
      startsOn: '2026-03-01',
      target: '10',
    });
    for (const minute of ['00', '10', '20', '30']) {
      await created(org.r1.client, '/api/v1/activities', { type: 'call', completedAt: `2026-03-02T08:${minute}:00Z` });
    }

    const chart = await org.m1.client.get(`/api/v1/goals/wall-chart?teamId=${org.teams.north}`);
    expect(chart.status).toBe(200);
    expect(chart.body.on).toBe('2026-03-02');
    expect(chart.body.columns).toEqual([
      expect.objectContaining({ name: 'Rita revenue', metric: 'won_revenue', target: '5000', actual: '0.00' }),
      expect.objectContaining({ key: team.id, name: 'Calls', metric: 'calls', target: '88', actual: '4' }),
    ]);
    expect(chart.body.rows.map((row: { repName: string }) => row.repName)).toEqual(['Finn Field', 'Rita Inside']);
    const [finn, rita] = chart.body.rows;
    expect(finn.cells[0]).toBeNull();
    expect(finn.cells[1]).toMatchObject({ target: '44', actual: '0', distance: '44', status: 'behind' });
    expect(rita.cells[1]).toMatchObject({ target: '44', actual: '4', distance: '40', status: 'on_track' });
    expect(rita.cells[0]).toMatchObject({ target: '5000', actual: '0.00', status: 'behind' });

    // A rep sees their own row; another team is not found.
    const own = await org.r1.client.get('/api/v1/goals/wall-chart');
    expect(own.body.rows.map((row: { repName: string }) => row.repName)).toEqual(['Rita Inside']);
    expect((await org.m2.client.get(`/api/v1/goals/wall-chart?teamId=${org.teams.north}`)).status).toBe(404);
  });

  it('ranks reps by the share of their own target reached, so a small target competes with a big one', async () => {
    await created(org.r3.client, '/api/v1/activities', { type: 'call', completedAt: '2026-03-02T10:00:00Z' });
    const board = await org.admin.client.get('/api/v1/goals/leaderboard?metric=calls&from=2026-03-01&to=2026-03-02');
    expect(board.status).toBe(200);
    expect(
      board.body.rows.map((r: { repName: string; rank: number; value: string }) => [r.repName, r.rank, r.value]),
    ).toEqual([
      ['Ed External', 1, '10.0'],
      ['Rita Inside', 2, '9.1'],
      ['Finn Field', 3, '0.0'],
    ]);
    // Today against yesterday, as it stood then: the same March goals, nothing logged on 1 March.
    const today = await org.admin.client.get('/api/v1/goals/leaderboard?metric=calls&from=2026-03-02&to=2026-03-02');
    expect(today.body.previousTo).toBe('2026-03-01');
    expect(today.body.rows.map((r: { value: string; previousValue: string }) => [r.value, r.previousValue])).toEqual([
      ['10.0', '0.0'],
      ['9.1', '0.0'],
      ['0.0', '0.0'],
    ]);
    // A rep compares with the peers of their own team.
    const peers = await org.r2.client.get('/api/v1/goals/leaderboard?metric=calls&from=2026-03-01&to=2026-03-02');
    expect(peers.body.rows.map((r: { repName: string }) => r.repName)).toEqual(['Rita Inside', 'Finn Field']);
  });

  it('exports the chart as the spreadsheet people keep, coloured by status', async () => {
    const answer = await org.m1.client.download(`/api/v1/goals/wall-chart.xlsx?teamId=${org.teams.north}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('wall-chart-2026-03-02.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Wall chart');
    expect(sheet?.getRow(1).getCell(2).value).toBe('Rita revenue (USD)');
    expect(sheet?.getRow(3).values).toEqual([undefined, '', 'Target', 'Actual', 'To go', 'Target', 'Actual', 'To go']);
    const rita = sheet?.getRow(5);
    expect(rita?.getCell(1).value).toBe('Rita Inside');
    expect([5, 6, 7].map((i) => rita?.getCell(i).value)).toEqual([44, 4, 40]);
    expect(sheet?.getRow(6).getCell(5).value).toBe(88);
  });
});
