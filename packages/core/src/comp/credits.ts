import type { CompCredit } from '../contracts/comp';
import { splitsProblem } from '../crm/deal-math';
import { splitTarget } from '../goals/split-target';
import { fitsCurrency, Money } from '../money/money';
import { currencyMinorUnits } from '../org-settings';

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

/** The credits of a deal: one per split partner, or all of it to the owner without splits. */
export const creditsOfDeal = (deal: DealToCredit, splits: readonly CreditSplit[]): CompCredit[] => {
  const { ownerId, ...rest } = deal;
  const shares = splits.length > 0 ? splits : [{ repId: ownerId, percent: '100' }];
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
    const credit: CompCredit = {
      ...rest,
      repId: share.repId,
      splitPercent: new Money(share.percent).toFixed(),
      value: { amount: amounts[index] as string, currency },
      units: new Money(deal.units).times(share.percent).dividedBy(100).toFixed(),
    };
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
];

/** Credit order: date, deal id, then the rest of the credit; a total order, so input order never matters. */
export const compareCredits = (a: CompCredit, b: CompCredit): number => {
  const keyA = sortKey(a);
  const keyB = sortKey(b);
  for (let index = 0; index < keyA.length; index++) {
    const order = textOrder(keyA[index] as string, keyB[index] as string);
    if (order !== 0) return order;
  }
  return 0;
};

export const sortCredits = (credits: readonly CompCredit[]): CompCredit[] => [...credits].sort(compareCredits);
