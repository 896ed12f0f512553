import { describe, expect, it } from 'vitest';
import { type CompCredit, compCalculationInputSchema } from '../contracts/comp';
import { calculateEarnings } from './calculate-earnings';
import { type CreditSplit, creditsOfDeal, type DealToCredit } from './credits';
import type { EarningLine } from './earning-line';
import { describeLine } from './explanation';

/*
 * Every golden/*.json is a hand-computed scenario: plan, quota and credits in, lines and totals
 * out, with the arithmetic written in its "why". The input is filled with plain defaults (a won,
 * fully paid, unsplit credit of one unit; nothing carried) and then validated by the contract, so
 * the files stay short and the contract is tested on them too. `plan` stands for one plan
 * assigned for the whole period; `deals` are split with creditsOfDeal, and the run keeps its rep's.
 */

declare global {
  interface ImportMeta {
    glob: (pattern: string, options: { eager: true; import: 'default' }) => Record<string, unknown>;
  }
}

type Json = Record<string, any>;

interface ExpectedLine {
  component: string;
  dealId?: string;
  tier?: number;
  base?: string;
  rate?: string;
  amount: string;
  currency: string;
  explain: string[];
  /** Checked when given. */
  plan?: string;
  text?: string;
}

const scenarios = import.meta.glob('./golden/*.json', { eager: true, import: 'default' }) as Record<string, Json>;

const creditDefaults = (repId: string) => ({
  repId,
  kind: 'won',
  units: '1',
  productId: null,
  productLineId: null,
  productLinePriority: null,
  splitPercent: '100',
  invoicePaid: true,
});

const inputOf = (raw: Json) => {
  const { plan, deals, ...rest } = raw;
  const dealCredits: CompCredit[] = (deals ?? []).flatMap(({ deal, splits }: { deal: Json; splits: CreditSplit[] }) =>
    creditsOfDeal({ ...creditDefaults(''), ...deal } as unknown as DealToCredit, splits),
  );
  const input = compCalculationInputSchema.parse({
    exchangeRates: [],
    ...rest,
    assignments: plan ? [{ plan, startsOn: raw.period.start, endsOn: raw.period.end }] : raw.assignments,
    credits: [
      ...(raw.credits ?? []).map((credit: Json) => ({ ...creditDefaults(raw.repId), ...credit })),
      ...dealCredits.filter((credit) => credit.repId === raw.repId),
    ],
    carried: { drawBalance: '0', paidLines: [], achievedGoalIds: [], ...raw.carried },
  });
  return { input, dealCredits };
};

/** A line as the scenarios write it: what identifies and explains it, without the nulls. */
const shapeOf = (line: EarningLine, expected: ExpectedLine | undefined): ExpectedLine => {
  const shape: ExpectedLine = {
    component: line.component.id,
    amount: line.amount,
    currency: line.currency,
    explain: line.explanation.map((part) => part.code),
  };
  if (line.dealId !== null) shape.dealId = line.dealId;
  if (line.tier !== null) shape.tier = line.tier;
  if (line.base !== null) shape.base = line.base;
  if (line.rate !== null) shape.rate = line.rate;
  if (expected?.plan !== undefined) shape.plan = line.planVersionId;
  if (expected?.text !== undefined) shape.text = describeLine(line);
  return shape;
};

describe('golden scenarios', () => {
  const entries = Object.entries(scenarios).sort(([a], [b]) => (a < b ? -1 : 1));

  it('finds the scenarios', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
  });

  for (const [file, scenario] of entries) {
    it(`${file.replace('./golden/', '')}: ${scenario.name}`, () => {
      expect(scenario.why, 'every scenario writes down its arithmetic').toBeTruthy();
      const runs: Json[] = scenario.runs ?? [{ input: scenario.input, expected: scenario.expected }];
      for (const [index, run] of runs.entries()) {
        const { input, dealCredits } = inputOf(run.input);
        const result = calculateEarnings(input);
        const expected = run.expected;
        const where = `run ${index + 1}`;
        const lines = result.lines.map((line, at) => shapeOf(line, expected.lines[at]));
        expect(lines, where).toEqual(expected.lines);
        expect(result.totals, where).toEqual(expected.totals);
        expect(result.attainment, where).toEqual(expected.attainment ?? null);
        expect(result.drawBalance, where).toBe(expected.drawBalance ?? '0.00');
        const open = result.open.map((entry) => ({ dealId: entry.credit.dealId, reason: entry.reason }));
        expect(open, where).toEqual(expected.open ?? []);
        if (expected.credits) {
          const credits = dealCredits.map((credit) => ({
            repId: credit.repId,
            amount: credit.value.amount,
            units: credit.units,
          }));
          expect(credits, where).toEqual(expected.credits);
        }
      }
    });
  }
});
