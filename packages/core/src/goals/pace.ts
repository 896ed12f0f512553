import Decimal from 'decimal.js';
import type { DateRange } from '../periods/fiscal-year';
import type { LocalDate } from '../periods/local-date';
import { defaultWorkingWeekdays, workingDaysIn } from './goal-periods';
import { expectedShare, PaceDecimal, readPaceInput, simulationOf } from './pace-inputs';
import { simulateReachShare } from './pace-simulation';

/*
 * The pace of one goal on one day.
 *
 * - Target and actual are first rounded half-up to `decimals`, so what is shown adds up.
 * - Days are the period's working days (all calendar days if it has none). Today counts as
 *   elapsed when inside the period; before it nothing has elapsed, after it everything has.
 * - Expected (cumulative) = target × elapsed share of working days; with month weights a working
 *   day weighs its month's weight / the working days of that whole month. Level goals expect the
 *   target itself.
 * - Projected (cumulative) = actual + the larger of run rate × remaining days and the weighted
 *   open pipeline (never below actual; the pipeline counts until the deadline has passed).
 * - Status: achieved once actual ≥ target (level: once the period is over with the level met);
 *   missed when over and not reached; before the start on_track; else on_track when projected
 *   (level: the current level) meets the target, at_risk within 10 %, else behind.
 * - Run rate needed is rounded up, so it times the remaining days covers the distance.
 * - Probability (cumulative only): see pace-simulation.ts; 1 achieved, 0 missed, null without
 *   any daily values or open deals to simulate from.
 */

export const paceStatuses = ['achieved', 'on_track', 'at_risk', 'behind', 'missed'] as const;
export type PaceStatus = (typeof paceStatuses)[number];

/** What a goal's pace is computed from. */
export interface PaceInput {
  /** Decimal string, normally > 0 (0 allowed, negative refused). */
  target: string;
  /** The value so far, a decimal string. */
  actual: string;
  /** 'cumulative' for metrics that add up over days (revenue, calls); 'level' for ratios and snapshots (win rate, pipeline value): compared as they stand, no run rate. */
  accrual: 'cumulative' | 'level';
  /** False e.g. for sales-cycle days: stay at or below the target. Only read for 'level'. */
  higherIsBetter: boolean;
  /** Start to end, both included; the deadline is the end. */
  period: DateRange;
  /** May be before the start, inside, or after the end. */
  today: LocalDate;
  /** Places of the values returned: 2 for money, 0 for counts, 1 for percent or days. */
  decimals: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday); Monday–Friday when absent. */
  workingWeekdays?: readonly number[];
  /** Optional seasonality: weight of each calendar month (index 0 = January … 11 = December), e.g. last year's share. Absent → linear over working days. */
  monthWeights?: readonly number[];
  /** Observed values per elapsed working day (for the Monte Carlo bootstrap); may be empty. */
  dailyValues?: readonly string[];
  /** Open deals expected to close by the deadline, with the historical probability of their stage reaching won. Only for revenue-like cumulative metrics. */
  openPipeline?: readonly { amount: string; winProbability: number }[];
  /** Monte Carlo trials; 2000 when absent. */
  simulations?: number;
  /** False skips the simulation (a wall of many goals): probability is then null unless achieved or missed. */
  simulate?: boolean;
  /** Seed of the PRNG, so the same input gives the same probability; 1 when absent. */
  seed?: number;
}

/** A goal's pace: values are decimal strings with the input's `decimals`, percentages with one. */
export interface Pace {
  target: string;
  actual: string;
  /** What should be there by the end of today (level: the target). */
  expected: string;
  /** Still to go, never negative. */
  distance: string;
  /** Distance / target × 100; null when the target is 0. */
  distancePercent: string | null;
  /** Actual / target × 100; null when the target is 0. */
  attainmentPercent: string | null;
  elapsedWorkingDays: number;
  remainingWorkingDays: number;
  /** Actual per elapsed working day; null for level goals or before a working day has passed. */
  runRate: string | null;
  /** Distance per remaining working day, rounded up; null for level goals or with no working day left. */
  runRateNeeded: string | null;
  projected: string;
  /** Σ amount × win probability of the open deals; null without an open pipeline. */
  weightedPipeline: string | null;
  /** Chance 0..1 of reaching the target; null when it cannot be estimated. */
  probability: number | null;
  status: PaceStatus;
}

const allWeekdays = [1, 2, 3, 4, 5, 6, 7];

/** The pace of one goal on `today`. Pure: the same input always gives the same pace. */
export const paceOf = (input: PaceInput): Pace => {
  const numbers = readPaceInput(input);
  const { target, actual, period, today, decimals } = numbers;
  const cumulative = input.accrual === 'cumulative';
  const higherIsBetter = cumulative || input.higherIsBetter;
  const round = (value: Decimal) => value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const percentOf = (value: Decimal) =>
    target.isZero() ? null : value.dividedBy(target).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

  const weekdays = input.workingWeekdays ?? defaultWorkingWeekdays;
  const working = workingDaysIn(period, weekdays) > 0 ? weekdays : allWeekdays;
  const totalDays = workingDaysIn(period, working);
  const before = today < period.start;
  const over = today > period.end;
  const elapsed = before ? 0 : workingDaysIn({ start: period.start, end: over ? period.end : today }, working);
  const remaining = totalDays - elapsed;

  const distance = PaceDecimal.max(higherIsBetter ? target.minus(actual) : actual.minus(target), 0);
  const met = higherIsBetter ? actual.greaterThanOrEqualTo(target) : actual.lessThanOrEqualTo(target);
  const weightedPipeline = numbers.openPipeline?.reduce(
    (sum, deal) => sum.plus(deal.amount.times(deal.winProbability)),
    new PaceDecimal(0),
  );

  let expected = target;
  let projected = actual;
  if (cumulative) {
    const share = expectedShare(numbers, working, elapsed, totalDays);
    expected = target.times(share.elapsed).dividedBy(share.total);
    const runRateFuture = elapsed > 0 ? actual.dividedBy(elapsed).times(remaining) : new PaceDecimal(0);
    const pipelineFuture = over || !weightedPipeline ? new PaceDecimal(0) : weightedPipeline;
    projected = actual.plus(PaceDecimal.max(runRateFuture, pipelineFuture, 0));
  }
  const projectedShown = new PaceDecimal(round(projected));

  let status: PaceStatus;
  if (cumulative ? met : over && met) status = 'achieved';
  else if (over) status = 'missed';
  else if (before) status = 'on_track';
  else if (cumulative) {
    if (projectedShown.greaterThanOrEqualTo(target)) status = 'on_track';
    else status = projectedShown.greaterThanOrEqualTo(target.times(0.9)) ? 'at_risk' : 'behind';
  } else if (met) status = 'on_track';
  else {
    const near = higherIsBetter
      ? actual.greaterThanOrEqualTo(target.times(0.9))
      : actual.lessThanOrEqualTo(target.times(1.1));
    status = near ? 'at_risk' : 'behind';
  }

  let probability: number | null = null;
  if (cumulative && status === 'achieved') probability = 1;
  else if (cumulative && status === 'missed') probability = 0;
  else if (
    cumulative &&
    input.simulate !== false &&
    (numbers.dailyValues.length > 0 || (numbers.openPipeline?.length ?? 0) > 0)
  ) {
    probability = Math.round(simulateReachShare(simulationOf(numbers, remaining)) * 1000) / 1000;
  }

  return {
    target: round(target),
    actual: round(actual),
    expected: round(expected),
    distance: round(distance),
    distancePercent: percentOf(distance),
    attainmentPercent: percentOf(actual),
    elapsedWorkingDays: elapsed,
    remainingWorkingDays: remaining,
    runRate: cumulative && elapsed > 0 ? round(actual.dividedBy(elapsed)) : null,
    runRateNeeded:
      cumulative && remaining > 0
        ? distance.dividedBy(remaining).toDecimalPlaces(decimals, Decimal.ROUND_UP).toFixed(decimals)
        : null,
    projected: round(projected),
    weightedPipeline: weightedPipeline ? round(weightedPipeline) : null,
    probability,
    status,
  };
};
