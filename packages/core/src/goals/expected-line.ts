import Decimal from 'decimal.js';
import type { DateRange } from '../periods/fiscal-year';
import type { LocalDate } from '../periods/local-date';
import { addDays, defaultWorkingWeekdays, isWorkingDay, workingDaysIn } from './goal-periods';
import { paceOf } from './pace';
import { PaceDecimal } from './pace-inputs';

const allWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The pace line of a burn-up: for each day of the period, where the goal should be by its end —
 * exactly `paceOf(…).expected` for that day, in one pass over the days when the pace is linear
 * (a line drawn point by point would otherwise recount the working days of the period each day).
 */
export const expectedLine = (input: {
  target: string;
  period: DateRange;
  decimals: number;
  monthWeights?: readonly number[];
  workingWeekdays?: readonly number[];
}): { day: LocalDate; expected: string }[] => {
  const { period, decimals } = input;
  const days: LocalDate[] = [];
  for (let day = period.start; day <= period.end; day = addDays(day, 1)) days.push(day);
  if (input.monthWeights) {
    return days.map((day) => ({
      day,
      expected: paceOf({
        target: input.target,
        actual: '0',
        accrual: 'cumulative',
        higherIsBetter: true,
        period,
        today: day,
        decimals,
        monthWeights: input.monthWeights,
        ...(input.workingWeekdays ? { workingWeekdays: input.workingWeekdays } : {}),
      }).expected,
    }));
  }
  const weekdays = input.workingWeekdays ?? defaultWorkingWeekdays;
  const working = workingDaysIn(period, weekdays) > 0 ? weekdays : allWeekdays;
  const total = workingDaysIn(period, working);
  const target = new PaceDecimal(input.target).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  let elapsed = 0;
  return days.map((day) => {
    if (isWorkingDay(day, working)) elapsed += 1;
    const expected = target.times(elapsed).dividedBy(total);
    return { day, expected: expected.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals) };
  });
};
