import type { CompAssignment, CompPlanVersion } from '../contracts/comp';
import type { DateRange } from '../periods/fiscal-year';
import type { LocalDate } from '../periods/local-date';

/*
 * Which plan applies when. A credit is paid under the plan in effect on its date (a mid-period
 * change pro-rates by credit date). Period-level components — goal bonus, draw, the cap per
 * period — are taken from the plan the rep ends the period on: the one in effect on its last day,
 * else the one that ended last.
 */

export interface PlanCalendar {
  /** The plan in effect on a day, or null where none is assigned. */
  planOn: (date: LocalDate) => CompPlanVersion | null;
  /** The plan whose period-level components apply; null without any assignment. */
  periodPlan: CompPlanVersion | null;
}

/** Assignments must lie inside the period and must not overlap (a gap leaves its credits open). */
export const planCalendarOf = (period: DateRange, assignments: readonly CompAssignment[]): PlanCalendar => {
  if (period.end < period.start) {
    throw new RangeError(`the period ends (${period.end}) before it starts (${period.start})`);
  }
  const sorted = [...assignments].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  sorted.forEach((assignment, index) => {
    const { startsOn, endsOn } = assignment;
    if (endsOn < startsOn) {
      throw new RangeError(`plan ${assignment.plan.id} ends (${endsOn}) before it starts (${startsOn})`);
    }
    if (startsOn < period.start || endsOn > period.end) {
      throw new RangeError(`plan ${assignment.plan.id} is assigned ${startsOn}–${endsOn}, outside the period`);
    }
    const before = sorted[index - 1];
    if (before && before.endsOn >= startsOn) {
      throw new RangeError(`plans ${before.plan.id} and ${assignment.plan.id} overlap on ${startsOn}`);
    }
  });
  const planOn = (date: LocalDate) =>
    sorted.find((assignment) => assignment.startsOn <= date && date <= assignment.endsOn)?.plan ?? null;
  // Sorted by start without overlaps, the last one also ends last.
  const periodPlan = planOn(period.end) ?? sorted.at(-1)?.plan ?? null;
  return { planOn, periodPlan };
};
