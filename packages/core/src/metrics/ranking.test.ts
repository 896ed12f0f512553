import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previousPeriod, rankValues } from './ranking';

describe('ranking', () => {
  it('gives equal values one rank and skips the ranks they take', () => {
    expect(rankValues(['5', '9', '5', null, '1'], true)).toEqual([2, 1, 2, null, 4]);
    expect(rankValues(['12.5', '30', '12.50'], false)).toEqual([1, 3, 1]);
    expect(rankValues([], true)).toEqual([]);
  });

  it('ranks every value once, from 1, best first', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 20 }))), (numbers) => {
        const values = numbers.map((n) => (n === null ? null : String(n)));
        const ranks = rankValues(values, true);
        for (const [i, n] of numbers.entries()) {
          // One more than the number of strictly better values; none without a value.
          expect(ranks[i]).toBe(n === null ? null : numbers.filter((m) => m !== null && m > n).length + 1);
        }
      }),
    );
  });

  it('compares a month, quarter or year with the one before, and any other period with as many days before', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-01-01', '2026-01-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousPeriod('2026-04-01', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod('2026-11-01', '2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-10-25' });
    expect(previousPeriod('2026-03-01', '2026-03-30')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-10-01', '2026-11-25')).toEqual({ from: '2026-07-01', to: '2026-08-25' });
    expect(previousPeriod('2026-01-01', '2026-11-25')).toEqual({ from: '2025-01-01', to: '2025-11-25' });
    expect(previousPeriod('2026-03-05', '2026-03-25')).toEqual({ from: '2026-02-12', to: '2026-03-04' });
    expect(previousPeriod('2026-11-23', '2026-11-29')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(previousPeriod('2026-01-01', '2026-01-01')).toEqual({ from: '2025-12-01', to: '2025-12-01' });
  });
});
