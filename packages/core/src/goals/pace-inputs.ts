import Decimal from 'decimal.js';
import type { DateRange } from '../periods/fiscal-year';
import { type LocalDate, parseLocalDate } from '../periods/local-date';
import { assertDateRange, goalPeriodOf, monthsOf, workingDaysIn } from './goal-periods';
import type { PaceInput } from './pace';
import type { ReachSimulation } from './pace-simulation';

/** Exact enough for month-weighted shares (products of ~17-digit weights and day counts) to lose nothing. */
export const PaceDecimal = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP });
type Exact = InstanceType<typeof PaceDecimal>;

/** A pace input checked and turned into exact numbers once. */
export interface PaceNumbers {
  target: Exact;
  actual: Exact;
  period: DateRange;
  today: LocalDate;
  decimals: number;
  monthWeights: Exact[] | null;
  dailyValues: Exact[];
  openPipeline: { amount: Exact; winProbability: number }[] | null;
  simulations: number;
  seed: number;
}

const finite = (value: string | number, what: string): Exact => {
  const decimal = new PaceDecimal(value);
  if (!decimal.isFinite()) throw new RangeError(`${what} must be a finite number, got ${value}`);
  return decimal;
};

const wholeNumber = (value: number, min: number, what: string): number => {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${what} must be a whole number ≥ ${min}`);
  return value;
};

/** Checks a pace input (RangeError on nonsense) and rounds target and actual to the places shown. */
export const readPaceInput = (input: PaceInput): PaceNumbers => {
  const decimals = wholeNumber(input.decimals, 0, 'decimals');
  const shown = (value: string, what: string) => finite(value, what).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const target = shown(input.target, 'the target');
  if (target.isNegative() && !target.isZero())
    throw new RangeError(`a target must not be negative, got ${input.target}`);
  assertDateRange(input.period);
  assertDateRange({ start: input.today, end: input.today });
  const monthWeights = input.monthWeights?.map((weight, month) => {
    const decimal = finite(weight, `month weight ${month}`);
    if (decimal.isNegative() && !decimal.isZero()) throw new RangeError(`month weights must not be negative`);
    return decimal;
  });
  if (monthWeights && monthWeights.length !== 12) throw new RangeError('month weights need one per month, 12');
  const openPipeline = input.openPipeline?.map((deal, index) => {
    const amount = finite(deal.amount, `deal ${index}'s amount`);
    const p = deal.winProbability;
    if (amount.isNegative() && !amount.isZero()) throw new RangeError(`deal ${index}'s amount must not be negative`);
    if (!(p >= 0 && p <= 1)) throw new RangeError(`deal ${index}'s win probability must be 0..1, got ${p}`);
    return { amount, winProbability: p };
  });
  return {
    target,
    actual: shown(input.actual, 'the actual value'),
    period: input.period,
    today: input.today,
    decimals,
    monthWeights: monthWeights ?? null,
    dailyValues: (input.dailyValues ?? []).map((value, day) => finite(value, `daily value ${day}`)),
    openPipeline: openPipeline ?? null,
    simulations: wholeNumber(input.simulations ?? 2000, 1, 'simulations'),
    seed: wholeNumber(input.seed ?? 1, Number.MIN_SAFE_INTEGER, 'seed'),
  };
};

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The elapsed part of the period as a fraction elapsed / total. Linear: working days. With month
 * weights: Σ weight / working days of the whole month, over elapsed and over all working days,
 * both multiplied by the lcm of those month lengths so that no division rounds (equal weights
 * within one month, or weights proportional to working days, then give exactly the linear share).
 */
export const expectedShare = (
  numbers: PaceNumbers,
  working: readonly number[],
  elapsed: number,
  totalDays: number,
): { elapsed: Exact; total: Exact } => {
  const linear = { elapsed: new PaceDecimal(elapsed), total: new PaceDecimal(totalDays) };
  const { monthWeights, period, today } = numbers;
  if (!monthWeights) return linear;
  const months = monthsOf(period)
    .map((month) => ({
      weight: monthWeights[parseLocalDate(month.start).month - 1] as Exact,
      inPeriod: workingDaysIn(month, working),
      elapsed:
        today < month.start
          ? 0
          : workingDaysIn({ start: month.start, end: today < month.end ? today : month.end }, working),
      whole: workingDaysIn(goalPeriodOf('month', month.start, 1), working),
    }))
    .filter((month) => month.inPeriod > 0);
  // At most lcm(1..31) ≈ 7e13: still a safe integer.
  const lcm = months.reduce((l, month) => (l / gcd(l, month.whole)) * month.whole, 1);
  let elapsedWeight = new PaceDecimal(0);
  let totalWeight = new PaceDecimal(0);
  for (const month of months) {
    const dayWeight = month.weight.times(lcm / month.whole);
    elapsedWeight = elapsedWeight.plus(dayWeight.times(month.elapsed));
    totalWeight = totalWeight.plus(dayWeight.times(month.inPeriod));
  }
  return totalWeight.isZero() ? linear : { elapsed: elapsedWeight, total: totalWeight };
};

/** The simulation's numbers: everything in whole units of the finest decimal place among them (at most 8). */
export const simulationOf = (numbers: PaceNumbers, remainingDays: number): ReachSimulation => {
  const { target, actual, dailyValues, openPipeline } = numbers;
  const values = [target, actual, ...dailyValues, ...(openPipeline ?? []).map((deal) => deal.amount)];
  const places = Math.min(Math.max(...values.map((value) => value.decimalPlaces())), 8);
  const units = (value: Exact) =>
    value
      .times(10 ** places)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      .toNumber();
  return {
    need: units(target.minus(actual)),
    dailyValues: Float64Array.from(dailyValues, units),
    remainingDays,
    dealAmounts: Float64Array.from(openPipeline ?? [], (deal) => units(deal.amount)),
    dealProbabilities: Float64Array.from(openPipeline ?? [], (deal) => deal.winProbability),
    simulations: numbers.simulations,
    seed: numbers.seed,
  };
};
