import { describe, expect, it } from 'vitest';
import { compCalculationInputSchema, compCreditSchema, compPlanVersionSchema } from '../contracts/comp';

const planWith = (components: unknown[], extra: Record<string, unknown> = {}) =>
  compPlanVersionSchema.safeParse({ id: 'p', currency: 'USD', components, ...extra });

const messages = (result: ReturnType<typeof planWith>) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('comp plan contract', () => {
  it('accepts a plan with every kind of component', () => {
    const result = planWith(
      [
        {
          kind: 'commission',
          id: 'c',
          tiers: [
            { fromPercent: 0, ratePercent: '2' },
            { fromPercent: '50', ratePercent: 5 },
          ],
        },
        { kind: 'product_line', id: 'l', rules: [{ priority: 'push', multiplier: '1.5' }] },
        {
          kind: 'spiff',
          id: 's',
          productId: 'p-1',
          per: 'unit',
          amount: '50',
          startsOn: '2025-01-01',
          endsOn: '2025-01-31',
        },
        { kind: 'goal_bonus', id: 'g', goalId: 'goal-1', percentOfBase: '10' },
        { kind: 'cap', id: 'cap', perDeal: '500' },
        { kind: 'draw', id: 'd', amount: '2000', recoverable: true },
        { kind: 'clawback', id: 'k', windowDays: 90 },
      ],
      { baseSalary: '6000', currency: 'usd' },
    );
    expect(result.success).toBe(true);
    expect(result.data?.currency).toBe('USD');
    expect(result.data?.components[0]).toMatchObject({ tiers: [{ fromPercent: '0' }, { ratePercent: '5' }] });
  });

  it('says what is wrong with a plan, where', () => {
    const cases: [unknown[], string, Record<string, unknown>?][] = [
      [[{ kind: 'commission', id: 'c' }], 'Give either a flat rate or tiers'],
      [
        [{ kind: 'commission', id: 'c', ratePercent: '5', tiers: [{ fromPercent: '0', ratePercent: '5' }] }],
        'Give either a flat rate or tiers',
      ],
      [
        [{ kind: 'commission', id: 'c', tiers: [{ fromPercent: '10', ratePercent: '5' }] }],
        'The first tier starts at 0',
      ],
      [
        [
          {
            kind: 'commission',
            id: 'c',
            tiers: [
              { fromPercent: '0', ratePercent: '5' },
              { fromPercent: '0', ratePercent: '6' },
            ],
          },
        ],
        'Tiers go up in attainment',
      ],
      [
        [
          { kind: 'commission', id: 'c', ratePercent: '5' },
          { kind: 'commission', id: 'c', ratePercent: '6' },
        ],
        'Ids must be unique',
      ],
      [
        [
          { kind: 'cap', id: 'a', perDeal: '1' },
          { kind: 'cap', id: 'b', perDeal: '2' },
        ],
        'One cap per plan',
      ],
      [[{ kind: 'cap', id: 'a' }], 'Give a cap per period, per deal, or both'],
      [
        [{ kind: 'goal_bonus', id: 'g', goalId: 'x', percentOfBase: '5' }],
        'A percent-of-base bonus needs the base salary',
      ],
      [[{ kind: 'product_line', id: 'l', rules: [{ priority: 'push' }] }], 'Give either a rate or a multiplier'],
      [
        [
          {
            kind: 'spiff',
            id: 's',
            per: 'deal',
            amount: '5',
            startsOn: '2025-01-31',
            endsOn: '2025-01-01',
            productId: 'p',
          },
        ],
        'The window ends before it starts',
      ],
      [
        [{ kind: 'draw', id: 'd', amount: '100.5', recoverable: true }],
        'Too many decimals for JPY',
        { currency: 'JPY' },
      ],
    ];
    for (const [components, message, extra] of cases) expect(messages(planWith(components, extra))).toContain(message);
    expect(planWith([{ kind: 'bonus', id: 'x' }]).success).toBe(false);
  });

  it('checks credits and takes exchange rates with more decimals than amounts', () => {
    const credit = {
      dealId: 'D-1',
      repId: 'ann',
      kind: 'refunded',
      value: { amount: '10', currency: 'EUR' },
      units: '1',
      productId: null,
      productLineId: null,
      productLinePriority: null,
      date: '2025-01-10',
      splitPercent: '100',
      invoicePaid: true,
      wonDate: '2025-01-12',
    };
    const issues = compCreditSchema.safeParse(credit).error?.issues.map((issue) => issue.path[0]);
    expect(issues).toEqual(['wonDate', 'originalAmount']);
    const input = compCalculationInputSchema.safeParse({
      repId: 'ann',
      period: { start: '2025-01-01', end: '2025-01-31' },
      quota: null,
      assignments: [],
      credits: [],
      exchangeRates: [{ from: 'EUR', to: 'USD', rate: '1.0854321' }],
      carried: { drawBalance: '0', paidLines: [], achievedGoalIds: [] },
    });
    expect(input.success).toBe(true);
  });
});
