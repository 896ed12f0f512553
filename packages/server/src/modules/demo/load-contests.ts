import { addDays, goalPeriodOf } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../platform/clock';
import { queryRows } from '../../platform/db/client';
import { finishContest } from '../incentives/contest-finish';
import { createContest } from '../incentives/contests.service';
import type { DemoCompContext } from './demo-comp-context';

/** What the contests left for the feed: the finished one's winner and when it was finished. */
export interface DemoContestsReport {
  winnerId: string | null;
  lastMonth: { start: string; end: string };
  finishedAt: Date;
}

/**
 * Two contests: last month's Power Tools push across the org (the VP's, finished with its winners;
 * cash prizes land on their comp statements) and the inside team's calls blitz running this week.
 */
export const loadDemoContests = async (context: DemoCompContext): Promise<DemoContestsReport> => {
  const { db, orgId, today, people } = context;
  const thisMonth = goalPeriodOf('month', today, context.fiscalStartMonth);
  const lastMonth = goalPeriodOf('month', addDays(thisMonth.start, -1), context.fiscalStartMonth);
  const [line] = await queryRows<{ id: string }>(
    db,
    sql`select id::text from product_lines where org_id = ${orgId} and name = 'Power Tools'`,
  );
  const vp = await context.scopeOf(people.vp);
  const push = await createContest(db, vp, fixedClock(new Date(`${lastMonth.start}T13:00:00Z`)), {
    name: 'Power Tools push',
    description: 'Most Power Tools revenue won this month. The 18 V platform is our push line: sell the system.',
    metric: 'won_revenue',
    productLineId: line?.id ?? null,
    periodKind: 'month',
    startsOn: lastMonth.start,
    participants: 'everyone',
    rule: 'top_n',
    topN: 3,
    prizes: [
      { place: 1, kind: 'cash', amount: '1000', currency: 'USD', description: '' },
      { place: 2, kind: 'cash', amount: '500', currency: 'USD', description: '' },
      { place: 3, kind: 'goods', description: 'Cordless drill kit 18 V' },
    ],
  });
  // Finished by the VP on the first morning after the month (or just now, when that is still ahead).
  const finishedAt = new Date(Math.min(Date.parse(`${thisMonth.start}T14:00:00Z`), context.now.getTime() - 60_000));
  const finished = await finishContest(db, vp, fixedClock(finishedAt), push.id);
  const manager = await context.scopeOf(people.manager);
  const [team] = await queryRows<{ id: string }>(
    db,
    sql`select id::text from teams where org_id = ${orgId} and manager_id = ${people.manager} limit 1`,
  );
  const week = goalPeriodOf('week', today, context.fiscalStartMonth);
  await createContest(db, manager, fixedClock(new Date(`${week.start}T13:00:00Z`)), {
    name: 'Calls blitz',
    description: 'Most calls this week. Every call counts: follow-ups, cold calls and renewals alike.',
    metric: 'calls',
    productLineId: null,
    periodKind: 'week',
    startsOn: today,
    participants: 'team',
    teamId: team?.id,
    rule: 'top_n',
    topN: 2,
    prizes: [
      { place: 1, kind: 'cash', amount: '250', currency: 'USD', description: '' },
      { place: 2, kind: 'goods', description: 'Lunch for two at the place of your choice' },
    ],
  });
  const winner = finished.winners.find((w) => w.place === 1) ?? finished.winners[0];
  return { winnerId: winner?.repId ?? null, lastMonth, finishedAt };
};
