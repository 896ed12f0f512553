import { fitsCurrency, Money, roundToCurrency, sumAmounts } from '../money/money';
import { currencyMinorUnits } from '../org-settings';

/** The money of a deal: line totals, the deal amount they make, and credit splits. */

export interface LineItemFigures {
  quantity: string;
  unitPrice: string;
  /** Percent off, 0–100. */
  discountPercent: string;
}

/**
 * A line's total: quantity × unit price × (1 − discount / 100), rounded half-up to the currency's
 * minor unit once, at the end (3 × 19.99 less 10 % in EUR is 53.97).
 */
export const lineItemTotal = (line: LineItemFigures, currency: string): string =>
  roundToCurrency(
    new Money(line.quantity).times(line.unitPrice).times(new Money(100).minus(line.discountPercent)).dividedBy(100),
    currency,
  );

/** A deal's amount from its (already rounded) line totals, written to the currency's minor unit. */
export const dealAmountOf = (lineTotals: readonly string[], currency: string): string =>
  sumAmounts(lineTotals).toFixed(currencyMinorUnits(currency));

/** Why an amount cannot be a deal's amount in this currency, or null when it can. */
export const amountProblem = (amount: string, currency: string): string | null =>
  fitsCurrency(amount, currency) ? null : `${currency} amounts have at most ${currencyMinorUnits(currency)} decimals`;

export interface SplitShare {
  userId: string;
  percent: string;
}

/** Why credit splits are not valid (each rep once, percentages summing to exactly 100), or null. */
export const splitsProblem = (splits: readonly SplitShare[]): string | null => {
  if (splits.length === 0) return null;
  if (new Set(splits.map((split) => split.userId)).size !== splits.length) return 'Each rep may appear once';
  const total = sumAmounts(splits.map((split) => split.percent));
  return total.equals(100) ? null : `The percentages sum to ${total.toString()}, not 100`;
};
