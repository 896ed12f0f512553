import { type ComponentValues, newComponent, newRule, newTier, type PlanValues } from './comp-builder-values';
import type { PlanTerms } from './comp-format';

/** A version's stored terms as builder values: the start of "a new version from a day". */
export const valuesOfTerms = (terms: PlanTerms, today: string): PlanValues['terms'] => {
  const components = terms.components.map((component) => {
    const base = newComponent(component.kind, [], today);
    const values: ComponentValues = { ...base, id: component.id, name: component.name ?? '' };
    const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
    switch (component.kind) {
      case 'commission':
        values.rateType = component.tiers ? 'tiered' : 'flat';
        values.ratePercent = text(component.ratePercent);
        values.tiers = (component.tiers ?? [{ fromPercent: '0', ratePercent: '' }]).map((tier) =>
          newTier(tier.fromPercent, tier.ratePercent),
        );
        values.tierMode = component.tierMode ?? 'marginal';
        values.overlay = component.overlay ?? false;
        break;
      case 'product_line':
        values.rules = component.rules.map((rule) => ({
          ...newRule(),
          match: rule.productLineId ? 'line' : 'priority',
          productLineId: rule.productLineId ?? null,
          priority: rule.priority ?? null,
          effect: rule.ratePercent !== undefined ? 'rate' : 'multiplier',
          multiplier: text(rule.multiplier),
          ratePercent: text(rule.ratePercent),
        }));
        break;
      case 'spiff':
        Object.assign(values, {
          spiffTarget: component.productId ? 'product' : 'line',
          productId: component.productId ?? null,
          productLineId: component.productLineId ?? null,
          per: component.per,
          amount: component.amount,
          startsOn: component.startsOn,
          endsOn: component.endsOn,
        });
        break;
      case 'goal_bonus':
        values.goalId = component.goalId;
        values.bonusType = component.percentOfBase !== undefined ? 'percent' : 'fixed';
        values.amount = text(component.amount);
        values.percentOfBase = text(component.percentOfBase);
        break;
      case 'cap':
        values.perPeriod = text(component.perPeriod);
        values.perDeal = text(component.perDeal);
        break;
      case 'draw':
        values.amount = component.amount;
        values.recoverable = component.recoverable;
        break;
      case 'clawback':
        values.windowDays = text(component.windowDays);
        break;
    }
    return values;
  });
  return {
    baseSalary: terms.baseSalary ?? '',
    payOnlyWhenInvoicePaid: terms.payOnlyWhenInvoicePaid ?? false,
    components,
  };
};
