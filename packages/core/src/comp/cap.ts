import type { CapComponent, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import { type EarningLine, isMoneyText, moneyText, withFields } from './earning-line';
import { part } from './explanation';
import { remembered } from './remembered';

/*
 * Caps limit commission lines only (SPIFFs, bonuses and clawbacks are outside them). Lines are
 * taken in their order — credit date, deal, component, tier — and the one that crosses a cap is
 * cut to what is left, the ones after it to zero, each with a "capped" part. The cap per deal
 * comes from the line's own plan; the cap per period from the plan that ends the period, over its
 * currency's lines. Amounts are already rounded, so what is left is too.
 */

const capOf = (plan: CompPlanVersion | null | undefined): CapComponent | null =>
  plan?.components.find((component): component is CapComponent => component.kind === 'cap') ?? null;

/** A cap's limit, parsed when a line first meets it and written out once per currency, not once per line it cuts. */
interface Limit {
  component: CapComponent;
  scope: 'deal' | 'period';
  text: string;
  value: MoneyValue | null;
}

const limitOf = (component: CapComponent | null, scope: Limit['scope']): Limit | null => {
  const text = scope === 'deal' ? component?.perDeal : component?.perPeriod;
  return component && text !== undefined ? { component, scope, text, value: null } : null;
};

const limitValue = (limit: Limit): MoneyValue => {
  limit.value ??= new Money(limit.text);
  return limit.value;
};

/** `moneyText` remembered per value and currency: a long period writes the same cap and zero on most lines. */
const textCache = () => {
  const texts = new Map<MoneyValue, Map<string, string>>();
  return (value: MoneyValue, currency: string): string =>
    remembered(
      remembered(texts, value, () => new Map<string, string>()),
      currency,
      () => moneyText(value, currency),
    );
};

export const applyCaps = (
  lines: readonly EarningLine[],
  plansById: ReadonlyMap<string, CompPlanVersion>,
  periodPlan: CompPlanVersion | null,
): EarningLine[] => {
  const periodLimit = limitOf(capOf(periodPlan), 'period');
  const dealLimits = new Map([...plansById].map(([id, plan]) => [id, limitOf(capOf(plan), 'deal')]));
  // Deals' running totals matter only to a cap per deal.
  const anyDealCap = [...dealLimits.values()].some((limit) => limit !== null);
  const zero = new Money(0);
  const rememberedText = textCache();
  const textOf = (value: MoneyValue, currency: string) =>
    value === zero ? rememberedText(value, currency) : moneyText(value, currency);
  const byDeal = new Map<string, MoneyValue>();
  let periodTotal: MoneyValue = zero;
  return lines.map((line) => {
    if (line.component.kind !== 'commission') return line;
    const parsed = new Money(line.amount);
    let amount = parsed;
    // Uncut, the amount is written as the line has it: no need to format it again.
    const amountText = (value: MoneyValue) =>
      value === parsed && isMoneyText(line.amount, line.currency) ? line.amount : textOf(value, line.currency);
    let explanation: EarningLine['explanation'] | null = null;
    const limit = (cap: Limit, sofar: MoneyValue) => {
      const capValue = limitValue(cap);
      // Most lines of a long period come after the cap is used up: nothing left, nothing to subtract.
      const left = sofar.greaterThanOrEqualTo(capValue) ? zero : capValue.minus(sofar);
      if (amount.lessThanOrEqualTo(left)) return;
      explanation ??= [...line.explanation];
      explanation.push(
        part('capped', {
          componentId: cap.component.id,
          scope: cap.scope,
          cap: rememberedText(capValue, line.currency),
          before: amountText(amount),
          after: textOf(left, line.currency),
          currency: line.currency,
        }),
      );
      amount = left;
    };
    const dealLimit = dealLimits.get(line.planVersionId);
    const dealKey = line.dealId ?? '';
    if (dealLimit) limit(dealLimit, byDeal.get(dealKey) ?? zero);
    const inPeriodCap = periodLimit !== null && line.currency === periodPlan?.currency;
    if (periodLimit && inPeriodCap) limit(periodLimit, periodTotal);
    if (anyDealCap) byDeal.set(dealKey, (byDeal.get(dealKey) ?? zero).plus(amount));
    if (inPeriodCap && !amount.isZero()) periodTotal = periodTotal.plus(amount);
    if (explanation === null) return line;
    return withFields(line, { amount: textOf(amount, line.currency), explanation });
  });
};
