import Decimal from 'decimal.js';
import { currencyMinorUnits } from '../org-settings';

/**
 * Money is exact: amounts travel as decimal strings ("1234.50"), are stored as `numeric` and are
 * computed with decimal.js. Rounding is half-up to the currency's minor unit, once, at the end of a line.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type MoneyValue = InstanceType<typeof Money>;

/** Largest amount Pacer stores: numeric(19,4) holds 15 integer digits. */
export const maxAmountDigits = 15;
export const amountScale = 4;

const amountPattern = /^-?\d{1,15}(\.\d{1,4})?$/;

/** Whether a string is a plain decimal amount Pacer can store (no exponent, at most 4 decimals). */
export const isAmount = (text: string): boolean => amountPattern.test(text);

/** An amount rounded half-up to the currency's minor unit (EUR 2 digits, JPY 0, KWD 3). */
export const roundToCurrency = (value: Decimal.Value, currency: string): string =>
  new Money(value)
    .toDecimalPlaces(currencyMinorUnits(currency), Decimal.ROUND_HALF_UP)
    .toFixed(currencyMinorUnits(currency));

/** Whether an amount has no more decimals than its currency's minor unit allows. */
export const fitsCurrency = (amount: string, currency: string): boolean =>
  new Money(amount).decimalPlaces() <= currencyMinorUnits(currency);

/** Sum of decimal strings, exact. */
export const sumAmounts = (amounts: readonly Decimal.Value[]): MoneyValue =>
  amounts.reduce<MoneyValue>((total, amount) => total.plus(amount), new Money(0));
