import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, goalPeriodOf, workingDaysIn } from './goal-periods';
import { type PaceInput, paceOf } from './pace';

const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: 0, max: 10 ** 9 }).map((cents) => new Decimal(cents).dividedBy(100).toFixed());
const monthWeights = fc.option(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 12, maxLength: 12 }), {
  nil: undefined,
});
const workingWeekdays = fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }), { nil: undefined });

/** A cumulative goal over up to ~13 months, looked at from a month before to a month after. */
const paceInput = fc
  .record({
    start: day,
    length: fc.integer({ min: 0, max: 400 }),
    offset: fc.integer({ min: -31, max: 431 }),
    target: amount,
    actual: amount,
    decimals: fc.integer({ min: 0, max: 2 }),
    monthWeights,
    workingWeekdays,
  })
  .map(
    ({ start, length, offset, ...rest }): PaceInput => ({
      ...rest,
      accrual: 'cumulative',
      higherIsBetter: true,
      period: { start, end: addDays(start, length) },
      today: addDays(start, offset),
    }),
  );

const num = (value: string | null) => new Decimal(value as string);

describe('pace properties', () => {
  it('never has a negative distance, and a reached target is achieved with none to go (property)', () => {
    fc.assert(
      fc.property(paceInput, fc.boolean(), (input, level) => {
        const pace = paceOf(level ? { ...input, accrual: 'level', higherIsBetter: input.decimals > 0 } : input);
        expect(num(pace.distance).isNegative() && !num(pace.distance).isZero()).toBe(false);
        if (!level && num(pace.actual).greaterThanOrEqualTo(pace.target)) {
          expect(pace.status).toBe('achieved');
          expect(num(pace.distance).isZero()).toBe(true);
        }
        if (input.today > input.period.end) expect(['achieved', 'missed']).toContain(pace.status);
        if (input.today < input.period.start) expect(['achieved', 'on_track']).toContain(pace.status);
        expect(pace.elapsedWorkingDays + pace.remainingWorkingDays).toBeGreaterThan(0);
      }),
    );
  });

  it('expects 0 before the start, the target from the end, and never less as days go by (property)', () => {
    fc.assert(
      fc.property(paceInput, fc.integer({ min: 0, max: 40 }), (input, step) => {
        const pace = paceOf(input);
        const later = paceOf({ ...input, today: addDays(input.today, step) });
        expect(num(later.expected).greaterThanOrEqualTo(pace.expected)).toBe(true);
        expect(num(pace.expected).lessThanOrEqualTo(pace.target)).toBe(true);
        expect(num(pace.expected).isNegative() && !num(pace.expected).isZero()).toBe(false);
        if (input.today >= input.period.end) expect(pace.expected).toBe(pace.target);
        if (input.today < input.period.start) expect(num(pace.expected).isZero()).toBe(true);
      }),
    );
  });

  it('needs a run rate that covers the distance, and projects no less than the actual (property)', () => {
    fc.assert(
      fc.property(paceInput, (input) => {
        const pace = paceOf(input);
        if (pace.runRateNeeded !== null) {
          expect(num(pace.runRateNeeded).times(pace.remainingWorkingDays).greaterThanOrEqualTo(pace.distance)).toBe(
            true,
          );
          // …and by no more than one unit a day.
          const unit = new Decimal(10).pow(-input.decimals);
          expect(
            num(pace.runRateNeeded).minus(unit).times(pace.remainingWorkingDays).lessThan(pace.distance) ||
              num(pace.runRateNeeded).isZero(),
          ).toBe(true);
        }
        expect(num(pace.projected).greaterThanOrEqualTo(pace.actual)).toBe(true);
        expect(pace.elapsedWorkingDays + pace.remainingWorkingDays).toBe(
          workingDaysIn(input.period, input.workingWeekdays) || daysBetween(input.period.start, input.period.end),
        );
      }),
    );
  });

  it('gives a deterministic probability in [0, 1] that more pipeline never lowers (property)', () => {
    const deal = fc.record({ amount, winProbability: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(
        paceInput,
        fc.array(amount, { maxLength: 6 }),
        fc.array(deal, { maxLength: 6 }),
        deal,
        fc.integer({ min: 0, max: 1000 }),
        (input, dailyValues, openPipeline, extra, seed) => {
          const withData = { ...input, dailyValues, openPipeline, simulations: 100, seed };
          const pace = paceOf(withData);
          if (pace.probability === null) {
            expect(dailyValues.length + openPipeline.length).toBe(0);
            return;
          }
          expect(pace.probability >= 0 && pace.probability <= 1).toBe(true);
          expect(paceOf(withData).probability).toBe(pace.probability);
          const more = paceOf({ ...withData, openPipeline: [...openPipeline, extra] });
          expect(more.probability as number).toBeGreaterThanOrEqual(pace.probability);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('expects exactly the linear share when month weights do not tilt it (property)', () => {
    const monthOf = (year: number, m: number) =>
      goalPeriodOf('month', `${year}-${String(m + 1).padStart(2, '0')}-01`, 1);
    fc.assert(
      fc.property(paceInput, fc.integer({ min: 1, max: 9 }), (input, weight) => {
        const { monthWeights: _, ...linear } = input;
        // Within one month, equal weights change nothing.
        const inMonth = {
          ...linear,
          period: { start: input.period.start, end: goalPeriodOf('month', input.period.start, 1).end },
        };
        const equal = Array.from({ length: 12 }, () => weight);
        expect(paceOf({ ...inMonth, monthWeights: equal }).expected).toBe(paceOf(inMonth).expected);
        // Across the months of one year, weights in proportion to each month's working days change nothing either.
        const year = Number(input.period.start.slice(0, 4));
        const end = input.period.end.startsWith(`${year}-`) ? input.period.end : `${year}-12-31`;
        const inYear = { ...linear, period: { start: input.period.start, end } };
        const weekdays = input.workingWeekdays ?? [1, 2, 3, 4, 5];
        const working = workingDaysIn(inYear.period, weekdays) > 0 ? weekdays : [1, 2, 3, 4, 5, 6, 7];
        const proportional = Array.from({ length: 12 }, (_, m) => weight * workingDaysIn(monthOf(year, m), working));
        expect(paceOf({ ...inYear, monthWeights: proportional }).expected).toBe(paceOf(inYear).expected);
      }),
    );
  });
});
