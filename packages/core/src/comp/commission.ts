import type { CommissionComponent, CompCredit, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import {
  type CommissionMemo,
  flatRateOf,
  paidRateOf,
  rateAdjustmentOf,
  reasonOf,
  type TierParams,
  tiersOf,
} from './commission-memo';
import { type EarningLine, earningLine, exactAmount, isMoneyText, withFields } from './earning-line';
import { type ExplanationPart, part } from './explanation';
import { marginalPortions, type TierSpan, tierAt } from './tiers';

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
  /** Tier spans and product-line rules already worked out in this run. */
  memo?: CommissionMemo;
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
  const adjustment = rateAdjustmentOf(inPlan.memo, plan, credit);
  // A credit in the plan's currency: its amount is already written as exactAmount would write it.
  const ownText = !inPlan.conversion && isMoneyText(credit.value.amount, currency) ? credit.value.amount : null;
  const baseText = (base: MoneyValue) =>
    base === inPlan.value && ownText !== null ? ownText : exactAmount(base, currency);
  const lineOf = (base: MoneyValue, rate: MoneyValue, tier: number | null, reason: ExplanationPart, text?: string) => {
    const paid = paidRateOf(inPlan.memo, adjustment, rate);
    const explanation = [creditPart(credit)];
    if (credit.overlayOf)
      explanation.push(part('overlay', { repId: credit.overlayOf.repId, rep: credit.overlayOf.repName }));
    if (inPlan.conversion) explanation.push(inPlan.conversion);
    explanation.push(reason);
    const rule = reasonOf(paid);
    if (rule) explanation.push(rule);
    return earningLine(
      {
        planVersionId: plan.id,
        component: { id: component.id, kind: 'commission' },
        dealId: credit.dealId,
        date: credit.date,
        base: text ?? baseText(base),
        rate: paid.text,
        tier,
        currency,
        explanation,
      },
      base.times(paid.fraction),
    );
  };

  if (!component.tiers) {
    const rate = flatRateOf(inPlan.memo, component);
    return [lineOf(inPlan.value, rate, null, part('flat_rate', { rate: rate.toFixed() }))];
  }
  if (!inPlan.quota) throw new RangeError(`plan ${plan.id}: a tiered commission needs a quota`);
  const { spans, params } = tiersOf(inPlan.memo, component, inPlan.quota);
  const tierParams = (span: TierSpan) => params.get(span) as TierParams;

  if (component.tierMode === 'retroactive') {
    const span = tierAt(spans, inPlan.attained);
    const reason = part(
      'retroactive_tier',
      withFields(tierParams(span), { attainmentPercent: inPlan.attainmentPercent }),
    );
    return [lineOf(inPlan.value, span.rate, span.tier, reason)];
  }
  const portions = marginalPortions(spans, inPlan.start, inPlan.end);
  const bases = portionBases(
    inPlan,
    portions.map((portion) => portion.length),
  );
  return portions.map(({ span }, index) => {
    const base = bases[index] as MoneyValue;
    const portion = baseText(base);
    const reason = part('marginal_tier', withFields(tierParams(span), { portion, currency }));
    return lineOf(base, span.rate, span.tier, reason, portion);
  });
};
