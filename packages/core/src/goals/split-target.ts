import Decimal from 'decimal.js';

/*
 * Splits are done in whole units of the last decimal place, as BigInt: a team target cascaded to
 * reps, or a year broken into months, must add back up to the cent, and no rounding may creep in
 * on the way.
 */

const assertDecimals = (decimals: number): void => {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a whole number ≥ 0, got ${decimals}`);
  }
};

const finite = (value: string | number, what: string): Decimal => {
  const decimal = new Decimal(value);
  if (!decimal.isFinite()) throw new RangeError(`${what} must be a finite number, got ${value}`);
  return decimal;
};

/** A decimal as whole units of 10^-places (it must have no more places). */
const toUnits = (value: Decimal, places: number): bigint => BigInt(value.toFixed(places).replace('.', ''));

/** Whole units of 10^-decimals back to a decimal string with exactly `decimals` places. */
const fromUnits = (units: bigint, decimals: number): string => {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
};

/**
 * A total split into parts proportional to non-negative weights, each with `decimals` places, by
 * the largest-remainder method: every part is its exact share rounded down, and the units left
 * over go one each to the parts with the largest remainders (the earlier part on a tie). The parts
 * add up exactly to the total rounded half-up to `decimals`. All-zero weights split evenly; a
 * negative total gives parts ≤ 0, mirroring the positive split.
 */
export const splitTarget = (total: string, weights: readonly (string | number)[], decimals: number): string[] => {
  assertDecimals(decimals);
  const exactTotal = finite(total, 'the total');
  if (weights.length === 0) return [];
  const decimalWeights = weights.map((weight, index) => {
    const decimal = finite(weight, `weight ${index}`);
    if (decimal.lessThan(0)) throw new RangeError(`weights must not be negative, got ${weight} at ${index}`);
    return decimal;
  });
  // Scaled to whole numbers so the shares are exact fractions of BigInts.
  const places = Math.max(...decimalWeights.map((weight) => weight.decimalPlaces()));
  let units = decimalWeights.map((weight) => toUnits(weight, places));
  let sum = units.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    units = units.map(() => 1n);
    sum = BigInt(units.length);
  }

  const totalUnits = toUnits(exactTotal.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP), decimals);
  const sign = totalUnits < 0n ? -1n : 1n;
  const magnitude = totalUnits * sign;
  const parts = units.map((weight) => (magnitude * weight) / sum);
  const remainders = units.map((weight) => (magnitude * weight) % sum);
  let leftOver = magnitude - parts.reduce((a, b) => a + b, 0n);
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftOver === 0n) break;
    parts[index] = (parts[index] as bigint) + 1n;
    leftOver--;
  }
  return parts.map((part) => fromUnits(part * sign, decimals));
};

/** A total split into `count` equal parts; the first parts carry the units that do not divide evenly. */
export const splitEvenly = (total: string, count: number, decimals: number): string[] => {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  return splitTarget(
    total,
    Array.from({ length: count }, () => 1),
    decimals,
  );
};
