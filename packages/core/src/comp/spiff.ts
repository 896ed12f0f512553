import type { CompCredit, CompPlanVersion, SpiffComponent } from '../contracts/comp';
import { Money } from '../money/money';
import { creditPart } from './commission';
import { type EarningLine, earningLine, exactAmount } from './earning-line';
import { part } from './explanation';

/*
 * A SPIFF pays a fixed amount for a product (or a product line) won inside its window, both days
 * included. Per unit it pays for the credited units; per deal it pays once per deal, times the
 * rep's split share, so the partners of a deal share one SPIFF as they share its credit.
 */

/** Whether a won credit qualifies for a SPIFF. */
export const isSpiffCredit = (component: SpiffComponent, credit: CompCredit): boolean =>
  credit.kind === 'won' &&
  credit.date >= component.startsOn &&
  credit.date <= component.endsOn &&
  (component.productId !== undefined
    ? credit.productId === component.productId
    : credit.productLineId === component.productLineId);

/** The SPIFF line of a qualifying credit. */
export const spiffLine = (plan: CompPlanVersion, component: SpiffComponent, credit: CompCredit): EarningLine => {
  const quantity = component.per === 'unit' ? new Money(credit.units) : new Money(credit.splitPercent).dividedBy(100);
  return earningLine(
    {
      planVersionId: plan.id,
      component: { id: component.id, kind: 'spiff' },
      dealId: credit.dealId,
      date: credit.date,
      base: quantity.toFixed(),
      rate: null,
      tier: null,
      currency: plan.currency,
      explanation: [
        creditPart(credit),
        part('spiff', {
          per: component.per,
          amount: exactAmount(new Money(component.amount), plan.currency),
          currency: plan.currency,
          quantity: quantity.toFixed(),
          product: component.productId ?? (component.productLineId as string),
          startsOn: component.startsOn,
          endsOn: component.endsOn,
        }),
      ],
    },
    quantity.times(component.amount),
  );
};
