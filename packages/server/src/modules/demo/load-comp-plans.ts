import { addDays, type CompPlanTerms } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../platform/clock';
import { queryRows } from '../../platform/db/client';
import { assignCompPlan } from '../comp/comp-assignments.service';
import { createCompPlan } from '../comp/comp-plans.service';
import { setGoal } from '../goals/goals.service';
import type { DemoCompContext } from './demo-comp-context';
import { fieldSalesTerms, insideSalesTerms, partnerTerms } from './demo-comp-terms';
import { setTeamRevenueQuota } from './load-goals';

/**
 * The quotas the pay history is measured against: each team's revenue in the two finished
 * quarters at last year's plus 10 %, split among its reps by last year — as the VP set them then.
 */
const loadQuotaHistory = async (context: DemoCompContext) => {
  const { db, quarters } = context;
  const vp = await context.scopeOf(context.people.vp);
  for (const quarter of [quarters.older, quarters.last]) {
    // Set on the quarter's first morning, so the goals read as set then.
    const clock = fixedClock(new Date(`${quarter.start}T14:00:00Z`));
    for (const team of context.teams) {
      await setTeamRevenueQuota(db, vp, clock, team, quarter.start);
    }
  }
};

/** The sales team's revenue this quarter, which pays the field reps' kicker: last year's plus 5 %. */
const setKickerGoal = async (context: DemoCompContext): Promise<string> => {
  const [top] = await queryRows<{ id: string }>(
    context.db,
    sql`select id::text from teams where org_id = ${context.orgId} and parent_id is null order by created_at limit 1`,
  );
  return setGoal(context.db, await context.scopeOf(context.people.vp), fixedClock(context.now), {
    name: 'Sales makes its quarter',
    kind: 'goal',
    metric: 'won_revenue',
    scopeKind: 'team',
    scopeId: top?.id as string,
    periodKind: 'quarter',
    startsOn: context.quarters.current.start,
    baseline: 'same_period_last_year',
    upliftPercent: '5',
    pacing: 'linear',
    checklist: false,
    repeats: false,
  });
};

/** Which plan a sub-team's reps are on, by the team's name (scale M has several teams of each kind). */
const planOfTeam = (name: string): 'field' | 'inside' | 'partner' =>
  name.startsWith('Field') ? 'field' : name.startsWith('Inside') ? 'inside' : 'partner';

/**
 * The pay plans, built and assigned by sales ops through the plan service: field, inside and partner
 * plans from the start of the year (or of the older quarter, early in a year), each assigned to its
 * teams. Answers the plan ids by kind.
 */
export const loadDemoCompPlans = async (context: DemoCompContext): Promise<Record<string, string>> => {
  const { db, quarters } = context;
  await loadQuotaHistory(context);
  const kickerGoalId = await setKickerGoal(context);
  const [product] = await queryRows<{ id: string }>(
    db,
    sql`select id::text from products where org_id = ${context.orgId} and sku = 'MS-500'`,
  );
  const year = context.today.slice(0, 4);
  const effectiveFrom = [`${year}-01-01`, quarters.older.start].sort()[0] as string;
  // The SPIFF ran over the last finished quarter's final six weeks: a push to close the stock-room deals.
  const spiffWindow = { start: addDays(quarters.last.end, -41), end: quarters.last.end };
  const terms: Record<'field' | 'inside' | 'partner', [string, CompPlanTerms]> = {
    field: [
      `Field sales ${year}`,
      fieldSalesTerms({ spiffProductId: product?.id as string, spiffWindow, kickerGoalId }),
    ],
    inside: [`Inside sales ${year}`, insideSalesTerms()],
    partner: [`Partner agents ${year}`, partnerTerms()],
  };
  const admin = await context.scopeOf(context.people.admin);
  const ids: Record<string, string> = {};
  for (const [kind, [name, planTerms]] of Object.entries(terms)) {
    const plan = await createCompPlan(db, admin, {
      name,
      currency: 'USD',
      effectiveFrom,
      terms: planTerms,
      note: 'Set with finance at the start of the year',
    });
    ids[kind] = plan.id;
  }
  for (const team of context.teams) {
    await assignCompPlan(db, admin, ids[planOfTeam(team.name)] as string, {
      teamId: team.id,
      startsOn: effectiveFrom,
      endsOn: null,
    });
  }
  return ids;
};
