import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../money/money';
import { amountProblem, dealAmountOf, lineItemTotal, splitsProblem } from './deal-math';

describe('deal math', () => {
  it.each([
    { quantity: '3', unitPrice: '19.99', discountPercent: '10', currency: 'EUR', total: '53.97' },
    { quantity: '1', unitPrice: '0.005', discountPercent: '0', currency: 'USD', total: '0.01' },
    { quantity: '1', unitPrice: '0.0049', discountPercent: '0', currency: 'USD', total: '0.00' },
    { quantity: '2.5', unitPrice: '1000', discountPercent: '12.5', currency: 'USD', total: '2187.50' },
    { quantity: '7', unitPrice: '333', discountPercent: '33.3333', currency: 'JPY', total: '1554' },
    { quantity: '1', unitPrice: '10.0005', discountPercent: '0', currency: 'KWD', total: '10.001' },
    { quantity: '4', unitPrice: '25', discountPercent: '100', currency: 'EUR', total: '0.00' },
    { quantity: '0', unitPrice: '25', discountPercent: '0', currency: 'EUR', total: '0.00' },
  ])('totals $quantity × $unitPrice less $discountPercent % in $currency as $total', (row) => {
    expect(lineItemTotal(row, row.currency)).toBe(row.total);
  });

  it('sums line totals exactly, where floating point would not', () => {
    expect(dealAmountOf(['0.10', '0.20'], 'EUR')).toBe('0.30');
    expect(dealAmountOf([], 'EUR')).toBe('0.00');
    expect(dealAmountOf(['100', '5'], 'JPY')).toBe('105');
  });

  it('never lets a line total carry more decimals than the currency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (quantity, cents, discount) => {
          const total = lineItemTotal(
            {
              quantity: String(quantity),
              unitPrice: new Money(cents).dividedBy(100).toString(),
              discountPercent: String(discount),
            },
            'EUR',
          );
          expect(total).toMatch(/^\d+\.\d{2}$/);
          expect(new Money(total).lte(new Money(quantity).times(cents).dividedBy(100))).toBe(true);
        },
      ),
    );
  });

  it.each([
    { amount: '10.5', currency: 'EUR', ok: true },
    { amount: '10.505', currency: 'EUR', ok: false },
    { amount: '10', currency: 'JPY', ok: true },
    { amount: '10.5', currency: 'JPY', ok: false },
    { amount: '1.234', currency: 'KWD', ok: true },
  ])('accepts $amount $currency: $ok', ({ amount, currency, ok }) => {
    expect(amountProblem(amount, currency) === null).toBe(ok);
  });

  it.each([
    { splits: [], problem: null },
    { splits: [{ userId: 'a', percent: '100' }], problem: null },
    {
      splits: [
        { userId: 'a', percent: '33.3333' },
        { userId: 'b', percent: '66.6667' },
      ],
      problem: null,
    },
    {
      splits: [
        { userId: 'a', percent: '33.33' },
        { userId: 'b', percent: '66.66' },
      ],
      problem: 'sum to 99.99',
    },
    {
      splits: [
        { userId: 'a', percent: '60' },
        { userId: 'b', percent: '60' },
      ],
      problem: 'sum to 120',
    },
    {
      splits: [
        { userId: 'a', percent: '50' },
        { userId: 'a', percent: '50' },
      ],
      problem: 'once',
    },
  ])('checks splits $splits', ({ splits, problem }) => {
    const answer = splitsProblem(splits);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toContain(problem);
  });
});
