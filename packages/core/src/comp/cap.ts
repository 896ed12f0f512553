import type { CapComponent, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import { type EarningLine, moneyText } from './earning-line';
import { part } from './explanation';

/*
 * Caps limit commission lines only (SPIFFs, bonuses and clawbacks are outside them). Lines are
 * taken in their order — credit date, deal, component, tier — and the one that crosses a cap is
 * cut to what is left, the ones after it to zero, each with a "capped" part. The cap per deal
 * comes from the line's own plan; the cap per period from the plan that ends the period, over its
 * currency's lines. Amounts are already rounded, so what is left is too.
 */

const capOf = (plan: CompPlanVersion | null | undefined): CapComponent | null =>
  plan?.components.find((component): component is CapComponent => component.kind === 'cap') ?? null;

export const applyCaps = (
  lines: readonly EarningLine[],
  plansById: ReadonlyMap<string, CompPlanVersion>,
  periodPlan: CompPlanVersion | null,
): EarningLine[] => {
  const periodCap = capOf(periodPlan);
  const byDeal = new Map<string, MoneyValue>();
  let periodTotal = new Money(0);
  return lines.map((line) => {
    if (line.component.kind !== 'commission') return line;
    let amount = new Money(line.amount);
    const explanation = [...line.explanation];
    const limit = (component: CapComponent, scope: 'deal' | 'period', cap: string, sofar: MoneyValue) => {
      const left = Money.max(new Money(cap).minus(sofar), 0);
      if (amount.lessThanOrEqualTo(left)) return;
      explanation.push(
        part('capped', {
          componentId: component.id,
          scope,
          cap: moneyText(new Money(cap), line.currency),
          before: moneyText(amount, line.currency),
          after: moneyText(left, line.currency),
          currency: line.currency,
        }),
      );
      amount = left;
    };
    const dealCap = capOf(plansById.get(line.planVersionId));
    const dealKey = line.dealId ?? '';
    if (dealCap?.perDeal !== undefined) limit(dealCap, 'deal', dealCap.perDeal, byDeal.get(dealKey) ?? new Money(0));
    const inPeriodCap = periodCap?.perPeriod !== undefined && line.currency === periodPlan?.currency;
    if (periodCap?.perPeriod !== undefined && inPeriodCap) limit(periodCap, 'period', periodCap.perPeriod, periodTotal);
    byDeal.set(dealKey, (byDeal.get(dealKey) ?? new Money(0)).plus(amount));
    if (inPeriodCap) periodTotal = periodTotal.plus(amount);
    if (explanation.length === line.explanation.length) return line;
    return { ...line, amount: moneyText(amount, line.currency), explanation };
  });
};
