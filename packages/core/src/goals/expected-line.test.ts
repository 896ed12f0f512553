import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedLine } from './expected-line';
import { addDays } from './goal-periods';
import { paceOf } from './pace';

const day = fc
  .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the pace line of a burn-up', () => {
  it('climbs by working days to the target on the deadline', () => {
    const line = expectedLine({ target: '22', period: { start: '2026-03-01', end: '2026-03-31' }, decimals: 2 });
    expect(line.slice(0, 3)).toEqual([
      { day: '2026-03-01', expected: '0.00' },
      { day: '2026-03-02', expected: '1.00' },
      { day: '2026-03-03', expected: '2.00' },
    ]);
    expect(line.at(-1)).toEqual({ day: '2026-03-31', expected: '22.00' });
  });

  it('is exactly the pace’s expected value of each day, linear or seasonal (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }), { nil: undefined }),
        (start, length, cents, weights) => {
          const period = { start, end: addDays(start, length) };
          const target = (cents / 100).toFixed(2);
          const line = expectedLine({ target, period, decimals: 2, ...(weights ? { monthWeights: weights } : {}) });
          for (const point of line) {
            const pace = paceOf({
              target,
              actual: '0',
              accrual: 'cumulative',
              higherIsBetter: true,
              period,
              today: point.day,
              decimals: 2,
              ...(weights ? { monthWeights: weights } : {}),
            });
            expect(point.expected).toBe(pace.expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
