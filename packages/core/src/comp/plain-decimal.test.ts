import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTarget } from '../goals/split-target';
import { Money } from '../money/money';
import { creditsOfDeal, type DealToCredit } from './credits';
import { plainAmountText, plainNumberText } from './plain-decimal';

// Digits with an optional fraction, leading and trailing zeros included: what the credit query returns.
const plainText = fc
  .tuple(fc.stringMatching(/^\d{1,16}$/), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

describe('plain decimal text', () => {
  it('writes an amount as one share of 100 % is written, or declines (property)', () => {
    fc.assert(
      fc.property(plainText, fc.constantFrom(0, 2, 3), (text, decimals) => {
        const fits = new Money(text).decimalPlaces() <= decimals;
        expect(plainAmountText(text, decimals)).toBe(fits ? splitTarget(text, ['100'], decimals)[0] : null);
      }),
    );
  });

  it('writes a number as decimal.js writes its 100 % share (property)', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(plainNumberText(text)).toBe(new Money(text).times('100').dividedBy(100).toFixed());
      }),
    );
  });

  it('declines what is not plain', () => {
    for (const text of ['-1', '1e3', ' 1', '1.', '.5', '', 'abc', '1_000']) {
      expect(plainAmountText(text, 2)).toBeNull();
      expect(plainNumberText(text)).toBeNull();
    }
  });

  it('credits an unsplit deal exactly as a single 100 % split (property)', () => {
    const deal = fc.record({
      amount: fc.oneof(plainText, fc.constantFrom('-5.00', '1e3', '12.345')),
      original: fc.option(plainText, { nil: undefined }),
      currency: fc.constantFrom('USD', 'JPY', 'KWD'),
      units: fc.oneof(plainText, fc.constantFrom('1e2', '-1')),
    });
    const outcome = (work: () => unknown) => {
      try {
        return work();
      } catch (error) {
        return String(error);
      }
    };
    fc.assert(
      fc.property(deal, ({ amount, original, currency, units }) => {
        const input: DealToCredit = {
          dealId: 'D-1',
          ownerId: 'ann',
          kind: 'won',
          value: { amount, currency },
          units,
          productId: null,
          productLineId: null,
          productLinePriority: null,
          date: '2025-01-10',
          invoicePaid: true,
          ...(original === undefined ? {} : { originalAmount: original }),
        };
        const whole = outcome(() => creditsOfDeal(input, []));
        const split = outcome(() => creditsOfDeal(input, [{ repId: 'ann', percent: '100' }]));
        expect(JSON.stringify(whole)).toBe(JSON.stringify(split));
      }),
    );
  });
});
