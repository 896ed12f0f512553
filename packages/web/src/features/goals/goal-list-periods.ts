import { type Goal, goalPeriodOf } from '@pacer/core';

/** The list's period filter: goals running today and due by the end of this month, quarter or year; or all. */
export const goalListPeriods = ['month', 'quarter', 'year', 'all'] as const;
export type GoalListPeriod = (typeof goalListPeriods)[number];

/** The last day a goal may be due to be listed under a period; null lists every goal. */
export const dueBy = (period: GoalListPeriod, today: string, fiscalStartMonth: number): string | null =>
  period === 'all' ? null : goalPeriodOf(period, today, fiscalStartMonth).end;

/** Goals of several answers once each, soonest deadline first (the order the API lists them in). */
export const mergeGoals = (lists: readonly (readonly Goal[] | undefined)[]): Goal[] => {
  const byId = new Map<string, Goal>();
  for (const list of lists) for (const goal of list ?? []) byId.set(goal.id, goal);
  return [...byId.values()].sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.name.localeCompare(b.name));
};
