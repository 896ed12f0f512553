import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitEvenly, splitTarget } from './split-target';

const Exact = Decimal.clone({ precision: 60 });
const sum = (parts: readonly string[]) => parts.reduce((total, part) => total.plus(part), new Exact(0));
const rounded = (total: string, decimals: number) =>
  new Exact(total).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);

const decimalsArb = fc.integer({ min: 0, max: 4 });
const totalArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Exact(units.toString()).dividedBy(10 ** places).toFixed());
const weightArb = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 10 ** 6 }).map((n) => new Exact(n).dividedBy(1000).toFixed()),
);
const weightsArb = fc.array(weightArb, { minLength: 1, maxLength: 12 });

describe('splitting a target', () => {
  it('splits in proportion and hands leftover units to the largest remainders', () => {
    expect(splitTarget('100', [1, 1, 1], 2)).toEqual(['33.34', '33.33', '33.33']);
    expect(splitTarget('100', [1, 2, 1], 0)).toEqual(['25', '50', '25']);
    expect(splitTarget('10', [0.3, 0.3, 0.4], 0)).toEqual(['3', '3', '4']);
    expect(splitTarget('1', ['2', '1'], 1)).toEqual(['0.7', '0.3']);
    expect(splitTarget('7', [1, 2, 4], 0)).toEqual(['1', '2', '4']);
    // 1000 × 1/6 = 166.67, 1000 × 2/6 = 333.33…, 1000 × 3/6 = 500
    expect(splitTarget('1000', [1, 2, 3], 2)).toEqual(['166.67', '333.33', '500.00']);
    // Shares 1, ½, ½: the one unit left over goes to the earlier of the tied two.
    expect(splitTarget('2', [2, 1, 1], 0)).toEqual(['1', '1', '0']);
  });

  it('rounds the total first, and splits negative totals as the mirror of positive ones', () => {
    expect(splitTarget('99.995', [1, 1], 2)).toEqual(['50.00', '50.00']);
    expect(splitTarget('-100', [1, 1, 1], 2)).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(splitTarget('0', [1, 2], 2)).toEqual(['0.00', '0.00']);
    expect(splitTarget('1e3', [1], 0)).toEqual(['1000']);
  });

  it('splits evenly on all-zero weights and returns nothing for no weights', () => {
    expect(splitTarget('10', [0, 0, 0], 0)).toEqual(['4', '3', '3']);
    expect(splitTarget('10', [], 2)).toEqual([]);
    expect(splitTarget('10', [0, 5], 0)).toEqual(['0', '10']);
    expect(splitEvenly('100', 3, 2)).toEqual(['33.34', '33.33', '33.33']);
    expect(splitEvenly('5', 0, 0)).toEqual([]);
  });

  it('refuses negative or impossible inputs', () => {
    expect(() => splitTarget('10', [1, -1], 0)).toThrow(RangeError);
    expect(() => splitTarget('10', [Number.NaN], 0)).toThrow(RangeError);
    expect(() => splitTarget('10', [Number.POSITIVE_INFINITY], 0)).toThrow(RangeError);
    expect(() => splitTarget('Infinity', [1], 0)).toThrow(RangeError);
    expect(() => splitTarget('10', [1], -1)).toThrow(RangeError);
    expect(() => splitTarget('10', [1], 1.5)).toThrow(RangeError);
    expect(() => splitEvenly('10', -1, 0)).toThrow(RangeError);
    expect(() => splitTarget('ten', [1], 0)).toThrow();
  });

  it('adds up exactly to the rounded total, each part within one unit of its share (property)', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, decimalsArb, (total, weights, decimals) => {
        const parts = splitTarget(total, weights, decimals);
        expect(parts).toHaveLength(weights.length);
        expect(sum(parts).toFixed(decimals)).toBe(rounded(total, decimals));
        const exactWeights = weights.map((w) => new Exact(w));
        let weightSum = exactWeights.reduce((a, b) => a.plus(b), new Exact(0));
        const even = weightSum.isZero();
        if (even) weightSum = new Exact(weights.length);
        const unit = new Exact(10).pow(-decimals);
        for (const [i, part] of parts.entries()) {
          expect(part).toMatch(decimals === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${decimals}}$`));
          const share = new Exact(rounded(total, decimals))
            .times(even ? 1 : (exactWeights[i] as Decimal))
            .dividedBy(weightSum);
          expect(new Exact(part).minus(share).abs().lessThan(unit)).toBe(true);
          if (new Exact(total).greaterThanOrEqualTo(0)) expect(new Exact(part).isNegative()).toBe(false);
        }
      }),
    );
  });

  it('gives a bigger weight never a smaller part, and equal weights parts one unit apart at most (property)', () => {
    fc.assert(
      fc.property(
        totalArb.filter((t) => !t.startsWith('-')),
        weightsArb,
        decimalsArb,
        (total, weights, decimals) => {
          const parts = splitTarget(total, weights, decimals).map((p) => new Exact(p));
          for (const [i, wi] of weights.entries()) {
            for (const [j, wj] of weights.entries()) {
              if (new Exact(wi).greaterThan(wj))
                expect((parts[i] as Decimal).greaterThanOrEqualTo(parts[j] as Decimal)).toBe(true);
            }
          }
        },
      ),
    );
    fc.assert(
      fc.property(totalArb, fc.integer({ min: 1, max: 40 }), decimalsArb, (total, count, decimals) => {
        const parts = splitEvenly(total, count, decimals).map((p) => new Exact(p));
        const unit = new Exact(10).pow(-decimals);
        const max = Decimal.max(...parts);
        const min = Decimal.min(...parts);
        expect(max.minus(min).lessThanOrEqualTo(unit)).toBe(true);
        // The extra units sit on the first parts.
        const sorted = [...parts].sort((a, b) => (new Exact(total).isNegative() ? a.comparedTo(b) : b.comparedTo(a)));
        expect(parts.map(String)).toEqual(sorted.map(String));
      }),
    );
  });

  it('permutes the parts with the weights when no remainders tie (property)', () => {
    const isPrime = (n: number) =>
      n > 1 && Array.from({ length: Math.floor(Math.sqrt(n)) - 1 }, (_, k) => k + 2).every((k) => n % k !== 0);
    // Distinct weights summing to a prime p, and a total that is no multiple of p: every remainder
    // total × w mod p differs, so tie-breaking never decides and only the weights count.
    const weights = fc
      .uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 2, maxLength: 10 })
      .filter((ws) => isPrime(ws.reduce((a, b) => a + b, 0)));
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 10 ** 9 }), fc.integer(), (ws, units, seed) => {
        const p = ws.reduce((a, b) => a + b, 0);
        fc.pre(units % p !== 0);
        const order = ws.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        const parts = splitTarget(String(units), ws, 0);
        const permuted = splitTarget(
          String(units),
          order.map((i) => ws[i] as number),
          0,
        );
        expect(permuted).toEqual(order.map((i) => parts[i]));
      }),
    );
  });
});
