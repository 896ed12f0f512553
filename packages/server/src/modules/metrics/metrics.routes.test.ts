import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { rebuildRollups } from './rollups-rebuild';

interface Row {
  metric: string;
  repId: string | null;
  period: string | null;
  currency: string | null;
  value: string | null;
}

const march = 'from=2026-03-01&to=2026-03-31';

/** GET /metrics/values, answered as { "metric[/group][/currency]": value }. */
const valuesOf = async (client: HttpClient, query: string): Promise<Record<string, string | null>> => {
  const answer = await client.get(`/api/v1/metrics/values?${query}`);
  if (answer.status !== 200) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
  return Object.fromEntries(
    (answer.body.rows as Row[]).map((row) => [
      [row.metric, row.repId ?? row.period, row.currency].filter(Boolean).join('/'),
      row.value,
    ]),
  );
};

describeApi('metrics', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let stages: Record<string, string>;
  let widgets: string;
  // Records take their creation time from the database, while the test clock stands in March.
  // An edit behind the app's back, so the rollup is rebuilt after it, as an operator would.
  const createdOnClockDay = async (table: 'deals' | 'leads' | 'contacts') => {
    await api.database.db.execute(
      sql`update ${sql.identifier(table)} set created_at = ${api.clock.now()} where org_id = ${org.orgId}`,
    );
    await rebuildRollups(api.database.db, org.orgId);
  };

  it('lists the catalog with units, aggregation and filters', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const catalog = await org.r1.client.get('/api/v1/metrics');
    expect(catalog.status).toBe(200);
    const byKey = Object.fromEntries(catalog.body.items.map((m: { key: string }) => [m.key, m]));
    expect(byKey.win_rate).toMatchObject({
      unit: 'percent',
      aggregation: { kind: 'ratio', numerator: 'deals_won', denominator: 'deals_closed' },
      filters: ['product_line', 'pipeline', 'region', 'account_set'],
    });
    expect(byKey.calls).toMatchObject({ unit: 'count', aggregation: { kind: 'sum', source: 'activities' } });
    expect((await api.client().get('/api/v1/metrics')).status).toBe(401);
  });

  it('counts activities done, by their owner and day, leaving out planned and archived ones', async () => {
    const log = (client: HttpClient, body: Record<string, unknown>) => client.post('/api/v1/activities', body);
    await log(org.r1.client, { type: 'call', outcome: 'connected', completedAt: '2026-03-02T08:00:00Z' });
    await log(org.r1.client, { type: 'call', outcome: 'appointment_booked', completedAt: '2026-03-02T08:10:00Z' });
    await log(org.r1.client, { type: 'call', outcome: 'no_answer', completedAt: '2026-03-02T08:20:00Z' });
    await log(org.r1.client, { type: 'call', completedAt: '2026-03-02T08:30:00Z' });
    await log(org.r1.client, { type: 'visit', completedAt: '2026-03-02T11:00:00Z' });
    await log(org.r1.client, { type: 'presentation', completedAt: '2026-03-02T14:00:00Z' });
    await log(org.r1.client, { type: 'call', scheduledAt: '2026-03-05T08:00:00Z', completedAt: null });
    const archived = await log(org.r1.client, { type: 'call', completedAt: '2026-03-02T09:00:00Z' });
    await org.r1.client.post(`/api/v1/activities/${archived.body.id}/archive`);
    await log(org.r2.client, { type: 'call', outcome: 'connected', completedAt: '2026-03-03T08:00:00Z' });
    await log(org.r3.client, { type: 'email', completedAt: '2026-03-03T08:00:00Z' });
    await log(org.r3.client, { type: 'call', completedAt: '2026-02-28T23:59:00Z' });

    const metrics = 'metrics=calls,connected_calls,connect_rate,meetings_booked,visits,presentations_held,emails';
    expect(await valuesOf(org.admin.client, `${metrics}&${march}`)).toEqual({
      calls: '5',
      connected_calls: '3',
      connect_rate: '60.0',
      meetings_booked: '1',
      visits: '1',
      presentations_held: '1',
      emails: '1',
    });
    expect(await valuesOf(org.admin.client, `metrics=calls&${march}&groupBy=rep`)).toEqual({
      [`calls/${org.r1.userId}`]: '4',
      [`calls/${org.r2.userId}`]: '1',
    });
    expect(await valuesOf(org.m1.client, `metrics=calls&${march}&groupBy=day`)).toEqual({
      'calls/2026-03-02': '4',
      'calls/2026-03-03': '1',
    });
    expect(await valuesOf(org.admin.client, 'metrics=calls&from=2026-02-01&to=2026-02-28&groupBy=month')).toEqual({
      'calls/2026-02': '1',
    });
  });

  it('shows a rep their own numbers, a manager their team’s, and nobody another org’s', async () => {
    expect(await valuesOf(org.r1.client, `metrics=calls&${march}`)).toEqual({ calls: '4' });
    expect(await valuesOf(org.m1.client, `metrics=calls&${march}`)).toEqual({ calls: '5' });
    expect(await valuesOf(org.m1.client, `metrics=calls&${march}&repId=${org.r2.userId}`)).toEqual({ calls: '1' });
    expect(await valuesOf(org.admin.client, `metrics=calls&${march}&teamId=${org.teams.north}`)).toEqual({
      calls: '5',
    });
    expect(await valuesOf(org.admin.client, `metrics=emails&${march}&teamId=${org.teams.north}`)).toEqual({
      emails: '0',
    });
    expect(await valuesOf(org.viewer.client, `metrics=calls&${march}`)).toEqual({ calls: '5' });
    expect(await valuesOf(other.admin.client, `metrics=calls&${march}`)).toEqual({ calls: '0' });
    expect(
      (await org.r1.client.get(`/api/v1/metrics/values?metrics=calls&${march}&repId=${org.r2.userId}`)).status,
    ).toBe(404);
    expect(
      (await org.m1.client.get(`/api/v1/metrics/values?metrics=calls&${march}&teamId=${org.teams.south}`)).status,
    ).toBe(404);
    expect(
      (await other.admin.client.get(`/api/v1/metrics/values?metrics=calls&${march}&repId=${org.r1.userId}`)).status,
    ).toBe(404);
  });

  it('ranks the reps in reach on a metric, with their rank in the month before', async () => {
    const board = await org.admin.client.get(`/api/v1/metrics/leaderboard?metric=calls&${march}`);
    expect(board.status).toBe(200);
    expect(board.body).toMatchObject({ previousFrom: '2026-02-01', previousTo: '2026-02-28', currency: null });
    expect(board.body.rows).toEqual([
      { rank: 1, repId: org.r1.userId, repName: 'Rita Inside', value: '4', previousRank: 2, previousValue: '0' },
      { rank: 2, repId: org.r2.userId, repName: 'Finn Field', value: '1', previousRank: 2, previousValue: '0' },
      { rank: 3, repId: org.r3.userId, repName: 'Ed External', value: '0', previousRank: 1, previousValue: '1' },
    ]);
    const north = await org.m1.client.get(
      `/api/v1/metrics/leaderboard?metric=calls&${march}&teamId=${org.teams.north}`,
    );
    expect(north.body.rows.map((row: { repId: string }) => row.repId)).toEqual([org.r1.userId, org.r2.userId]);
    // A rep compares with the peers of their own teams (totals only); r3 works in another team.
    const peers = await org.r2.client.get(`/api/v1/metrics/leaderboard?metric=connect_rate&${march}`);
    expect(peers.body.rows).toEqual([
      expect.objectContaining({
        repId: org.r2.userId,
        rank: 1,
        value: '100.0',
        previousValue: null,
        previousRank: null,
      }),
      expect.objectContaining({ repId: org.r1.userId, rank: 2, value: '50.0' }),
    ]);
    expect(await valuesOf(org.r2.client, `metrics=calls&${march}`)).toEqual({ calls: '1' });
    expect(
      (await org.m1.client.get(`/api/v1/metrics/leaderboard?metric=calls&${march}&teamId=${org.teams.south}`)).status,
    ).toBe(404);
  });

  it('credits won deals by their splits on the close day, with revenue, units, win rate and cycle', async () => {
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    stages = Object.fromEntries(pipeline.stages.map((s: { name: string; id: string }) => [s.name, s.id]));
    widgets = (await org.admin.client.post('/api/v1/product-lines', { name: 'Widgets', priority: 'push' })).body.id;
    const widget = (
      await org.admin.client.post('/api/v1/products', { name: 'Widget', listPrice: '100', productLineId: widgets })
    ).body.id;
    const acme = (await org.r1.client.post('/api/v1/accounts', { name: 'Acme' })).body.id;
    const globex = (await org.r2.client.post('/api/v1/accounts', { name: 'Globex' })).body.id;
    const deal = async (client: HttpClient, body: Record<string, unknown>) => {
      const answer = await client.post('/api/v1/deals', body);
      if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
      return answer.body;
    };
    // Won today (the test clock: 2 March), split 60/40 between r1 and r2.
    await deal(org.r1.client, {
      name: 'Acme rollout',
      accountId: acme,
      amount: '1000',
      stageId: stages.Won,
      splits: [
        { userId: org.r1.userId, percent: '60' },
        { userId: org.r2.userId, percent: '40' },
      ],
    });
    await deal(org.r1.client, {
      name: 'Acme extra',
      accountId: acme,
      amount: '300',
      stageId: stages.Lost,
      lostReason: 'Price',
    });
    await deal(org.r2.client, {
      name: 'Globex widgets',
      accountId: globex,
      stageId: stages.Won,
      lineItems: [{ productId: widget, quantity: '5' }],
    });
    await deal(org.r2.client, { name: 'Globex renewal', accountId: globex, amount: '200' });
    await createdOnClockDay('deals');

    const metrics =
      'metrics=deals_won,deals_lost,deals_created,won_revenue,won_units,win_rate,average_deal_size,new_customers,sales_cycle_days';
    expect(await valuesOf(org.admin.client, `${metrics}&${march}`)).toEqual({
      deals_won: '2',
      deals_lost: '1',
      deals_created: '4',
      'won_revenue/USD': '1500.00',
      won_units: '5',
      win_rate: '66.7',
      'average_deal_size/USD': '750.00',
      new_customers: '2',
      sales_cycle_days: '0.0',
    });
    expect(await valuesOf(org.admin.client, `metrics=deals_won,won_revenue&${march}&groupBy=rep`)).toEqual({
      [`deals_won/${org.r1.userId}`]: '0.6',
      [`won_revenue/${org.r1.userId}/USD`]: '600.00',
      [`deals_won/${org.r2.userId}`]: '1.4',
      [`won_revenue/${org.r2.userId}/USD`]: '900.00',
    });
    expect(
      await valuesOf(org.admin.client, `metrics=deals_won,won_revenue,won_units&${march}&productLineId=${widgets}`),
    ).toEqual({ deals_won: '1', 'won_revenue/USD': '500.00', won_units: '5' });
    expect(await valuesOf(org.admin.client, `metrics=deals_won&${march}&accountIds=${acme}`)).toEqual({
      deals_won: '1',
    });
    // The open renewal at its stage's probability (Prospecting: 10 %).
    expect(await valuesOf(org.r2.client, `metrics=pipeline_value,weighted_pipeline&${march}`)).toEqual({
      'pipeline_value/USD': '200.00',
      'weighted_pipeline/USD': '20.00',
    });
    expect(await valuesOf(org.admin.client, 'metrics=deals_won&from=2026-04-01&to=2026-04-30')).toEqual({
      deals_won: '0',
    });
  });

  it('counts leads, follow-ups in time, contacts, estimates sent and call reports', async () => {
    const lead = await org.r1.client.post('/api/v1/leads', { lastName: 'Inbound', source: 'company' });
    await org.r1.client.post('/api/v1/leads', { lastName: 'Late', source: 'company' });
    await org.r1.client.post('/api/v1/activities', {
      type: 'call',
      leadId: lead.body.id,
      completedAt: '2026-03-02T12:00:00Z',
    });
    await org.r1.client.post('/api/v1/contacts', { lastName: 'Prospect' });
    const account = (await org.r1.client.get('/api/v1/accounts?q=acme')).body.items[0].id;
    const estimate = await org.r1.client.post('/api/v1/estimates', {
      accountId: account,
      productLineId: widgets,
      amount: '750',
      estimateDate: '2026-03-02',
    });
    await org.r1.client.post('/api/v1/estimates', {
      accountId: account,
      productLineId: widgets,
      amount: '99',
      estimateDate: '2026-03-02',
    });
    await org.r1.client.patch(`/api/v1/estimates/${estimate.body.id}`, { status: 'sent' });
    await org.r2.client.post('/api/v1/call-reports/mine/2026-03-03/submit', {});
    await createdOnClockDay('leads');
    await createdOnClockDay('contacts');

    expect(
      await valuesOf(
        org.admin.client,
        `metrics=leads_created,leads_followed_up_in_time,follow_up_rate,new_contacts,estimates_sent,estimates_sent_value,call_reports_submitted&${march}`,
      ),
    ).toEqual({
      leads_created: '2',
      leads_followed_up_in_time: '1',
      follow_up_rate: '50.0',
      new_contacts: '1',
      estimates_sent: '1',
      'estimates_sent_value/USD': '750.00',
      call_reports_submitted: '1',
    });
  });

  it('refuses what cannot be answered, naming the field', async () => {
    const refused = async (query: string, path: string) => {
      const answer = await org.admin.client.get(`/api/v1/metrics/values?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    };
    await refused('metrics=calls&from=2026-03-31&to=2026-03-01', 'querystring.to');
    await refused(`metrics=nonsense&${march}`, 'querystring.metrics.0');
    await refused(`${march}`, 'querystring.metrics');
    await refused('metrics=calls&from=2026-02-30&to=2026-03-01', 'querystring.from');
    await refused(`metrics=calls&${march}&productLineId=${widgets}`, 'querystring.productLineId');
    await refused(`metrics=pipeline_value&${march}&groupBy=day`, 'querystring.groupBy');
    const foreignLine = (await other.admin.client.post('/api/v1/product-lines', { name: 'Theirs' })).body.id;
    const foreign = await org.admin.client.get(
      `/api/v1/metrics/values?metrics=deals_won&${march}&productLineId=${foreignLine}`,
    );
    expect(foreign.status).toBe(404);
  });
});
