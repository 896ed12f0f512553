import type { CommissionComponent, CompCredit, CompPlanVersion } from '../contracts/comp';
import { Money, type MoneyValue } from '../money/money';
import { type ExplanationPart, part } from './explanation';
import { productLineAdjustmentOf, type RateAdjustment } from './product-lines';
import { remembered } from './remembered';
import { type TierSpan, tierSpansOf } from './tiers';

/*
 * What one run of the engine works out once rather than for every credit: a tiered component's
 * spans over the quota (with the tier's words for the explanation), the product-line rule of
 * each product line and priority, and the rate a line pays after that rule, written out and
 * divided by 100. A memo lives for one `calculateEarnings` call, so a plan edited
 * between calls is read afresh. Without a memo everything is computed each time, as before.
 */

/** A tier's part of an explanation, without the amounts. */
export type TierParams = Readonly<Record<string, string>>;

interface TierTerms {
  quota: MoneyValue;
  spans: TierSpan[];
  params: Map<TierSpan, TierParams>;
}

type Adjustments = Map<string | null, Map<string | null, RateAdjustment | null>>;

/** A rate as paid after the product-line rule: the percent, as written, as a fraction (÷ 100), and the rule's reason. */
export interface PaidRate {
  percent: MoneyValue;
  text: string;
  fraction: MoneyValue;
  reason: ExplanationPart | null;
}

export interface CommissionMemo {
  tiers: Map<CommissionComponent, TierTerms>;
  adjustments: Map<CompPlanVersion, Adjustments>;
  flatRates: Map<CommissionComponent, MoneyValue>;
  paidRates: Map<RateAdjustment | null, Map<MoneyValue, PaidRate>>;
}

export const commissionMemo = (): CommissionMemo => ({
  tiers: new Map(),
  adjustments: new Map(),
  flatRates: new Map(),
  paidRates: new Map(),
});

/** A flat commission's rate; the same value each time, so its paid rate is remembered too. */
export const flatRateOf = (memo: CommissionMemo | undefined, component: CommissionComponent): MoneyValue => {
  let rate = memo?.flatRates.get(component);
  if (!rate) {
    rate = new Money(component.ratePercent ?? '0');
    memo?.flatRates.set(component, rate);
  }
  return rate;
};

const paidRateFor = (adjustment: RateAdjustment | null, rate: MoneyValue): PaidRate => {
  const percent = adjustment ? adjustment.rateOf(rate) : rate;
  // ÷ 100 only moves the decimal point: amount × (rate ÷ 100) has the digits of amount × rate ÷ 100.
  return {
    percent,
    text: percent.toFixed(),
    fraction: percent.dividedBy(100),
    reason: adjustment?.explain(rate) ?? null,
  };
};

/** The rate a line pays, remembered per rule and tier rate (its reason is shared: copy it with `reasonOf`). */
export const paidRateOf = (
  memo: CommissionMemo | undefined,
  adjustment: RateAdjustment | null,
  rate: MoneyValue,
): PaidRate => {
  if (!memo) return paidRateFor(adjustment, rate);
  const byRate = remembered(memo.paidRates, adjustment, () => new Map<MoneyValue, PaidRate>());
  return remembered(byRate, rate, () => paidRateFor(adjustment, rate));
};

/** A line's own copy of the product-line rule's reason, so no two lines share a part. */
export const reasonOf = (paid: PaidRate): ExplanationPart | null =>
  paid.reason && part(paid.reason.code, { ...paid.reason.params });

const tierParamsOf = (span: TierSpan): TierParams => ({
  tier: String(span.tier),
  fromPercent: span.fromPercent,
  ...(span.toPercent === null ? {} : { toPercent: span.toPercent }),
  rate: span.rate.toFixed(),
});

const tierTermsOf = (component: CommissionComponent, quota: MoneyValue): TierTerms => {
  const spans = tierSpansOf(component.tiers ?? [], quota);
  return { quota, spans, params: new Map(spans.map((span) => [span, tierParamsOf(span)])) };
};

/** A tiered component's spans over the quota and each tier's words; remembered per component for the same quota. */
export const tiersOf = (memo: CommissionMemo | undefined, component: CommissionComponent, quota: MoneyValue) => {
  const known = memo?.tiers.get(component);
  if (known && known.quota === quota) return known;
  const terms = tierTermsOf(component, quota);
  memo?.tiers.set(component, terms);
  return terms;
};

/** The plan's product-line rule for a credit's line; remembered per product line and priority. */
export const rateAdjustmentOf = (
  memo: CommissionMemo | undefined,
  plan: CompPlanVersion,
  credit: CompCredit,
): RateAdjustment | null => {
  if (!memo) return productLineAdjustmentOf(plan, credit);
  const byLine = remembered(memo.adjustments, plan, (): Adjustments => new Map());
  const byPriority = remembered(byLine, credit.productLineId, () => new Map<string | null, RateAdjustment | null>());
  return remembered(byPriority, credit.productLinePriority, () => productLineAdjustmentOf(plan, credit));
};
