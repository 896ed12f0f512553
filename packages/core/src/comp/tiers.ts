import type { CompTier } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';

/*
 * Tiers by attainment of quota. A tier from 50 % to 100 % of a 20,000 quota spans credited values
 * [10,000, 20,000): a value exactly on a boundary belongs to the higher tier, so 100 % attainment
 * is already in the accelerator. Credits are laid end to end in credit order: each covers the
 * values from the total before it to the total after it.
 */

/** A tier as a span of credited value in the quota's currency; `to` is null for the last one. */
export interface TierSpan {
  /** 1-based. */
  tier: number;
  fromPercent: string;
  toPercent: string | null;
  rate: MoneyValue;
  from: MoneyValue;
  to: MoneyValue | null;
}

/** The spans of tiers over a quota (> 0); tiers must start at 0 % and go up. */
export const tierSpansOf = (tiers: readonly CompTier[], quota: MoneyValue): TierSpan[] => {
  if (!quota.greaterThan(0)) throw new RangeError('a tiered commission needs a quota > 0');
  return tiers.map((tier, index) => {
    const next = tiers[index + 1];
    const from = new Money(tier.fromPercent);
    if (index === 0 && !from.isZero()) throw new RangeError('the first tier must start at 0 %');
    if (next && !new Money(next.fromPercent).greaterThan(from)) throw new RangeError('tiers must go up in attainment');
    return {
      tier: index + 1,
      fromPercent: from.toFixed(),
      toPercent: next ? new Money(next.fromPercent).toFixed() : null,
      rate: new Money(tier.ratePercent),
      from: quota.times(from).dividedBy(100),
      to: next ? quota.times(next.fromPercent).dividedBy(100) : null,
    };
  });
};

/** The tier a credited value falls in (the last one starting at or below it). */
export const tierAt = (spans: readonly TierSpan[], value: MoneyValue): TierSpan => {
  let found = spans[0];
  for (const span of spans) if (span.from.lessThanOrEqualTo(value)) found = span;
  if (!found) throw new RangeError('a tiered commission needs at least one tier');
  return found;
};

/** How much of the credit covering [start, end) lies in each tier it touches; a zero credit sits in the tier at `start`. */
export const marginalPortions = (
  spans: readonly TierSpan[],
  start: MoneyValue,
  end: MoneyValue,
): { span: TierSpan; length: MoneyValue }[] => {
  if (end.lessThanOrEqualTo(start)) return [{ span: tierAt(spans, start), length: new Money(0) }];
  const portions: { span: TierSpan; length: MoneyValue }[] = [];
  for (const span of spans) {
    // Compared, not Money.max/min: those copy both values, once per tier of every credit.
    const low = span.from.greaterThan(start) ? span.from : start;
    const high = span.to?.lessThan(end) ? span.to : end;
    if (high.greaterThan(low)) portions.push({ span, length: high.minus(low) });
  }
  return portions;
};
