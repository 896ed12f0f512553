import type { CompCredit } from '../contracts/comp';
import { splitsProblem } from '../crm/deal-math';
import { splitTarget } from '../goals/split-target';
import { fitsCurrency, Money } from '../money/money';
import { currencyMinorUnits } from '../org-settings';
import { isPlainDecimal, plainAmountText, plainNumberText } from './plain-decimal';

/*
 * A deal credits its owner, or its split partners by their percentages. Money parts are split by
 * the largest remainder in minor units, so the reps' parts add up to the deal to the cent; units
 * are split exactly (3 units at 60/40 are 1.8 and 1.2).
 */

/** A won, cancelled or refunded deal (or one product line item of it) before it is split. */
export type DealToCredit = Omit<CompCredit, 'repId' | 'splitPercent'> & { ownerId: string };

/** A rep's share of a deal's credit, in percent ("60"); a deal's shares sum to 100. */
export interface CreditSplit {
  repId: string;
  percent: string;
}

/**
 * The deal's fields but its owner, in their order, as `{ ...rest }` would copy them: a key loop,
 * since object rest and spread cost V8 several microseconds each, and a run credits a million rows.
 */
const creditFields = (deal: DealToCredit): CompCredit => {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(deal)) if (key !== 'ownerId') fields[key] = deal[key as keyof DealToCredit];
  return fields as unknown as CompCredit;
};

/** A deal without splits as its owner's one credit, written as the split below writes it; null unless its numbers are plain. */
const wholeDealCredit = (deal: DealToCredit): CompCredit | null => {
  const { amount, currency } = deal.value;
  const original = deal.originalAmount;
  if (!isPlainDecimal(amount) || (original !== undefined && !isPlainDecimal(original))) return null;
  const decimals = currencyMinorUnits(currency);
  const amountText = plainAmountText(amount, decimals);
  const originalText = original === undefined ? undefined : plainAmountText(original, decimals);
  const units = plainNumberText(deal.units);
  if (amountText === null || originalText === null || units === null) return null;
  const credit = creditFields(deal);
  credit.repId = deal.ownerId;
  credit.splitPercent = '100';
  credit.value = { amount: amountText, currency };
  credit.units = units;
  if (originalText !== undefined) credit.originalAmount = originalText;
  return credit;
};

/** The credits of a deal: one per split partner, or all of it to the owner without splits. */
export const creditsOfDeal = (deal: DealToCredit, splits: readonly CreditSplit[]): CompCredit[] => {
  // Most deals are not split: that case skips the decimal arithmetic (a period run credits millions).
  const whole = splits.length === 0 ? wholeDealCredit(deal) : null;
  if (whole) return [whole];
  const shares = splits.length > 0 ? splits : [{ repId: deal.ownerId, percent: '100' }];
  const problem = splitsProblem(shares.map((share) => ({ userId: share.repId, percent: share.percent })));
  if (problem) throw new RangeError(`deal ${deal.dealId}: ${problem}`);
  const { currency } = deal.value;
  for (const amount of [deal.value.amount, deal.originalAmount]) {
    if (amount !== undefined && !fitsCurrency(amount, currency)) {
      throw new RangeError(`deal ${deal.dealId}: ${amount} has more decimals than ${currency} allows`);
    }
  }
  const weights = shares.map((share) => share.percent);
  const decimals = currencyMinorUnits(currency);
  const amounts = splitTarget(deal.value.amount, weights, decimals);
  const originals = deal.originalAmount === undefined ? null : splitTarget(deal.originalAmount, weights, decimals);
  return shares.map((share, index) => {
    const credit = creditFields(deal);
    credit.repId = share.repId;
    credit.splitPercent = new Money(share.percent).toFixed();
    credit.value = { amount: amounts[index] as string, currency };
    credit.units = new Money(deal.units).times(share.percent).dividedBy(100).toFixed();
    if (originals) credit.originalAmount = originals[index] as string;
    return credit;
  });
};

const textOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every field in a fixed order, so identical credits are the only ties (code-unit order, not the locale's). */
const sortKey = (credit: CompCredit): string[] => [
  credit.date,
  credit.dealId,
  credit.kind,
  credit.productId ?? '',
  credit.productLineId ?? '',
  credit.productLinePriority ?? '',
  credit.value.currency,
  credit.value.amount,
  credit.units,
  credit.splitPercent,
  credit.wonDate ?? '',
  credit.originalAmount ?? '',
  String(credit.invoicePaid),
  credit.repId,
  credit.overlayOf?.repId ?? '',
];

/** Credit order: date, deal id, then the rest of the credit; a total order, so input order never matters. */
export const compareCredits = (a: CompCredit, b: CompCredit): number => {
  // Date and deal id decide almost every comparison: the whole keys are built only on a tie.
  const first = textOrder(a.date, b.date) || textOrder(a.dealId, b.dealId);
  if (first !== 0) return first;
  const keyA = sortKey(a);
  const keyB = sortKey(b);
  for (let index = 0; index < keyA.length; index++) {
    const order = textOrder(keyA[index] as string, keyB[index] as string);
    if (order !== 0) return order;
  }
  return 0;
};

export const sortCredits = (credits: readonly CompCredit[]): CompCredit[] => [...credits].sort(compareCredits);
