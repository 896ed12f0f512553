import type { CompComponent } from '../contracts/comp';
import { fitsCurrency, Money } from '../money/money';

/*
 * The rules of a plan that field types cannot say: a flat rate or tiers, tiers from 0 % upwards,
 * one match and one effect per product-line rule, money that fits the plan's currency. The
 * contract reports them to the plan editor; they live here, beside the engine that relies on them.
 */

const isZero = (text: string) => new Money(text).isZero();

/** One thing wrong with a plan: where (a path into the plan JSON) and why. */
export interface PlanProblem {
  path: (string | number)[];
  message: string;
}

/** What is wrong with one component beyond its field types. */
const componentIssues = (component: CompComponent, currency: string): PlanProblem[] => {
  const issues: PlanProblem[] = [];
  const money = (field: string, value: string | undefined) => {
    if (value !== undefined && !fitsCurrency(value, currency)) {
      issues.push({ path: [field], message: `Too many decimals for ${currency}` });
    }
  };
  switch (component.kind) {
    case 'commission': {
      if ((component.ratePercent === undefined) === (component.tiers === undefined)) {
        issues.push({ path: ['ratePercent'], message: 'Give either a flat rate or tiers' });
      }
      // An overlay pays on deals that do not move the manager's attainment, so tiers would never climb.
      if (component.overlay && component.tiers)
        issues.push({ path: ['tiers'], message: 'An overlay pays a flat rate' });
      const tiers = component.tiers ?? [];
      if (tiers[0] && !isZero(tiers[0].fromPercent)) {
        issues.push({ path: ['tiers', 0, 'fromPercent'], message: 'The first tier starts at 0' });
      }
      tiers.forEach((tier, index) => {
        const before = tiers[index - 1];
        if (before && !new Money(tier.fromPercent).greaterThan(before.fromPercent)) {
          issues.push({ path: ['tiers', index, 'fromPercent'], message: 'Tiers go up in attainment' });
        }
      });
      break;
    }
    case 'product_line':
      component.rules.forEach((rule, index) => {
        if ((rule.productLineId === undefined) === (rule.priority === undefined)) {
          issues.push({ path: ['rules', index], message: 'Match either a product line or a priority' });
        }
        if ((rule.ratePercent === undefined) === (rule.multiplier === undefined)) {
          issues.push({ path: ['rules', index], message: 'Give either a rate or a multiplier' });
        }
      });
      break;
    case 'spiff':
      if ((component.productId === undefined) === (component.productLineId === undefined)) {
        issues.push({ path: ['productId'], message: 'Give either a product or a product line' });
      }
      if (component.endsOn < component.startsOn) {
        issues.push({ path: ['endsOn'], message: 'The window ends before it starts' });
      }
      money('amount', component.amount);
      break;
    case 'goal_bonus':
      if ((component.amount === undefined) === (component.percentOfBase === undefined)) {
        issues.push({ path: ['amount'], message: 'Give either an amount or a percent of base' });
      }
      money('amount', component.amount);
      break;
    case 'cap':
      if (component.perPeriod === undefined && component.perDeal === undefined) {
        issues.push({ path: ['perPeriod'], message: 'Give a cap per period, per deal, or both' });
      }
      money('perPeriod', component.perPeriod);
      money('perDeal', component.perDeal);
      break;
    case 'draw':
      money('amount', component.amount);
      break;
    case 'clawback':
      break;
  }
  return issues;
};

/** Kinds a plan holds at most once: a second cap, draw or set of line rules would be ambiguous. */
const singleKinds: readonly CompComponent['kind'][] = ['product_line', 'cap', 'draw', 'clawback'];

/** Everything wrong with a plan version, as paths into its JSON; empty when the engine can run it. */
export const planProblems = (plan: {
  currency: string;
  baseSalary?: string | undefined;
  components: readonly CompComponent[];
}): PlanProblem[] => {
  const problems: PlanProblem[] = [];
  const ids = new Set<string>();
  plan.components.forEach((component, index) => {
    const at = (path: (string | number)[], message: string) =>
      problems.push({ path: ['components', index, ...path], message });
    if (ids.has(component.id)) at(['id'], 'Ids must be unique');
    ids.add(component.id);
    if (singleKinds.includes(component.kind) && plan.components.findIndex((c) => c.kind === component.kind) < index) {
      at(['kind'], `One ${component.kind} per plan`);
    }
    for (const issue of componentIssues(component, plan.currency)) at(issue.path, issue.message);
    if (component.kind === 'goal_bonus' && component.percentOfBase !== undefined && plan.baseSalary === undefined) {
      problems.push({ path: ['baseSalary'], message: 'A percent-of-base bonus needs the base salary' });
    }
  });
  return problems;
};
