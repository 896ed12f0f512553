import { Money, type MoneyValue } from '../money/money';
import { exactAmount } from './earning-line';
import { type ExplanationPart, part } from './explanation';

/** 1 `from` is worth `rate` `to` (a decimal string), for the whole period. */
export interface ExchangeRate {
  from: string;
  to: string;
  rate: string;
}

/** Rates by "FROM>TO"; only the direction given is used, so no inverse rate is ever rounded. */
export type ExchangeTable = ReadonlyMap<string, MoneyValue>;

export const exchangeTableOf = (rates: readonly ExchangeRate[]): ExchangeTable => {
  const table = new Map<string, MoneyValue>();
  for (const { from, to, rate } of rates) {
    const key = `${from}>${to}`;
    const value = new Money(rate);
    if (!value.isFinite() || value.lessThanOrEqualTo(0)) {
      throw new RangeError(`the ${key} rate must be > 0, got ${rate}`);
    }
    const known = table.get(key);
    if (known && !known.equals(value)) throw new RangeError(`two different ${key} rates: ${known} and ${rate}`);
    table.set(key, value);
  }
  return table;
};

/** An amount in another currency, exact (not rounded), with the part that shows the original and the rate. */
export const convertMoney = (
  amount: MoneyValue,
  from: string,
  to: string,
  table: ExchangeTable,
): { value: MoneyValue; explanation: ExplanationPart | null } => {
  if (from === to) return { value: amount, explanation: null };
  const rate = table.get(`${from}>${to}`);
  if (!rate) throw new RangeError(`no exchange rate from ${from} to ${to}`);
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
