import {
  type CommissionComponent,
  type CompCalculationInput,
  type CompCredit,
  calculateEarnings,
  creditsOfDeal,
  type DealDetail,
  type EarningLine,
  type EarningsResult,
  Money,
  type MoneyValue,
  type ProductLinePriority,
  roundToCurrency,
} from '@pacer/core';

/*
 * The what-if, in the browser: the deals a rep is thinking of closing become credits dated today,
 * exactly as the period run would credit them once won (by product and product line, split among
 * the deal's reps), and the engine runs on the period with those credits added; the period so far
 * is computed once and compared against.
 */

/** The id a typed amount is credited under (no deal has it). */
export const typedDealId = 'what-if-amount';

/** Product lines' priorities by id, for crediting a deal's items. */
export type Priorities = ReadonlyMap<string, ProductLinePriority>;

/** The rep's credits of an open deal as if it were won today: one per product and product line, their share. */
export const creditsOfOpenDeal = (
  deal: DealDetail,
  repId: string,
  on: string,
  priorities: Priorities,
): CompCredit[] => {
  const groups = new Map<
    string,
    { productId: string | null; productLineId: string | null; value: MoneyValue; units: MoneyValue }
  >();
  for (const item of deal.lineItems) {
    const key = `${item.productId ?? ''}|${item.productLineId ?? ''}`;
    const group = groups.get(key) ?? {
      productId: item.productId,
      productLineId: item.productLineId,
      value: new Money(0),
      units: new Money(0),
    };
    group.value = group.value.plus(item.total);
    group.units = group.units.plus(item.quantity);
    groups.set(key, group);
  }
  const parts =
    groups.size > 0
      ? [...groups.values()]
      : [{ productId: null, productLineId: null, value: new Money(deal.amount), units: new Money(0) }];
  const splits = deal.splits.map((split) => ({ repId: split.userId, percent: split.percent }));
  return parts.flatMap((part) =>
    creditsOfDeal(
      {
        dealId: deal.id,
        ownerId: deal.ownerId,
        kind: 'won',
        value: { amount: roundToCurrency(part.value.toFixed(), deal.currency), currency: deal.currency },
        units: part.units.toFixed(),
        productId: part.productId,
        productLineId: part.productLineId,
        productLinePriority: part.productLineId ? (priorities.get(part.productLineId) ?? null) : null,
        date: on,
        // Won today: its invoice is not paid yet (a plan paying on paid invoices holds it).
        invoicePaid: false,
      },
      splits,
    ).filter((credit) => credit.repId === repId),
  );
};

/** A typed amount as one credit of the rep's own, of a product line if picked. */
export const creditOfAmount = (
  amount: string,
  currency: string,
  productLineId: string | null,
  repId: string,
  on: string,
  priorities: Priorities,
): CompCredit => ({
  dealId: typedDealId,
  repId,
  kind: 'won',
  value: { amount: roundToCurrency(amount, currency), currency },
  units: '1',
  productId: null,
  productLineId,
  productLinePriority: productLineId ? (priorities.get(productLineId) ?? null) : null,
  date: on,
  splitPercent: '100',
  invoicePaid: false,
});

/** A tier the added deals reach that the period so far had not. */
export interface TierReached {
  component: CommissionComponent;
  /** 1-based. */
  tier: number;
  fromPercent: string;
  ratePercent: string;
}

export interface WhatIfOutcome {
  before: EarningsResult;
  after: EarningsResult;
  /** The lines of the added deals, in the engine's order. */
  added: EarningLine[];
  reached: TierReached[];
  /** Milliseconds the engine took for the period with the added credits, measured in the browser. */
  ms: number;
  /** Credits the second run worked through. */
  credits: number;
}

const tierIndexAt = (component: CommissionComponent, percent: string): number =>
  (component.tiers ?? []).reduce(
    (found, tier, index) => (new Money(percent).greaterThanOrEqualTo(tier.fromPercent) ? index : found),
    0,
  );

/** The tiers of today's plan the attainment climbs into with the added deals. */
const tiersReached = (input: CompCalculationInput, on: string, before: EarningsResult, after: EarningsResult) => {
  const plan = input.assignments.find((assignment) => assignment.startsOn <= on && on <= assignment.endsOn)?.plan;
  if (!plan || !before.attainment || !after.attainment) return [];
  const reached: TierReached[] = [];
  for (const component of plan.components) {
    if (component.kind !== 'commission' || !component.tiers) continue;
    const from = tierIndexAt(component, before.attainment.percent);
    const to = tierIndexAt(component, after.attainment.percent);
    for (let index = from + 1; index <= to; index++) {
      const tier = component.tiers[index];
      if (tier)
        reached.push({ component, tier: index + 1, fromPercent: tier.fromPercent, ratePercent: tier.ratePercent });
    }
  }
  return reached;
};

/**
 * The period with the added credits against the period so far (computed once per basis); throws
 * the engine's RangeError when it cannot compute. `ms` is the engine's answer time in the browser.
 */
export const runWhatIf = (
  input: CompCalculationInput,
  on: string,
  before: EarningsResult,
  added: readonly CompCredit[],
): WhatIfOutcome => {
  const credits = [...input.credits, ...added];
  const started = performance.now();
  const after = calculateEarnings({ ...input, credits });
  const ms = performance.now() - started;
  const ids = new Set(added.map((credit) => credit.dealId));
  return {
    before,
    after,
    added: after.lines.filter((line) => line.dealId !== null && ids.has(line.dealId)),
    reached: tiersReached(input, on, before, after),
    ms,
    credits: credits.length,
  };
};

/** A total of one currency out of an engine result (zero when it has none). */
export const totalIn = (result: EarningsResult, currency: string): string =>
  result.totals.find((total) => total.currency === currency)?.amount ?? '0';
