import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client';
import { describeApi } from '../../testing/test-api';
import { checkDemoRules } from './demo-checks';
import { generateDemoPlan } from './demo-plan';
import { type DemoLoadReport, loadDemo } from './load-demo';

/** The demo org at scale S, loaded as on a first start, checked in SQL and used through the API. */
describeApi('the loaded demo org', (api) => {
  let report: DemoLoadReport;
  const signIn = async (email: string) => {
    const client = api.client();
    const answer = await client.post('/api/v1/auth/sign-in', { email, password: 'pacer-demo' });
    expect(answer.status).toBe(200);
    return client;
  };

  beforeAll(async () => {
    report = await loadDemo(api.database.db, generateDemoPlan(), { now: api.clock.now() });
  }, 120_000);

  it('keeps every rule the services keep', async () => {
    const broken = await checkDemoRules(api.database.db, report.orgId);
    expect(Object.entries(broken).filter(([, count]) => count > 0)).toEqual([]);
  });

  it('has checks that catch a broken row', async () => {
    const breakages = {
      'a deal is in the stage of its last stage change': sql`update deals set stage_id = (select c.from_stage_id
        from deal_stage_changes c where c.deal_id = deals.id and c.from_stage_id is not null limit 1)
        where id = (select deal_id from deal_stage_changes where from_stage_id is not null limit 1)`,
      'credit splits sum to 100': sql`update deal_splits set percent = percent - 1
        where (deal_id, user_id) = (select deal_id, user_id from deal_splits limit 1)`,
      'a submitted call report holds exactly its day’s done activities': sql`update activities set call_report_id = null
        where id = (select id from activities where call_report_id is not null limit 1)`,
      'converted leads link the account, contact and deal they became': sql`update leads set converted_deal_id = null
        where id = (select id from leads where status = 'converted' limit 1)`,
    };
    for (const [rule, breakage] of Object.entries(breakages)) {
      let counts: Record<string, number> = {};
      // Break one row, count, and roll back: the org stays whole for the other tests.
      await api.database.db
        .transaction(async (tx) => {
          await tx.execute(breakage);
          counts = await checkDemoRules(tx, report.orgId);
          tx.rollback();
        })
        .catch(() => {});
      expect(counts[rule], rule).toBeGreaterThan(0);
    }
    const after = await checkDemoRules(api.database.db, report.orgId);
    expect(Object.values(after).every((count) => count === 0)).toBe(true);
  });

  it('has the size of scale S, loaded in bulk and with the indexes back', async () => {
    const rows = report.crm?.rows ?? {};
    expect(rows.deals).toBeGreaterThan(4_000);
    expect(rows.activities).toBeGreaterThan(40_000);
    expect(rows.deal_stage_changes).toBeGreaterThan(rows.deals ?? 0);
    expect(report.crm?.bulk).toBe(true);
    const [indexes] = await queryRows<{ count: number }>(
      api.database.db,
      sql`select count(*)::int as count from pg_indexes where tablename = 'activities' and indexname = 'activities_owner_idx'`,
    );
    expect(indexes?.count).toBe(1);
    const [keys] = await queryRows<{ count: number }>(
      api.database.db,
      sql`select count(*)::int as count from pg_constraint where conrelid = 'activities'::regclass and contype = 'f'`,
    );
    expect(keys?.count).toBeGreaterThanOrEqual(5);
    const [primary] = await queryRows<{ count: number }>(
      api.database.db,
      sql`select count(*)::int as count from pg_constraint where conrelid = 'activities'::regclass and contype = 'p'`,
    );
    expect(primary?.count).toBe(1);
  });

  it('gives the rep login a lively pipeline, a day of activities and leads to chase', async () => {
    const rep = await signIn('rep@summit.example');
    const open = await rep.get('/api/v1/deals?stageKind=open&limit=100');
    expect(open.status).toBe(200);
    expect(open.body.items.length).toBeGreaterThanOrEqual(10);
    // The test clock says 09:00 UTC, early morning in New York: the day's calls and meetings are planned.
    const today = await rep.get('/api/v1/activities?from=2026-03-02&to=2026-03-02&limit=100');
    expect(today.status).toBe(200);
    expect(today.body.items.length).toBeGreaterThanOrEqual(5);
    const overdue = await rep.get('/api/v1/leads?overdue=true');
    expect(overdue.body.items.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the manager the team’s records and the rep only their own', async () => {
    const totals = async (email: string, path: string) => (await (await signIn(email)).get(path)).body.count as number;
    for (const path of ['/api/v1/accounts/totals', '/api/v1/deals/totals', '/api/v1/activities/totals']) {
      const rep = await totals('rep@summit.example', path);
      const manager = await totals('manager@summit.example', path);
      const admin = await totals('admin@summit.example', path);
      expect(rep, path).toBeGreaterThan(50);
      expect(manager, path).toBeGreaterThan(rep * 4);
      expect(admin, path).toBeGreaterThan(manager);
    }
  });

  it('opens with each team’s revenue quarter split among its reps, the inside team’s calls, and rules', async () => {
    const manager = await signIn('manager@summit.example');
    const chart = await manager.get('/api/v1/goals/wall-chart');
    expect(chart.status).toBe(200);
    expect(chart.body.columns.map((c: { name: string }) => c.name).sort()).toEqual([
      'Inside Sales calls',
      'Inside Sales revenue',
      'Inside Sales: 40 calls a week each',
    ]);
    expect(chart.body.rows.length).toBeGreaterThanOrEqual(5);
    for (const column of chart.body.columns) expect(Number(column.target)).toBeGreaterThan(0);
    const rep = await signIn('rep@summit.example');
    const mine = (await rep.get('/api/v1/goals?on=2026-03-02')).body.items as { scopeKind: string; repeats: boolean }[];
    expect(mine.filter((g) => g.scopeKind === 'rep')).toHaveLength(3);
    expect(mine.filter((g) => g.scopeKind === 'team' && g.repeats)).toHaveLength(1);
    // A field team's revenue has the estimates rule: one estimates goal a month for the team and each rep.
    const admin = await signIn('admin@summit.example');
    const estimates = (await admin.get('/api/v1/goals?metric=estimates_sent_value&progress=false&limit=500')).body
      .items as { linkedGoalId: string | null }[];
    expect(estimates.length).toBeGreaterThanOrEqual(3);
    expect(estimates.every((g) => g.linkedGoalId)).toBe(true);
  });

  it('shows pay: three plans, the older quarter paid, the last in review with a question answered', async () => {
    const admin = await signIn('admin@summit.example');
    const plans = (await admin.get('/api/v1/comp-plans')).body.items as { name: string; assignmentCount: number }[];
    expect(plans.map((p) => p.name).sort()).toEqual(['Field sales 2026', 'Inside sales 2026', 'Partner agents 2026']);
    expect(plans.every((p) => p.assignmentCount >= 1)).toBe(true);
    type Statement = { id: string; repId: string; status: string; lineCount: number; openInquiries: number };
    const statements = async (start: string, end: string) =>
      (await admin.get(`/api/v1/comp-statements?periodStart=${start}&periodEnd=${end}&limit=100`)).body
        .items as Statement[];
    // The test clock says 2 March 2026: Q3 and Q4 of 2025 are the two finished quarters.
    const older = await statements('2025-07-01', '2025-09-30');
    expect(older.length).toBe(20);
    expect(new Set(older.map((s) => s.status))).toEqual(new Set(['paid']));
    const last = await statements('2025-10-01', '2025-12-31');
    expect(last.filter((s) => s.status === 'reviewed').length).toBe(7);
    expect(last.filter((s) => s.status === 'draft').length).toBe(13);
    expect(last.every((s) => s.lineCount > 0)).toBe(true);
    const rep = await signIn('rep@summit.example');
    const [mine] = (await rep.get('/api/v1/comp-statements?periodStart=2025-10-01&periodEnd=2025-12-31')).body.items;
    expect(mine.openInquiries).toBe(1);
    const detail = (await rep.get(`/api/v1/comp-statements/${mine.id}`)).body;
    expect(Number(detail.attainment.percent)).toBeGreaterThan(0);
    expect(detail.inquiries[0].status).toBe('answered');
    expect(detail.adjustments.map((a: { reason: string }) => a.reason)).toContain(
      'Tool repair plan paid at the push-line rate',
    );
  });

  it('has last month’s contest finished with its prizes on statements, this week’s running, and a lively feed', async () => {
    const manager = await signIn('manager@summit.example');
    const finished = (await manager.get('/api/v1/contests?status=finished')).body.items as { id: string }[];
    expect(finished).toHaveLength(1);
    const contest = (await manager.get(`/api/v1/contests/${finished[0]?.id}`)).body;
    expect(contest.endsOn).toBe('2026-02-28');
    expect(contest.winners).toHaveLength(3);
    expect(contest.winners.filter((w: { statementId: string | null }) => w.statementId)).toHaveLength(2);
    const active = (await manager.get('/api/v1/contests?status=active')).body.items as { status: string }[];
    expect(active.map((c) => c.status)).toEqual(['running']);
    const feed = (await manager.get('/api/v1/recognition?limit=50')).body.items as {
      kind: string;
      createdAt: string;
    }[];
    const kinds = feed.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'kudos').length).toBeGreaterThanOrEqual(4);
    expect(kinds).toContain('award');
    expect(kinds.filter((k) => k === 'contest_won')).toHaveLength(3);
    // Written over the last weeks, not all at the moment the demo loaded.
    expect(new Set(feed.map((p) => p.createdAt.slice(0, 10))).size).toBeGreaterThanOrEqual(5);
    expect(feed.every((p) => p.createdAt <= api.clock.now().toISOString())).toBe(true);
  });
});
