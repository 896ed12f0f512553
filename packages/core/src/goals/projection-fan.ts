import Decimal from 'decimal.js';
import type { LocalDate } from '../periods/local-date';
import { defaultWorkingWeekdays, isWorkingDay } from './goal-periods';

/** One day of the projection fan: the likely low, middle and high running total by then. */
export interface FanPoint {
  day: LocalDate;
  low: string;
  mid: string;
  high: string;
}

/** The 10th and 90th percentiles of a normal distribution lie this many standard deviations from the middle. */
const z90 = 1.2816;

/**
 * The fan drawn from today to the deadline on a burn-up: where the running total is likely to be
 * on each day still to come if the working days ahead look like the ones behind. Each working day
 * adds the mean of the days so far; the band widens with the square root of the days ahead by their
 * spread (the 10th to 90th percentile of a sum of days drawn from the past ones, in the normal
 * approximation). An estimate for a chart, not money: computed in floating point, rounded at the end.
 */
export const projectionFan = (input: {
  actual: string;
  dailyValues: readonly string[];
  /** The days after today up to the deadline, in order. */
  days: readonly LocalDate[];
  decimals: number;
  workingWeekdays?: readonly number[];
}): FanPoint[] => {
  const values = input.dailyValues.map(Number);
  const n = values.length;
  const mean = n ? values.reduce((sum, v) => sum + v, 0) / n : 0;
  const spread = n > 1 ? Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1)) : 0;
  const start = Number(input.actual);
  const round = (value: number) =>
    new Decimal(value).toDecimalPlaces(input.decimals, Decimal.ROUND_HALF_UP).toFixed(input.decimals);
  let ahead = 0;
  return input.days.map((day) => {
    if (isWorkingDay(day, input.workingWeekdays ?? defaultWorkingWeekdays)) ahead += 1;
    const mid = start + Math.max(ahead * mean, 0);
    const band = z90 * Math.sqrt(ahead) * spread;
    return { day, low: round(Math.max(start, mid - band)), mid: round(mid), high: round(mid + band) };
  });
};
