import { describe, expect, it } from 'vitest';
import type { CompCredit } from '../contracts/comp';
import { compareCredits, creditsOfDeal, type DealToCredit, sortCredits } from './credits';

const deal = (amount: string, currency = 'USD', extra: Partial<DealToCredit> = {}): DealToCredit => ({
  dealId: 'D-1',
  ownerId: 'owner',
  kind: 'won',
  value: { amount, currency },
  units: '3',
  productId: 'p-1',
  productLineId: 'pl-1',
  productLinePriority: 'standard',
  date: '2025-01-10',
  invoicePaid: true,
  ...extra,
});

const parts = (credits: CompCredit[]) => credits.map((credit) => [credit.repId, credit.value.amount, credit.units]);

describe('creditsOfDeal', () => {
  it('credits the owner with all of it when there are no splits', () => {
    const [credit] = creditsOfDeal(deal('500.00'), []);
    expect(credit).toMatchObject({ repId: 'owner', splitPercent: '100', value: { amount: '500.00', currency: 'USD' } });
    expect(credit).not.toHaveProperty('ownerId');
  });

  it('gives the left-over cent to the largest remainder, the earlier rep on a tie', () => {
    const thirds = [
      { repId: 'a', percent: '33.33' },
      { repId: 'b', percent: '33.33' },
      { repId: 'c', percent: '33.34' },
    ];
    expect(parts(creditsOfDeal(deal('100.00'), thirds))).toEqual([
      ['a', '33.33', '0.9999'],
      ['b', '33.33', '0.9999'],
      ['c', '33.34', '1.0002'],
    ]);
    const halves = [
      { repId: 'a', percent: '50' },
      { repId: 'b', percent: '50' },
    ];
    expect(parts(creditsOfDeal(deal('0.01'), halves))).toEqual([
      ['a', '0.01', '1.5'],
      ['b', '0.00', '1.5'],
    ]);
    expect(parts(creditsOfDeal(deal('1001', 'JPY'), halves))).toEqual([
      ['a', '501', '1.5'],
      ['b', '500', '1.5'],
    ]);
  });

  it('splits a refund’s original value the same way', () => {
    const refund = deal('300.00', 'USD', { kind: 'refunded', wonDate: '2025-01-02', originalAmount: '1200.00' });
    const credits = creditsOfDeal(refund, [
      { repId: 'a', percent: '60' },
      { repId: 'b', percent: '40' },
    ]);
    expect(credits.map((credit) => [credit.value.amount, credit.originalAmount])).toEqual([
      ['180.00', '720.00'],
      ['120.00', '480.00'],
    ]);
  });

  it('refuses splits that do not make 100 %, a rep twice, or more decimals than the currency has', () => {
    expect(() => creditsOfDeal(deal('10'), [{ repId: 'a', percent: '90' }])).toThrow(/sum to 90/);
    const twice = [
      { repId: 'a', percent: '50' },
      { repId: 'a', percent: '50' },
    ];
    expect(() => creditsOfDeal(deal('10'), twice)).toThrow(RangeError);
    expect(() => creditsOfDeal(deal('10.5', 'JPY'), [])).toThrow(/decimals/);
  });
});

describe('compareCredits', () => {
  it('orders by date, then deal, then the rest, independent of the input order', () => {
    const [credit] = creditsOfDeal(deal('1'), []);
    const base = credit as CompCredit;
    const later = { ...base, date: '2025-01-11', dealId: 'A' };
    const otherDeal = { ...base, dealId: 'D-2' };
    const otherProduct = { ...base, productId: 'p-0' };
    expect(sortCredits([later, otherDeal, base, otherProduct])).toEqual([otherProduct, base, otherDeal, later]);
    expect(compareCredits(base, { ...base })).toBe(0);
  });
});
