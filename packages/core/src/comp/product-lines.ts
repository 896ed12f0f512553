import type { CompCredit, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import { type ExplanationPart, part } from './explanation';

/*
 * Product-line rates change the commission a credit earns rather than adding lines of their own:
 * a pushed line's deal shows one line at 7.5 % (5 % × 1.5), a loss leader's one at 0 %, each
 * saying why. A rule for the credit's own product line wins over a rule for its priority.
 */

/** How a plan's product-line rule turns a commission rate (percent) into the one paid. */
export interface RateAdjustment {
  rateOf: (rate: MoneyValue) => MoneyValue;
  explain: (rate: MoneyValue) => ExplanationPart;
}

export const productLineAdjustmentOf = (plan: CompPlanVersion, credit: CompCredit): RateAdjustment | null => {
  const component = plan.components.find((candidate) => candidate.kind === 'product_line');
  if (!component) return null;
  const rule =
    component.rules.find((candidate) => candidate.productLineId && candidate.productLineId === credit.productLineId) ??
    component.rules.find((candidate) => candidate.priority && candidate.priority === credit.productLinePriority);
  if (!rule) return null;
  const match: Record<string, string> = rule.productLineId
    ? { productLineId: rule.productLineId }
    : { priority: rule.priority as string };
  if (rule.ratePercent !== undefined) {
    const override = new Money(rule.ratePercent);
    return {
      rateOf: () => override,
      explain: () => part('product_line_rate', { componentId: component.id, ...match, rate: override.toFixed() }),
    };
  }
  const multiplier = new Money(rule.multiplier ?? '1');
  return {
    rateOf: (rate) => rate.times(multiplier),
    explain: (rate) =>
      part('product_line_multiplier', {
        componentId: component.id,
        ...match,
        multiplier: multiplier.toFixed(),
        rate: rate.times(multiplier).toFixed(),
      }),
  };
};
