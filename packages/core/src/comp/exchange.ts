import { Money, type MoneyValue } from '../money/money';
import { exactAmount } from './earning-line';
import { type ExplanationPart, part } from './explanation';

/** 1 `from` is worth `rate` `to` (a decimal string): from `effectiveFrom` on, or for the whole period without it. */
export interface ExchangeRate {
  from: string;
  to: string;
  rate: string;
  effectiveFrom?: string | undefined;
}

/** A pair's rates, latest day first; '' (no day) sorts last and applies from the start. */
type DatedRates = readonly { from: string; value: MoneyValue }[];

/** Rates by "FROM>TO"; only the direction given is used, so no inverse rate is ever rounded. */
export type ExchangeTable = ReadonlyMap<string, DatedRates>;

export const exchangeTableOf = (rates: readonly ExchangeRate[]): ExchangeTable => {
  const table = new Map<string, { from: string; value: MoneyValue }[]>();
  for (const { from, to, rate, effectiveFrom = '' } of rates) {
    const key = `${from}>${to}`;
    const value = new Money(rate);
    if (!value.isFinite() || value.lessThanOrEqualTo(0)) {
      throw new RangeError(`the ${key} rate must be > 0, got ${rate}`);
    }
    const dated = table.get(key) ?? [];
    const known = dated.find((entry) => entry.from === effectiveFrom);
    if (known && !known.value.equals(value)) {
      throw new RangeError(
        `two different ${key} rates${effectiveFrom ? ` from ${effectiveFrom}` : ''}: ${known.value} and ${rate}`,
      );
    }
    if (!known) dated.push({ from: effectiveFrom, value });
    table.set(key, dated);
  }
  for (const dated of table.values()) dated.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
  return table;
};

/** The rate in effect on a day (the latest from that day or before); without a day, the latest given. */
const rateOn = (table: ExchangeTable, key: string, on: string | undefined): MoneyValue | undefined =>
  table.get(key)?.find((entry) => on === undefined || entry.from <= on)?.value;

/** An amount in another currency, exact (not rounded), with the part that shows the original and the rate. */
export const convertMoney = (
  amount: MoneyValue,
  from: string,
  to: string,
  table: ExchangeTable,
  on?: string,
): { value: MoneyValue; explanation: ExplanationPart | null } => {
  if (from === to) return { value: amount, explanation: null };
  const rate = rateOn(table, `${from}>${to}`, on);
  if (!rate) throw new RangeError(`no exchange rate from ${from} to ${to}${on ? ` on ${on}` : ''}`);
  const value = amount.times(rate);
  return {
    value,
    explanation: part('converted', {
      fromAmount: exactAmount(amount, from),
      fromCurrency: from,
      rate: rate.toFixed(),
      toAmount: exactAmount(value, to),
      toCurrency: to,
    }),
  };
};
