import type { DateRange } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/client';
import { openInquiry, replyInquiry } from '../comp/comp-inquiries.service';
import { runCompPeriod } from '../comp/comp-runs.service';
import { moveStatement } from '../comp/comp-statements.service';
import type { DemoCompContext } from './demo-comp-context';

/*
 * The pay history of the demo, made through the same services as the web app: sales ops runs the
 * two finished quarters; the older one is reviewed by the VP, approved and paid; in the last one
 * the inside rep questions a line and their manager answers with an adjustment, and the inside
 * manager has reviewed their team while the other teams' statements are still drafts.
 */

const statementsOf = (context: DemoCompContext, period: DateRange, teamId?: string) =>
  queryRows<{ id: string }>(
    context.db,
    sql`select s.id::text from comp_statements s
        where s.org_id = ${context.orgId} and s.period_start = ${period.start}::date and s.period_end = ${period.end}::date
          ${teamId ? sql`and s.rep_id in (select user_id from team_members where org_id = ${context.orgId} and team_id = ${teamId})` : sql``}
        order by s.id`,
  );

/** Runs both quarters for the whole org, as sales ops does at each quarter's close. */
export const runDemoQuarters = async (context: DemoCompContext) => {
  const admin = await context.scopeOf(context.people.admin);
  for (const quarter of [context.quarters.older, context.quarters.last]) {
    await runCompPeriod(context.db, admin, { periodStart: quarter.start, periodEnd: quarter.end });
  }
};

/** The older quarter: reviewed by the VP (every rep is in their reach), approved and paid by sales ops. */
export const settleOlderQuarter = async (context: DemoCompContext) => {
  const vp = await context.scopeOf(context.people.vp);
  const admin = await context.scopeOf(context.people.admin);
  for (const { id } of await statementsOf(context, context.quarters.older)) {
    await moveStatement(context.db, vp, id, 'review');
    await moveStatement(context.db, admin, id, 'approve');
    await moveStatement(context.db, admin, id, 'pay');
  }
};

/** The inside rep asks about their first commission line of the last quarter; their manager adds what was missed. */
export const askAboutALine = async (context: DemoCompContext) => {
  const { db, orgId, quarters, people } = context;
  const [line] = await queryRows<{ statement_id: string; position: number; amount: string }>(
    db,
    sql`select s.id::text as statement_id, l.position, l.amount::text
        from comp_statements s join comp_earning_lines l on l.org_id = s.org_id and l.run_id = s.run_id and l.rep_id = s.rep_id
        where s.org_id = ${orgId} and s.rep_id = ${people.rep} and s.period_start = ${quarters.last.start}::date
          and l.component_kind = 'commission' and l.deal_id is not null
        order by l.position limit 1`,
  );
  if (!line) return;
  const inquiry = await openInquiry(db, await context.scopeOf(people.rep), line.statement_id, Number(line.position), {
    comment:
      'This order included a tool repair plan, which is a push line. Shouldn’t part of it be paid at the higher rate?',
  });
  await replyInquiry(db, await context.scopeOf(people.manager), inquiry.id, {
    comment:
      'You’re right: the repair plan was entered as a note, not as a line item, so it was paid at the base rate. I’ve added the difference.',
    adjustment: { amount: '72.00', reason: 'Tool repair plan paid at the push-line rate' },
  });
};

/** The inside manager has reviewed their team's statements of the last quarter; the other teams' are drafts. */
export const reviewInsideTeam = async (context: DemoCompContext) => {
  const manager = await context.scopeOf(context.people.manager);
  const [team] = await queryRows<{ id: string }>(
    context.db,
    sql`select id::text from teams where org_id = ${context.orgId} and manager_id = ${context.people.manager} limit 1`,
  );
  if (!team) return;
  for (const { id } of await statementsOf(context, context.quarters.last, team.id)) {
    await moveStatement(context.db, manager, id, 'review');
  }
};
