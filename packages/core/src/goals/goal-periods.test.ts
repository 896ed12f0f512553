import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf } from '../periods/fiscal-year';
import {
  addDays,
  daysBetween,
  goalPeriodOf,
  isoWeekdayOf,
  isWorkingDay,
  monthsOf,
  nextGoalPeriod,
  quartersOf,
  samePeriodLastYear,
  workingDaysIn,
} from './goal-periods';

const day = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const range = fc
  .tuple(day, fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => ({ start, end: addDays(start, length) }));
const fiscalStartMonth = fc.integer({ min: 1, max: 12 });
const fixedKind = fc.constantFrom('week' as const, 'month' as const, 'quarter' as const, 'year' as const);
const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 });

describe('goal periods', () => {
  it('finds the day itself, its ISO week, month, fiscal quarter and fiscal year', () => {
    expect(goalPeriodOf('day', '2026-11-26', 1)).toEqual({ start: '2026-11-26', end: '2026-11-26' });
    expect(nextGoalPeriod('day', { start: '2026-12-31', end: '2026-12-31' }, 1)).toEqual({
      start: '2027-01-01',
      end: '2027-01-01',
    });
    expect(goalPeriodOf('week', '2026-11-22', 1)).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(goalPeriodOf('week', '2026-11-16', 1)).toEqual({ start: '2026-11-16', end: '2026-11-22' });
    expect(goalPeriodOf('week', '2026-01-01', 1)).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(goalPeriodOf('month', '2024-02-10', 1)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(goalPeriodOf('quarter', '2026-01-15', 2)).toEqual({ start: '2025-11-01', end: '2026-01-31' });
    expect(goalPeriodOf('year', '2026-01-31', 2)).toEqual({ start: '2025-02-01', end: '2026-01-31' });
    expect(goalPeriodOf('year', '2026-07-04', 1)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('rejects what is not a period', () => {
    expect(() => goalPeriodOf('custom' as 'week', '2026-01-01', 1)).toThrow(RangeError);
    expect(() => goalPeriodOf('month', '2026-01-01', 0)).toThrow(RangeError);
    expect(() => goalPeriodOf('week', '2026-02-30', 1)).toThrow(RangeError);
    expect(() => monthsOf({ start: '2026-02-01', end: '2026-01-31' })).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-01-01', [0])).toThrow(RangeError);
  });

  it('follows a period with the next one of its kind', () => {
    expect(nextGoalPeriod('week', { start: '2026-12-28', end: '2027-01-03' }, 1)).toEqual({
      start: '2027-01-04',
      end: '2027-01-10',
    });
    expect(nextGoalPeriod('month', { start: '2024-01-01', end: '2024-01-31' }, 1)).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(nextGoalPeriod('quarter', { start: '2025-11-01', end: '2026-01-31' }, 2)).toEqual({
      start: '2026-02-01',
      end: '2026-04-30',
    });
    expect(nextGoalPeriod('year', { start: '2025-02-01', end: '2026-01-31' }, 2)).toEqual({
      start: '2026-02-01',
      end: '2027-01-31',
    });
    expect(nextGoalPeriod('custom', { start: '2026-02-20', end: '2026-03-01' }, 1)).toEqual({
      start: '2026-03-02',
      end: '2026-03-11',
    });
    // A month started late is followed by the whole next month.
    expect(nextGoalPeriod('month', { start: '2026-03-10', end: '2026-03-31' }, 1)).toEqual({
      start: '2026-04-01',
      end: '2026-04-30',
    });
  });

  it('compares with the same dates a year earlier, keeping whole months whole', () => {
    expect(samePeriodLastYear({ start: '2025-02-01', end: '2025-02-28' })).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(samePeriodLastYear({ start: '2024-02-01', end: '2024-02-29' })).toEqual({
      start: '2023-02-01',
      end: '2023-02-28',
    });
    expect(samePeriodLastYear({ start: '2024-02-29', end: '2024-02-29' })).toEqual({
      start: '2023-02-28',
      end: '2023-02-28',
    });
    expect(samePeriodLastYear({ start: '2025-12-01', end: '2026-02-28' })).toEqual({
      start: '2024-12-01',
      end: '2025-02-28',
    });
    expect(samePeriodLastYear({ start: '2027-01-01', end: '2029-02-28' })).toEqual({
      start: '2026-01-01',
      end: '2028-02-29',
    });
    // Not whole months: day for day.
    expect(samePeriodLastYear({ start: '2025-02-10', end: '2025-02-28' })).toEqual({
      start: '2024-02-10',
      end: '2024-02-28',
    });
    expect(samePeriodLastYear({ start: '2026-11-01', end: '2026-11-25' })).toEqual({
      start: '2025-11-01',
      end: '2025-11-25',
    });
  });

  it('cuts a range into clipped months and fiscal quarters', () => {
    expect(monthsOf({ start: '2024-01-15', end: '2024-03-10' })).toEqual([
      { start: '2024-01-15', end: '2024-01-31' },
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-03-01', end: '2024-03-10' },
    ]);
    expect(monthsOf({ start: '2026-05-05', end: '2026-05-05' })).toEqual([{ start: '2026-05-05', end: '2026-05-05' }]);
    expect(quartersOf({ start: '2026-01-15', end: '2026-06-30' }, 2)).toEqual([
      { start: '2026-01-15', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-04-30' },
      { start: '2026-05-01', end: '2026-06-30' },
    ]);
  });

  it('counts days both ends included and moves by days', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(30);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts working days, Monday–Friday unless told otherwise', () => {
    expect(isoWeekdayOf('2026-11-22')).toBe(7);
    expect(isWorkingDay('2026-06-15')).toBe(true);
    expect(isWorkingDay('2026-11-22')).toBe(false);
    expect(isWorkingDay('2026-11-22', [6, 7])).toBe(true);
    expect(workingDaysIn({ start: '2026-06-01', end: '2026-06-30' })).toBe(22);
    expect(workingDaysIn({ start: '2026-06-01', end: '2026-06-30' }, [1, 2, 3, 4, 5, 6])).toBe(26);
    expect(workingDaysIn({ start: '2026-11-21', end: '2026-11-22' })).toBe(0);
    expect(workingDaysIn({ start: '2026-11-21', end: '2026-11-22' }, [])).toBe(0);
    expect(workingDaysIn({ start: '2026-01-01', end: '2026-12-31' }, [1, 1, 2])).toBe(104);
  });

  it('cuts weeks of 7 days from Monday, around the day (property)', () => {
    fc.assert(
      fc.property(day, (date) => {
        const week = goalPeriodOf('week', date, 1);
        expect(daysBetween(week.start, week.end)).toBe(7);
        expect(isoWeekdayOf(week.start)).toBe(1);
        expect(week.start <= date && date <= week.end).toBe(true);
      }),
    );
  });

  it('follows every period with the adjacent one of the same kind (property)', () => {
    fc.assert(
      fc.property(fixedKind, day, fiscalStartMonth, (kind, date, startMonth) => {
        const period = goalPeriodOf(kind, date, startMonth);
        expect(period.start <= date && date <= period.end).toBe(true);
        const next = nextGoalPeriod(kind, period, startMonth);
        expect(next.start).toBe(addDays(period.end, 1));
        expect(goalPeriodOf(kind, next.end, startMonth)).toEqual(next);
      }),
    );
    fc.assert(
      fc.property(range, (custom) => {
        const next = nextGoalPeriod('custom', custom, 1);
        expect(next.start).toBe(addDays(custom.end, 1));
        expect(daysBetween(next.start, next.end)).toBe(daysBetween(custom.start, custom.end));
      }),
    );
  });

  it('partitions a range exactly into months and into fiscal quarters (property)', () => {
    fc.assert(
      fc.property(range, fiscalStartMonth, (whole, startMonth) => {
        for (const [parts, periodOf] of [
          [monthsOf(whole), (d: string) => goalPeriodOf('month', d, 1)],
          [quartersOf(whole, startMonth), (d: string) => fiscalQuarterOf(d, startMonth)],
        ] as const) {
          expect(parts[0]?.start).toBe(whole.start);
          expect(parts.at(-1)?.end).toBe(whole.end);
          for (const [i, part] of parts.entries()) {
            expect(part.start <= part.end).toBe(true);
            const period = periodOf(part.start);
            expect(part.end <= period.end && period.start <= part.start).toBe(true);
            if (i > 0) expect(part.start).toBe(addDays(parts[i - 1]?.end as string, 1));
          }
          expect(parts.reduce((n, part) => n + daysBetween(part.start, part.end), 0)).toBe(
            daysBetween(whole.start, whole.end),
          );
        }
      }),
    );
  });

  it('counts working days like a day-by-day walk, and adds up over parts (property)', () => {
    fc.assert(
      fc.property(range, weekdays, (whole, working) => {
        let walked = 0;
        for (let d = whole.start; d <= whole.end; d = addDays(d, 1)) if (isWorkingDay(d, working)) walked++;
        expect(workingDaysIn(whole, working)).toBe(walked);
        const byMonth = monthsOf(whole).reduce((n, month) => n + workingDaysIn(month, working), 0);
        expect(byMonth).toBe(walked);
      }),
      { numRuns: 50 },
    );
  });

  it('moves by days and counts them back (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(addDays(moved, -n)).toBe(date);
        expect(daysBetween(date, moved)).toBe(n >= 0 ? n + 1 : 0);
      }),
    );
  });

  it('finds last year’s period a year back, whole months staying whole (property)', () => {
    fc.assert(
      fc.property(range, (current) => {
        const last = samePeriodLastYear(current);
        for (const [now, before] of [
          [current.start, last.start],
          [current.end, last.end],
        ] as const) {
          expect(Number(before.slice(0, 4))).toBe(Number(now.slice(0, 4)) - 1);
          expect(before.slice(5, 7)).toBe(now.slice(5, 7));
        }
        expect(
          Math.abs(daysBetween(last.start, last.end) - daysBetween(current.start, current.end)),
        ).toBeLessThanOrEqual(1);
        const months = {
          start: goalPeriodOf('month', current.start, 1).start,
          end: goalPeriodOf('month', current.end, 1).end,
        };
        const lastMonths = samePeriodLastYear(months);
        expect(lastMonths).toEqual({
          start: goalPeriodOf('month', last.start, 1).start,
          end: goalPeriodOf('month', last.end, 1).end,
        });
      }),
    );
  });
});
