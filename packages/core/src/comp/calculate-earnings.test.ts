import { describe, expect, it } from 'vitest';
import type { CompCalculationInput, CompComponent, CompCredit, CompPlanVersion } from '../contracts/comp';
import { calculateEarnings } from './calculate-earnings';
import { describeLine, describePart, explanationCodes } from './explanation';

const plan = (components: CompComponent[], extra: Partial<CompPlanVersion> = {}): CompPlanVersion => ({
  id: 'p',
  currency: 'USD',
  components,
  ...extra,
});

const won = (dealId: string, date: string, amount: string, extra: Partial<CompCredit> = {}): CompCredit => ({
  dealId,
  repId: 'ann',
  kind: 'won',
  value: { amount, currency: 'USD' },
  units: '1',
  productId: null,
  productLineId: null,
  productLinePriority: null,
  date,
  splitPercent: '100',
  invoicePaid: true,
  ...extra,
});

const month = (start: string, end: string, thePlan: CompPlanVersion, credits: CompCredit[], drawBalance = '0') =>
  ({
    repId: 'ann',
    period: { start, end },
    quota: null,
    assignments: [{ plan: thePlan, startsOn: start, endsOn: end }],
    credits,
    exchangeRates: [],
    carried: { drawBalance, paidLines: [], achievedGoalIds: [] },
  }) satisfies CompCalculationInput;

const flat = (ratePercent: string): CompComponent => ({ kind: 'commission', id: 'c', ratePercent });
const amounts = (input: CompCalculationInput) => calculateEarnings(input).lines.map((line) => line.amount);

describe('calculateEarnings', () => {
  it('refuses inputs it cannot pay correctly', () => {
    const base = month('2025-01-01', '2025-01-31', plan([flat('5')]), []);
    const tiered = plan([{ kind: 'commission', id: 't', tiers: [{ fromPercent: '0', ratePercent: '5' }] }]);
    const cases: [string, CompCalculationInput][] = [
      ['other rep', { ...base, credits: [won('D-1', '2025-01-02', '1', { repId: 'bob' })] }],
      ['outside the period', { ...base, credits: [won('D-1', '2025-02-01', '1')] }],
      [
        'no exchange rate',
        { ...base, credits: [won('D-1', '2025-01-02', '1', { value: { amount: '1', currency: 'EUR' } })] },
      ],
      ['tiers without quota', { ...month('2025-01-01', '2025-01-31', tiered, [won('D-1', '2025-01-02', '1')]) }],
      [
        'overlapping plans',
        {
          ...base,
          assignments: [
            { plan: plan([flat('5')]), startsOn: '2025-01-01', endsOn: '2025-01-15' },
            { plan: plan([flat('6')], { id: 'q' }), startsOn: '2025-01-15', endsOn: '2025-01-31' },
          ],
        },
      ],
      [
        'plan outside the period',
        { ...base, assignments: [{ plan: plan([flat('5')]), startsOn: '2024-12-31', endsOn: '2025-01-31' }] },
      ],
    ];
    for (const [why, input] of cases) expect(() => calculateEarnings(input), why).toThrow(RangeError);
  });

  it('recovers a recoverable draw over three periods, carrying what is left', () => {
    const withDraw = plan([flat('10'), { kind: 'draw', id: 'd', amount: '2000.00', recoverable: true }]);
    const january = calculateEarnings(month('2025-01-01', '2025-01-31', withDraw, [won('D-1', '2025-01-05', '5000')]));
    expect(january.lines.map((line) => line.amount)).toEqual(['500.00', '1500.00']);
    const february = calculateEarnings(
      month('2025-02-01', '2025-02-28', withDraw, [won('D-2', '2025-02-05', '28000')], january.drawBalance),
    );
    // 2,800 earned is 800 above the draw: 800 of the 1,500 outstanding comes back.
    expect(february.lines.map((line) => line.amount)).toEqual(['2800.00', '-800.00']);
    expect(february.drawBalance).toBe('700.00');
    const march = calculateEarnings(
      month('2025-03-01', '2025-03-31', withDraw, [won('D-3', '2025-03-05', '50000')], february.drawBalance),
    );
    expect(march.lines.map((line) => line.amount)).toEqual(['5000.00', '-700.00']);
    expect(march.drawBalance).toBe('0.00');
  });

  it('tops up a non-recoverable draw without carrying it, and leaves an earlier balance alone', () => {
    const guaranteed = plan([flat('10'), { kind: 'draw', id: 'd', amount: '2000.00', recoverable: false }]);
    const thin = calculateEarnings(
      month('2025-01-01', '2025-01-31', guaranteed, [won('D-1', '2025-01-05', '5000')], '300'),
    );
    expect(thin.lines.map((line) => line.amount)).toEqual(['500.00', '1500.00']);
    expect(thin.drawBalance).toBe('300.00');
    const strong = calculateEarnings(
      month('2025-01-01', '2025-01-31', guaranteed, [won('D-1', '2025-01-05', '50000')], '300'),
    );
    expect(strong.lines.map((line) => line.amount)).toEqual(['5000.00']);
    expect(strong.drawBalance).toBe('300.00');
  });

  it('pays a per-deal SPIFF once however many credits the deal has', () => {
    const spiff: CompComponent = {
      kind: 'spiff',
      id: 's',
      productLineId: 'pl-1',
      per: 'deal',
      amount: '100.00',
      startsOn: '2025-01-01',
      endsOn: '2025-01-31',
    };
    const credits = ['p-1', 'p-2'].map((productId) =>
      won('D-1', '2025-01-05', '10', { productId, productLineId: 'pl-1' }),
    );
    expect(amounts(month('2025-01-01', '2025-01-31', plan([spiff]), credits))).toEqual(['100.00']);
  });

  it('shares a credit between tiers exactly when the quota is in another currency than the plan', () => {
    const eurPlan = plan(
      [
        {
          kind: 'commission',
          id: 't',
          tiers: [
            { fromPercent: '0', ratePercent: '5' },
            { fromPercent: '100', ratePercent: '10' },
          ],
        },
      ],
      { currency: 'EUR' },
    );
    const input = {
      ...month('2025-01-01', '2025-01-31', eurPlan, [won('D-1', '2025-01-05', '1500.00')]),
      quota: { amount: '1000.00', currency: 'USD' },
      exchangeRates: [{ from: 'USD', to: 'EUR', rate: '0.9217' }],
    };
    const lines = calculateEarnings(input).lines;
    // 1,500 USD = 1,382.55 EUR; a third of it (the 500 USD above quota) is in tier 2.
    expect(lines.map((line) => [line.tier, line.base])).toEqual([
      [1, '921.70'],
      [2, '460.85'],
    ]);
    expect(lines.map((line) => line.amount)).toEqual(['46.09', '46.09']);
  });

  it('puts a zero credit in the tier it would start, and leaves held credits out of attainment', () => {
    const tiered = plan(
      [
        {
          kind: 'commission',
          id: 't',
          tiers: [
            { fromPercent: '0', ratePercent: '5' },
            { fromPercent: '100', ratePercent: '10' },
          ],
        },
      ],
      { payOnlyWhenInvoicePaid: true },
    );
    const input = {
      ...month('2025-01-01', '2025-01-31', tiered, [
        won('D-1', '2025-01-05', '1000.00'),
        won('D-2', '2025-01-06', '0.00'),
        won('D-3', '2025-01-07', '5000.00', { invoicePaid: false }),
      ]),
      quota: { amount: '1000.00', currency: 'USD' },
    };
    const result = calculateEarnings(input);
    expect(result.lines.map((line) => [line.dealId, line.tier, line.amount])).toEqual([
      ['D-1', 1, '50.00'],
      ['D-2', 2, '0.00'],
    ]);
    expect(result.attainment?.percent).toBe('100.00');
    expect(result.open).toEqual([{ credit: input.credits[2], reason: 'invoice_unpaid' }]);
  });

  it('claws back nothing without a clawback component or without an earlier payment', () => {
    const cancelled = won('D-1', '2025-02-10', '500', { kind: 'cancelled', wonDate: '2025-02-01' });
    const paid = [{ dealId: 'D-1', componentKind: 'commission' as const, amount: '25.00', currency: 'USD' }];
    const without = month('2025-02-01', '2025-02-28', plan([flat('5')]), [cancelled]);
    expect(amounts({ ...without, carried: { ...without.carried, paidLines: paid } })).toEqual([]);
    const clawing = plan([flat('5'), { kind: 'clawback', id: 'k', windowDays: 30 }]);
    expect(amounts(month('2025-02-01', '2025-02-28', clawing, [cancelled]))).toEqual([]);
  });

  it('describes every explanation code in English', () => {
    const params = new Proxy({} as Record<string, string>, { get: (_, key) => `<${String(key)}>` });
    for (const code of explanationCodes) {
      const text = describePart({ code, params });
      expect(text, code).not.toMatch(/undefined/);
      expect(text.length, code).toBeGreaterThan(10);
    }
    const [line] = calculateEarnings(
      month('2025-01-01', '2025-01-31', plan([flat('5')]), [won('D-1', '2025-01-05', '500')]),
    ).lines;
    expect(line && describeLine(line)).toBe(
      'commission c: deal D-1 won on 2025-01-05, credited USD 500; flat rate 5 % → 5 % of USD 500.00 = USD 25.00',
    );
  });
});
