import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectionFan } from './projection-fan';

const days = ['2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15'];

describe('the projection fan', () => {
  it('adds the mean working day from today on, widening with the spread of the days so far', () => {
    const fan = projectionFan({ actual: '100', dailyValues: ['10', '20', '30'], days, decimals: 0 });
    // Thursday and Friday add a working day each; the weekend adds none; Monday one more.
    expect(fan.map((p) => p.mid)).toEqual(['120', '140', '140', '140', '160']);
    expect(fan[0]).toEqual({ day: '2026-06-11', low: '107', mid: '120', high: '133' });
  });

  it('stays flat without days to go by, and never below what is already reached', () => {
    expect(
      projectionFan({ actual: '5', dailyValues: [], days, decimals: 0 }).every((p) => p.low === '5' && p.high === '5'),
    ).toBe(true);
  });

  it('keeps low ≤ mid ≤ high, all from the actual up, never falling (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 30 }),
        (actual, daily) => {
          const fan = projectionFan({ actual: String(actual), dailyValues: daily.map(String), days, decimals: 2 });
          let previous = actual;
          for (const point of fan) {
            const [low, mid, high] = [point.low, point.mid, point.high].map(Number) as [number, number, number];
            expect(low).toBeGreaterThanOrEqual(actual);
            expect(low).toBeLessThanOrEqual(mid);
            expect(mid).toBeLessThanOrEqual(high);
            expect(mid).toBeGreaterThanOrEqual(previous);
            previous = mid;
          }
        },
      ),
    );
  });
});
