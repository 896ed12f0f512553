import type { CommissionComponent, CompCredit, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import { type EarningLine, earningLine, exactAmount } from './earning-line';
import { type ExplanationPart, part } from './explanation';
import { productLineAdjustmentOf } from './product-lines';
import { marginalPortions, type TierSpan, tierAt, tierSpansOf } from './tiers';

/** A won credit as the commission sees it: its value in the plan's currency and its place on the way to quota. */
export interface CreditInPlan {
  credit: CompCredit;
  plan: CompPlanVersion;
  /** The credit's value in the plan's currency, exact. */
  value: MoneyValue;
  /** How it was converted, or null in the plan's own currency. */
  conversion: ExplanationPart | null;
  /** Credited value before and after this credit, in the quota's currency. */
  start: MoneyValue;
  end: MoneyValue;
  /** The quota (> 0 for tiers), and the whole period's credited value against it. */
  quota: MoneyValue | null;
  attained: MoneyValue;
  /** Attainment in percent, as shown. */
  attainmentPercent: string;
  /** Whether the quota is in the plan's currency (then tier portions are exact amounts of it). */
  quotaInPlanCurrency: boolean;
}

/** The part every credit line starts with: which deal, when, and how much was credited. */
export const creditPart = (credit: CompCredit): ExplanationPart =>
  part('credit', {
    dealId: credit.dealId,
    kind: credit.kind,
    date: credit.date,
    amount: credit.value.amount,
    currency: credit.value.currency,
    splitPercent: credit.splitPercent,
  });

/** Base parts of a credit's value that fall in each tier; in another currency than the quota, shared pro rata and the last part takes the rest. */
const portionBases = (inPlan: CreditInPlan, lengths: readonly MoneyValue[]): MoneyValue[] => {
  const whole = inPlan.end.minus(inPlan.start);
  if (inPlan.quotaInPlanCurrency || lengths.length === 1) return lengths.length === 1 ? [inPlan.value] : [...lengths];
  let given = new Money(0);
  return lengths.map((length, index) => {
    if (index === lengths.length - 1) return inPlan.value.minus(given);
    const base = inPlan.value.times(length).dividedBy(whole);
    given = given.plus(base);
    return base;
  });
};

/** The commission lines of one won credit: one line, or one per tier a marginal tiered credit crosses. */
export const commissionLines = (inPlan: CreditInPlan, component: CommissionComponent): EarningLine[] => {
  const { credit, plan } = inPlan;
  const currency = plan.currency;
  const adjustment = productLineAdjustmentOf(plan, credit);
  const lineOf = (base: MoneyValue, rate: MoneyValue, tier: number | null, reason: ExplanationPart) => {
    const paid = adjustment ? adjustment.rateOf(rate) : rate;
    const explanation = [creditPart(credit)];
    if (inPlan.conversion) explanation.push(inPlan.conversion);
    explanation.push(reason);
    if (adjustment) explanation.push(adjustment.explain(rate));
    return earningLine(
      {
        planVersionId: plan.id,
        component: { id: component.id, kind: 'commission' },
        dealId: credit.dealId,
        date: credit.date,
        base: exactAmount(base, currency),
        rate: paid.toFixed(),
        tier,
        currency,
        explanation,
      },
      base.times(paid).dividedBy(100),
    );
  };

  if (!component.tiers) {
    const rate = new Money(component.ratePercent ?? '0');
    return [lineOf(inPlan.value, rate, null, part('flat_rate', { rate: rate.toFixed() }))];
  }
  if (!inPlan.quota) throw new RangeError(`plan ${plan.id}: a tiered commission needs a quota`);
  const spans = tierSpansOf(component.tiers, inPlan.quota);
  const tierParams = (span: TierSpan) => ({
    tier: String(span.tier),
    fromPercent: span.fromPercent,
    ...(span.toPercent === null ? {} : { toPercent: span.toPercent }),
    rate: span.rate.toFixed(),
  });

  if (component.tierMode === 'retroactive') {
    const span = tierAt(spans, inPlan.attained);
    const reason = part('retroactive_tier', { ...tierParams(span), attainmentPercent: inPlan.attainmentPercent });
    return [lineOf(inPlan.value, span.rate, span.tier, reason)];
  }
  const portions = marginalPortions(spans, inPlan.start, inPlan.end);
  const bases = portionBases(
    inPlan,
    portions.map((portion) => portion.length),
  );
  return portions.map(({ span }, index) => {
    const base = bases[index] as MoneyValue;
    const reason = part('marginal_tier', { ...tierParams(span), portion: exactAmount(base, currency), currency });
    return lineOf(base, span.rate, span.tier, reason);
  });
};
