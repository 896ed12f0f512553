import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { CompCalculationInput, CompComponent, CompCredit, CompPlanVersion, CompTier } from '../contracts/comp';
import { addDays } from '../goals/goal-periods';

/*
 * Random inputs for the engine's property tests: one January, a handful of deals so credits share
 * deals and days, USD and EUR, every component kind. Only tests import this file.
 */

export const januaryOf = (day: number) => `2025-01-${String(day).padStart(2, '0')}`;
export const january = { start: '2025-01-01', end: '2025-01-31' };

const money = (max: number) => fc.integer({ min: 0, max }).map((cents) => new Decimal(cents).dividedBy(100).toFixed(2));
const percent = fc.integer({ min: 0, max: 2000 }).map((hundredths) => new Decimal(hundredths).dividedBy(100).toFixed());

export const creditArbitrary = (repId: string): fc.Arbitrary<CompCredit> =>
  fc
    .record({
      dealId: fc.constantFrom('D-1', 'D-2', 'D-3', 'D-4', 'D-5', 'D-6'),
      day: fc.integer({ min: 1, max: 31 }),
      amount: money(5_000_000),
      currency: fc.constantFrom('USD', 'USD', 'EUR'),
      units: fc.integer({ min: 0, max: 5 }),
      product: fc.constantFrom('p-a', 'p-b', 'p-c'),
      priority: fc.constantFrom('push', 'standard', 'loss_leader') as fc.Arbitrary<CompCredit['productLinePriority']>,
      split: fc.constantFrom('100', '60', '40', '33.33'),
      reversal: fc.constantFrom(null, null, null, 'cancelled', 'refunded') as fc.Arbitrary<
        'cancelled' | 'refunded' | null
      >,
      daysAfterWin: fc.integer({ min: 0, max: 120 }),
      invoicePaid: fc.boolean(),
    })
    .map((raw) => {
      const date = januaryOf(raw.day);
      const credit: CompCredit = {
        dealId: raw.dealId,
        repId,
        kind: raw.reversal ?? 'won',
        value: { amount: raw.amount, currency: raw.currency },
        units: String(raw.units),
        productId: raw.product,
        productLineId: `pl-${raw.product}`,
        productLinePriority: raw.priority,
        date,
        splitPercent: raw.split,
        invoicePaid: raw.invoicePaid,
      };
      if (raw.reversal) credit.wonDate = addDays(date, -raw.daysAfterWin);
      if (raw.reversal === 'refunded') credit.originalAmount = new Decimal(raw.amount).times(2).toFixed(2);
      return credit;
    });

/** Tiers from 0 % upwards; with `ascending`, each rate at least the one before. */
export const tiersArbitrary = (ascending: boolean): fc.Arbitrary<CompTier[]> =>
  fc.array(fc.tuple(fc.integer({ min: 1, max: 80 }), percent), { minLength: 1, maxLength: 4 }).map((steps) => {
    const rates = steps.map(([, rate]) => rate);
    if (ascending) rates.sort((a, b) => new Decimal(a).comparedTo(b));
    let from = 0;
    return steps.map(([step], index) => {
      const tier = { fromPercent: String(from), ratePercent: rates[index] as string };
      from += step;
      return tier;
    });
  });

export const commissionArbitrary: fc.Arbitrary<CompComponent> = fc.oneof(
  percent.map((ratePercent): CompComponent => ({ kind: 'commission', id: 'flat', ratePercent })),
  fc
    .tuple(
      tiersArbitrary(false),
      fc.constantFrom('marginal', 'retroactive') as fc.Arbitrary<'marginal' | 'retroactive'>,
    )
    .map(([tiers, tierMode]): CompComponent => ({ kind: 'commission', id: 'tiers', tiers, tierMode })),
);

export const capArbitrary: fc.Arbitrary<CompComponent> = fc
  .record({ perPeriod: fc.option(money(2_000_000), { nil: undefined }), perDeal: money(500_000) })
  .map(({ perPeriod, perDeal }) => ({ kind: 'cap', id: 'cap', perDeal, ...(perPeriod ? { perPeriod } : {}) }));

const optionalComponents: fc.Arbitrary<CompComponent>[] = [
  fc.constant({
    kind: 'product_line',
    id: 'lines',
    rules: [
      { priority: 'push', multiplier: '1.5' },
      { priority: 'loss_leader', ratePercent: '0' },
    ],
  }),
  fc.constant({
    kind: 'spiff',
    id: 'spiff-a',
    productId: 'p-a',
    per: 'unit',
    amount: '25.00',
    startsOn: '2025-01-05',
    endsOn: '2025-01-20',
  }),
  fc.constant({
    kind: 'spiff',
    id: 'spiff-b',
    productLineId: 'pl-p-b',
    per: 'deal',
    amount: '100.00',
    startsOn: '2025-01-01',
    endsOn: '2025-01-31',
  }),
  fc.constant({ kind: 'goal_bonus', id: 'bonus', goalId: 'g-1', percentOfBase: '10' }),
  capArbitrary,
  fc.constant({ kind: 'clawback', id: 'claw', windowDays: 60 }),
  fc.boolean().map((recoverable) => ({ kind: 'draw', id: 'draw', amount: '1500.00', recoverable })),
] as fc.Arbitrary<CompComponent>[];

export const planArbitrary = (id: string): fc.Arbitrary<CompPlanVersion> =>
  fc
    .record({
      commission: commissionArbitrary,
      extras: fc.tuple(...optionalComponents.map((component) => fc.option(component, { nil: undefined }))),
      currency: fc.constantFrom('USD', 'USD', 'EUR'),
      payOnlyWhenInvoicePaid: fc.boolean(),
    })
    .map(({ commission, extras, currency, payOnlyWhenInvoicePaid }) => ({
      id,
      currency,
      baseSalary: '5000.00',
      payOnlyWhenInvoicePaid,
      components: [commission, ...extras.filter((extra): extra is CompComponent => extra !== undefined)],
    }));

/** A rep's January: one plan, or two with a change on a random day. */
export const inputArbitrary: fc.Arbitrary<CompCalculationInput> = fc
  .record({
    first: planArbitrary('plan-a'),
    second: fc.option(planArbitrary('plan-b'), { nil: undefined }),
    changeDay: fc.integer({ min: 2, max: 31 }),
    quota: money(10_000_000).map((amount) => (new Decimal(amount).isZero() ? '1.00' : amount)),
    credits: fc.array(creditArbitrary('ann'), { maxLength: 12 }),
    drawBalance: money(300_000),
    paidAmount: money(100_000),
  })
  .map(({ first, second, changeDay, quota, credits, drawBalance, paidAmount }) => ({
    repId: 'ann',
    period: january,
    quota: { amount: quota, currency: 'USD' },
    assignments: second
      ? [
          { plan: second, startsOn: januaryOf(changeDay), endsOn: january.end },
          { plan: first, startsOn: january.start, endsOn: januaryOf(changeDay - 1) },
        ]
      : [{ plan: first, startsOn: january.start, endsOn: january.end }],
    credits,
    exchangeRates: [
      { from: 'EUR', to: 'USD', rate: '1.0850' },
      { from: 'USD', to: 'EUR', rate: '0.9217' },
    ],
    carried: {
      drawBalance,
      paidLines: ['D-1', 'D-2', 'D-3'].map((dealId) => ({
        dealId,
        componentKind: 'commission' as const,
        amount: paidAmount,
        currency: 'USD',
      })),
      achievedGoalIds: ['g-1'],
    },
  }));
