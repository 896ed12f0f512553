import type { ClawbackComponent, CompCredit, CompPaidLine, CompPlanVersion } from '../contracts/comp';
import { daysBetween } from '../goals/goal-periods';
import { Money, type MoneyValue } from '../money/money';
import { creditPart } from './commission';
import { type EarningLine, earningLine, exactAmount, plainNumber } from './earning-line';
import { part } from './explanation';

/*
 * A deal cancelled or refunded within the window (days from the win to the cancellation, the
 * window's last day included) gives back what was paid for it in earlier periods — its commission
 * and SPIFF lines, gross — times the refunded share: all of it for a cancellation, refunded ÷
 * originally credited value for a refund. One negative line per currency it was paid in.
 */

const clawedKinds = new Set(['commission', 'spiff']);

/** Days from the win to the cancellation (0 on the same day). */
export const daysAfterWin = (credit: CompCredit): number => {
  if (!credit.wonDate) throw new RangeError(`deal ${credit.dealId}: a ${credit.kind} credit needs its won date`);
  if (credit.wonDate > credit.date) throw new RangeError(`deal ${credit.dealId}: won after it was ${credit.kind}`);
  return daysBetween(credit.wonDate, credit.date) - 1;
};

/** The refunded share of what was credited, 0–1. */
const refundedShare = (credit: CompCredit): MoneyValue => {
  if (credit.kind !== 'refunded') return new Money(1);
  const original = new Money(credit.originalAmount ?? credit.value.amount);
  return original.isZero() ? new Money(1) : Money.min(new Money(credit.value.amount).dividedBy(original), 1);
};

/** The clawback lines of a cancelled or refunded credit; none outside the window or when nothing was paid. */
export const clawbackLines = (
  plan: CompPlanVersion,
  component: ClawbackComponent,
  credit: CompCredit,
  paidLines: readonly CompPaidLine[],
): EarningLine[] => {
  const days = daysAfterWin(credit);
  if (days > component.windowDays) return [];
  const paid = new Map<string, MoneyValue>();
  for (const line of paidLines) {
    if (line.dealId !== credit.dealId || !clawedKinds.has(line.componentKind)) continue;
    paid.set(line.currency, (paid.get(line.currency) ?? new Money(0)).plus(line.amount));
  }
  const share = refundedShare(credit);
  const currencies = [...paid.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return currencies
    .filter((currency) => (paid.get(currency) as MoneyValue).greaterThan(0))
    .map((currency) => {
      const sum = paid.get(currency) as MoneyValue;
      const sharePercent = plainNumber(share.times(100));
      return earningLine(
        {
          planVersionId: plan.id,
          component: { id: component.id, kind: 'clawback' },
          dealId: credit.dealId,
          date: credit.date,
          base: exactAmount(sum, currency),
          rate: sharePercent,
          tier: null,
          currency,
          explanation: [
            creditPart(credit),
            part('clawback', {
              wonDate: credit.wonDate as string,
              refundDate: credit.date,
              days: String(days),
              windowDays: String(component.windowDays),
              paid: exactAmount(sum, currency),
              sharePercent,
              currency,
            }),
          ],
        },
        sum.times(share).negated(),
      );
    });
};
