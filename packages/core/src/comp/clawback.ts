import type { ClawbackComponent, CompCredit, CompPaidLine, CompPlanVersion } from '../contracts/comp';
import { daysBetween } from '../goals/goal-periods';
import { Money, type MoneyValue, roundToCurrency } from '../money/money';
import { creditPart } from './commission';
import { type EarningLine, earningLine, exactAmount, plainNumber } from './earning-line';
import { part } from './explanation';

/*
 * A deal cancelled or refunded within the window (days from the win to the cancellation, the
 * window's last day included) gives back what was paid for it in earlier periods — its commission
 * and SPIFF lines, gross — times the refunded share: all of it for a cancellation, refunded ÷
 * originally credited value for a refund. One negative line per currency it was paid in. In all,
 * never more than was paid for the deal.
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

type Sums = Map<string, MoneyValue>;
const keyOf = (dealId: string, currency: string) => `${dealId}\u0000${currency}`;
const add = (sums: Sums, key: string, amount: MoneyValue) =>
  sums.set(key, (sums.get(key) ?? new Money(0)).plus(amount));

/**
 * Clawbacks of one period, credit by credit in date order. Per deal, the share reached so far
 * (a cancellation: all; refunds: their sum, at most all) of what was paid is what must be back by
 * then; each line recovers what is still missing of it. What was recovered before (paid lines of
 * kind clawback, negative) counts, so a refund and a later cancellation never take back more
 * than was paid, and a cancellation seen again by a later period's run takes back nothing twice.
 */
export const clawbackLedger = (paidLines: readonly CompPaidLine[]) => {
  const paid: Sums = new Map();
  const recovered: Sums = new Map();
  const currenciesOf = new Map<string, Set<string>>();
  for (const line of paidLines) {
    const key = keyOf(line.dealId, line.currency);
    if (line.componentKind === 'clawback') add(recovered, key, new Money(line.amount).negated());
    if (!clawedKinds.has(line.componentKind)) continue;
    add(paid, key, new Money(line.amount));
    currenciesOf.set(line.dealId, (currenciesOf.get(line.dealId) ?? new Set()).add(line.currency));
  }
  const shares = new Map<string, MoneyValue>();

  /** The clawback lines of a cancelled or refunded credit; none outside the window or with nothing left to recover. */
  return (plan: CompPlanVersion, component: ClawbackComponent, credit: CompCredit): EarningLine[] => {
    const days = daysAfterWin(credit);
    if (days > component.windowDays) return [];
    const share = Money.min((shares.get(credit.dealId) ?? new Money(0)).plus(refundedShare(credit)), 1);
    shares.set(credit.dealId, share);
    const currencies = [...(currenciesOf.get(credit.dealId) ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return currencies.flatMap((currency) => {
      const key = keyOf(credit.dealId, currency);
      const sum = paid.get(key) as MoneyValue;
      const before = recovered.get(key) ?? new Money(0);
      const due = roundToCurrency(sum.times(share).minus(before), currency);
      if (!sum.greaterThan(0) || !new Money(due).greaterThan(0)) return [];
      add(recovered, key, new Money(due));
      const sharePercent = plainNumber(share.times(100));
      const params: Record<string, string> = {
        wonDate: credit.wonDate as string,
        refundDate: credit.date,
        days: String(days),
        windowDays: String(component.windowDays),
        paid: exactAmount(sum, currency),
        sharePercent,
        currency,
      };
      // Recovered before: the line takes the rest, all of it, so its arithmetic still reads true.
      if (before.greaterThan(0)) params.recovered = exactAmount(before, currency);
      const fields = {
        planVersionId: plan.id,
        component: { id: component.id, kind: 'clawback' as const },
        dealId: credit.dealId,
        date: credit.date,
        base: before.greaterThan(0) ? due : exactAmount(sum, currency),
        rate: before.greaterThan(0) ? '100' : sharePercent,
        tier: null,
        currency,
        explanation: [creditPart(credit), part('clawback', params)],
      };
      return [earningLine(fields, before.greaterThan(0) ? new Money(due).negated() : sum.times(share).negated())];
    });
  };
};
