import Decimal from 'decimal.js';
import { roundToCurrency } from '../money/money';
import { baseMetricsOf, type MetricKey, metricCatalog } from './catalog';

/** A base metric's total for one group (a rep, a day, a team …), in one currency for deal facts. */
export interface BaseTotal {
  metric: MetricKey;
  /** The currency of the deals or estimates it was counted from; null for other facts. */
  currency: string | null;
  value: string;
}

/** A metric's value for one group: one per currency for money, else one with currency null. */
export interface MetricValue {
  currency: string | null;
  /** A decimal string; null when a ratio has nothing to divide by (no calls, no deals closed). */
  value: string | null;
}

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** How many decimals a value keeps: money to the currency's minor unit, percent and days to one. */
const rounded = (value: Decimal, key: MetricKey, currency: string | null): string => {
  const { unit } = metricCatalog[key];
  if (unit === 'money' && currency) return roundToCurrency(value, currency);
  if (unit === 'count') return value.toFixed();
  return value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);
};

/**
 * A metric's value from the totals of its base metrics. Money is kept apart per currency (until
 * dated exchange rates exist, a sum across currencies would be wrong); a count or a percentage adds
 * its parts across currencies first. A ratio divides the totals, it never averages averages.
 */
export const metricValue = (key: MetricKey, totals: readonly BaseTotal[]): MetricValue[] => {
  const definition = metricCatalog[key];
  const perCurrency = definition.unit === 'money';
  const bases = baseMetricsOf(key);
  const sums = new Map<string, Decimal>();
  const currencies = new Set<string | null>();
  for (const total of totals) {
    if (!bases.includes(total.metric)) continue;
    const currency = perCurrency ? total.currency : null;
    currencies.add(currency);
    const slot = `${total.metric}|${currency ?? ''}`;
    sums.set(slot, (sums.get(slot) ?? new Exact(0)).plus(total.value));
  }
  const sumOf = (metric: MetricKey, currency: string | null) => sums.get(`${metric}|${currency ?? ''}`) ?? new Exact(0);
  if (currencies.size === 0) currencies.add(null);
  const sorted = [...currencies].sort((a, b) => (a ?? '').localeCompare(b ?? ''));

  return sorted.map((currency) => {
    const { aggregation } = definition;
    if (aggregation.kind !== 'ratio') return { currency, value: rounded(sumOf(key, currency), key, currency) };
    const denominator = sumOf(aggregation.denominator, currency);
    if (denominator.isZero()) return { currency, value: null };
    const quotient = sumOf(aggregation.numerator, currency).dividedBy(denominator);
    return { currency, value: rounded(definition.unit === 'percent' ? quotient.times(100) : quotient, key, currency) };
  });
};
