/** The comp-run benchmark's org, its plan and the quotas it needs, made through the API. */
import { addDays, type DateRange, fiscalQuarterOf, fiscalYearOf, type LocalDate, Money } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../packages/server/src/platform/db/client';
import { log } from './report';
import { type Caller, callApi } from './session';

const planName = 'Bench field plan';
// ——— the org, its periods and its plan ———

export interface Org {
  orgId: string;
  timeZone: string;
  currency: string;
  fiscalStart: number;
  lastWon: LocalDate;
}

export const readOrg = async (db: Db, orgId: string): Promise<Org> => {
  const [row] = await queryRows<Org>(
    db,
    sql`select o.id::text as "orgId", o.time_zone as "timeZone", o.currency, o.fiscal_year_start_month as "fiscalStart",
          (select max(d.closed_on)::text from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id
           where d.org_id = o.id and s.kind = 'won') as "lastWon"
        from orgs o where o.id = ${orgId}`,
  );
  if (!row?.lastWon) throw new Error('the org has no won deal');
  return row;
};

export const lastQuarterOf = (org: Org) =>
  fiscalQuarterOf(addDays(fiscalQuarterOf(org.lastWon, org.fiscalStart).start, -1), org.fiscalStart);

export interface Session {
  baseUrl: string;
  admin: Caller;
  db: Db;
  org: Org;
}

export const call = <T>(s: Session, path: string, options: { method?: string; body?: unknown; expect?: number } = {}) =>
  callApi<T>(s.baseUrl, s.admin, path, options);

export const wonRevenue = async (db: Db, orgId: string, period: DateRange): Promise<string> => {
  const [row] = await queryRows<{ amount: string }>(
    db,
    sql`select coalesce(sum(d.amount), 0)::text as amount
        from deals d join stages s on s.org_id = d.org_id and s.id = d.stage_id
        where d.org_id = ${orgId} and s.kind = 'won' and d.archived_at is null
          and d.closed_on between ${period.start}::date and ${period.end}::date`,
  );
  return new Money(row?.amount ?? '0').toDecimalPlaces(0).toFixed(2);
};

export const periodKindOf = (org: Org, period: DateRange) => {
  const quarter = fiscalQuarterOf(period.start, org.fiscalStart);
  const year = fiscalYearOf(period.start, org.fiscalStart);
  if (quarter.start === period.start && quarter.end === period.end) return { periodKind: 'quarter' };
  if (year.start === period.start && year.end === period.end) return { periodKind: 'year' };
  return { periodKind: 'custom', endsOn: period.end };
};

/**
 * The reps' quotas of a period (a tiered commission needs one): an org quota of the period's won
 * revenue, so attainment spreads around 100 %, split evenly into a quota for each rep. Made once.
 */
export const ensureQuota = async (s: Session, period: DateRange): Promise<string> => {
  const name = `Bench comp quota ${period.start} – ${period.end}`;
  const goals = await call<{ items: { id: string; name: string }[] }>(
    s,
    `/api/v1/goals?progress=false&limit=500&scopeKind=org&metric=won_revenue&on=${period.start}`,
  );
  const existing = goals.items.find((goal) => goal.name === name);
  if (existing) return existing.id;
  const target = await wonRevenue(s.db, s.org.orgId, period);
  const goal = await call<{ id: string }>(s, '/api/v1/goals', {
    method: 'POST',
    body: {
      name,
      kind: 'quota',
      metric: 'won_revenue',
      scopeKind: 'org',
      startsOn: period.start,
      target,
      ...periodKindOf(s.org, period),
    },
    expect: 201,
  });
  await call(s, `/api/v1/goals/${goal.id}/cascade`, { method: 'POST', body: { into: 'reps' } });
  log(`quota ${name}: ${s.org.currency} ${target}, split among the reps`);
  return goal.id;
};

/**
 * The upkeep marks a goal achieved when it sees it reached, and never looked at a past quarter:
 * the org's quota of the quarter (its own won revenue) is marked reached on its last day, so the
 * plan's goal bonus pays in the quarter.
 */
export const markReached = async (s: Session, goalId: string, day: LocalDate) => {
  await s.db.execute(
    sql`update goals set achieved_at = (${day}::date + time '17:00') at time zone ${s.org.timeZone}
        where org_id = ${s.org.orgId} and id = ${goalId} and achieved_at is null`,
  );
};

/** A pushed product sold often: the SPIFF's product. */
export const spiffProduct = async (db: Db, orgId: string): Promise<string> => {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select p.id::text from products p join product_lines pl on pl.org_id = p.org_id and pl.id = p.product_line_id
        where p.org_id = ${orgId} and pl.priority = 'push' and p.archived_at is null
        order by (select count(*) from deal_line_items li where li.org_id = p.org_id and li.product_id = p.id) desc, p.id
        limit 1`,
  );
  if (!row) throw new Error('the org has no product in a push line');
  return row.id;
};

/** Marginal tiers with an accelerator, a rate for push lines, a SPIFF in a window, a goal bonus, a cap per period. */
export const planTerms = (spiff: { productId: string; window: DateRange }, bonusGoalId: string) => ({
  components: [
    {
      kind: 'commission',
      id: 'revenue',
      name: 'Revenue commission',
      tierMode: 'marginal',
      tiers: [
        { fromPercent: '0', ratePercent: '2' },
        { fromPercent: '50', ratePercent: '5' },
        { fromPercent: '100', ratePercent: '8' },
      ],
    },
    { kind: 'product_line', id: 'push-lines', name: 'Push lines', rules: [{ priority: 'push', ratePercent: '6' }] },
    {
      kind: 'spiff',
      id: 'drill-month',
      name: 'Pushed product month',
      productId: spiff.productId,
      per: 'unit',
      amount: '25.00',
      startsOn: spiff.window.start,
      endsOn: spiff.window.end,
    },
    { kind: 'goal_bonus', id: 'org-quota-bonus', name: 'Org made its quarter', goalId: bonusGoalId, amount: '1000.00' },
    { kind: 'cap', id: 'period-cap', name: 'Most commission a period', perPeriod: '60000.00' },
  ],
});

/** The bench plan, made once and assigned to role rep from a day before every period timed. */
export const ensurePlan = async (s: Session, quarter: DateRange) => {
  const plans = await call<{ items: { id: string; name: string }[] }>(s, '/api/v1/comp-plans?limit=500');
  let planId = plans.items.find((plan) => plan.name === planName)?.id;
  // Before every period timed, whichever sizes this run picked.
  const from = `${Number(s.org.lastWon.slice(0, 4)) - 4}-01-01`;
  if (!planId) {
    const bonusGoalId = await ensureQuota(s, quarter);
    await markReached(s, bonusGoalId, quarter.end);
    const middleMonth = { start: addDays(quarter.start, 31), end: addDays(quarter.start, 61) };
    const terms = planTerms({ productId: await spiffProduct(s.db, s.org.orgId), window: middleMonth }, bonusGoalId);
    const body = { name: planName, currency: s.org.currency, effectiveFrom: from, terms, note: 'comp-run benchmark' };
    planId = (await call<{ id: string }>(s, '/api/v1/comp-plans', { method: 'POST', body, expect: 201 })).id;
    log(`made the plan ${planName}`);
  }
  const detail = await call<{ assignments: { role: string | null }[] }>(s, `/api/v1/comp-plans/${planId}`);
  if (!detail.assignments.some((assignment) => assignment.role === 'rep')) {
    const body = { role: 'rep', startsOn: from };
    await call(s, `/api/v1/comp-plans/${planId}/assignments`, { method: 'POST', body, expect: 201 });
  }
};
