import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompCalculationInput, CompComponent } from '../contracts/comp';
import { fitsCurrency } from '../money/money';
import { currencyMinorUnits } from '../org-settings';
import { calculateEarnings } from './calculate-earnings';
import {
  capArbitrary,
  commissionArbitrary,
  creditArbitrary,
  inputArbitrary,
  january,
  tiersArbitrary,
} from './comp-arbitraries';
import { creditsOfDeal } from './credits';
import type { EarningLine } from './earning-line';

const sum = (values: readonly string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));
const commissionOf = (lines: readonly EarningLine[]) => lines.filter((line) => line.component.kind === 'commission');

/** One plan of the given components, the whole of January, credits in USD and EUR. */
const singlePlan = (
  components: CompComponent[],
  credits: CompCalculationInput['credits'],
  quota = '10000.00',
): CompCalculationInput => ({
  repId: 'ann',
  period: january,
  quota: { amount: quota, currency: 'USD' },
  assignments: [{ plan: { id: 'p', currency: 'USD', components }, startsOn: january.start, endsOn: january.end }],
  credits,
  exchangeRates: [{ from: 'EUR', to: 'USD', rate: '1.0850' }],
  carried: { drawBalance: '0', paidLines: [], achievedGoalIds: [] },
});

describe('comp engine properties', () => {
  it('splits a deal into parts that add up to it exactly, each within a minor unit of its share (property)', () => {
    const splits = fc
      .array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 })
      .map((weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        // Percentages with two decimals summing to exactly 100, the last one taking the rest.
        const percents = weights.map((weight) => new Decimal(weight).times(100).dividedBy(total).toDecimalPlaces(2, 1));
        const rest = new Decimal(100).minus(percents.slice(0, -1).reduce((a, b) => a.plus(b), new Decimal(0)));
        percents[percents.length - 1] = rest;
        return percents.map((percent, index) => ({ repId: `rep-${index}`, percent: percent.toFixed() }));
      })
      .filter((shares) => shares.every((share) => new Decimal(share.percent).greaterThan(0)));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom('USD', 'JPY', 'KWD'),
        fc.integer({ min: 0, max: 1000 }),
        splits,
        (minorUnits, currency, units, shares) => {
          const amount = new Decimal(minorUnits).dividedBy(10 ** currencyMinorUnits(currency)).toFixed();
          const credits = creditsOfDeal(
            {
              dealId: 'D-1',
              ownerId: 'rep-0',
              kind: 'won',
              value: { amount, currency },
              units: String(units),
              productId: null,
              productLineId: null,
              productLinePriority: null,
              date: '2025-01-10',
              invoicePaid: true,
            },
            shares,
          );
          expect(sum(credits.map((credit) => credit.value.amount)).equals(amount)).toBe(true);
          expect(sum(credits.map((credit) => credit.units)).equals(units)).toBe(true);
          const unit = new Decimal(10).pow(-currencyMinorUnits(currency));
          credits.forEach((credit, index) => {
            expect(fitsCurrency(credit.value.amount, currency)).toBe(true);
            const exact = new Decimal(amount).times(shares[index]?.percent as string).dividedBy(100);
            expect(exact.minus(credit.value.amount).abs().lessThan(unit)).toBe(true);
          });
        },
      ),
    );
  });

  it('never pays less with retroactive tiers than with marginal ones for the same ascending rates (property)', () => {
    fc.assert(
      fc.property(
        tiersArbitrary(true),
        fc.integer({ min: 100, max: 10_000_000 }).map((cents) => new Decimal(cents).dividedBy(100).toFixed(2)),
        fc.array(creditArbitrary('ann'), { maxLength: 10 }),
        (tiers, quota, credits) => {
          const won = credits.map((credit) => ({
            ...credit,
            kind: 'won' as const,
            wonDate: undefined,
            invoicePaid: true,
          }));
          const run = (tierMode: 'marginal' | 'retroactive') =>
            calculateEarnings(singlePlan([{ kind: 'commission', id: 'c', tiers, tierMode }], won, quota)).lines;
          const marginal = run('marginal');
          const retroactive = run('retroactive');
          // Exactly (base × rate before rounding), retroactive is never below marginal…
          const exact = (lines: EarningLine[]) =>
            lines.reduce(
              (total, line) => total.plus(new Decimal(line.base ?? 0).times(line.rate ?? 0)),
              new Decimal(0),
            );
          expect(exact(retroactive).greaterThanOrEqualTo(exact(marginal))).toBe(true);
          // …and rounded, only by the half cent each line's rounding may add.
          const slack = new Decimal('0.005').times(marginal.length + retroactive.length);
          const paid = (lines: EarningLine[]) => sum(lines.map((line) => line.amount));
          expect(paid(retroactive).plus(slack).greaterThanOrEqualTo(paid(marginal))).toBe(true);
        },
      ),
    );
  });

  it('gives the same output for the same input, in whatever order the credits and plans come (property)', () => {
    const withShuffle = inputArbitrary.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray(input.credits, { minLength: input.credits.length, maxLength: input.credits.length }),
      ),
    );
    fc.assert(
      fc.property(withShuffle, ([input, shuffled]) => {
        const result = calculateEarnings(input);
        expect(calculateEarnings(structuredClone(input))).toEqual(result);
        const reordered = { ...input, credits: shuffled, assignments: [...input.assignments].reverse() };
        expect(calculateEarnings(reordered)).toEqual(result);
        // Totals are the lines' sums, and every amount fits its currency.
        for (const total of result.totals) {
          const lines = result.lines.filter((line) => line.currency === total.currency);
          expect(sum(lines.map((line) => line.amount)).equals(total.amount)).toBe(true);
        }
        for (const line of result.lines) expect(fitsCurrency(line.amount, line.currency)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never pays commission above the cap, per period or per deal (property)', () => {
    fc.assert(
      fc.property(
        commissionArbitrary,
        capArbitrary,
        fc.array(creditArbitrary('ann'), { maxLength: 12 }),
        (commission, cap, credits) => {
          if (cap.kind !== 'cap') return;
          const lines = commissionOf(calculateEarnings(singlePlan([commission, cap], credits)).lines);
          for (const line of lines) expect(new Decimal(line.amount).isNegative()).toBe(false);
          if (cap.perPeriod) {
            expect(sum(lines.map((line) => line.amount)).lessThanOrEqualTo(cap.perPeriod)).toBe(true);
          }
          for (const dealId of new Set(lines.map((line) => line.dealId))) {
            const ofDeal = lines.filter((line) => line.dealId === dealId).map((line) => line.amount);
            expect(sum(ofDeal).lessThanOrEqualTo(cap.perDeal as string)).toBe(true);
          }
        },
      ),
    );
  });
});
