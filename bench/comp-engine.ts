/**
 * `npx tsx bench/comp-engine.ts`: the commission engine alone, no database. It builds what the
 * period run's 1M-credit size feeds the core — 250 reps × about 4,400 credits of a year, two
 * products per deal, a tenth of them split — and times `creditsOfDeal` (rows into credits) and
 * `calculateEarnings` (the comp-run bench plan: marginal tiers 2/5/8 % of quota, 6 % on push
 * lines, a SPIFF per unit, a goal bonus, a cap of USD 60,000 per period) rep by rep.
 * BENCH_ROUNDS=<n> (3) rounds, each over BENCH_REPS=<n> (250) reps; the median is reported.
 * BENCH_CORE=<path to a core's index.ts> times another copy of the core (before/after).
 */
import { loadavg } from 'node:os';
import type { CompCalculationInput, CompCredit, CreditSplit, DealToCredit } from '@pacer/core';

type Core = typeof import('@pacer/core');
const core = (await import(process.env.BENCH_CORE ?? '@pacer/core')) as Core;

const rounds = Number(process.env.BENCH_ROUNDS) || 3;
const reps = Number(process.env.BENCH_REPS) || 250;
const dealsPerRep = 2_000;
const period = { start: '2024-01-01', end: '2024-12-31' };
const priorities = ['push', 'standard', 'standard', 'loss_leader'] as const;
const spiffProductId = 'product-03';

/** A small deterministic generator (mulberry32), so every run times the same data. */
const randomOf = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const dayOf = (index: number) => {
  const date = new Date(Date.UTC(2024, 0, 1 + (index % 366)));
  return date.toISOString().slice(0, 10);
};

interface DealRow {
  deal: DealToCredit;
  splits: CreditSplit[];
}

/** One rep's deal rows: two products a deal, a tenth split 60/40 with the next rep. */
const rowsOf = (rep: number): DealRow[] => {
  const random = randomOf(rep + 1);
  const rows: DealRow[] = [];
  for (let d = 0; d < dealsPerRep; d++) {
    const dealId = `deal-${rep}-${d}`;
    const date = dayOf(Math.floor(random() * 366));
    const split = random() < 0.1;
    const splits = split
      ? [
          { repId: `rep-${rep}`, percent: '60' },
          { repId: `rep-${(rep + 1) % reps}`, percent: '40' },
        ]
      : [];
    for (let item = 0; item < 2; item++) {
      const product = Math.floor(random() * 40);
      const units = 1 + Math.floor(random() * 5);
      const cents = (1_000 + Math.floor(random() * 400_000)) * units;
      rows.push({
        deal: {
          dealId,
          ownerId: `rep-${rep}`,
          kind: 'won',
          value: { amount: (cents / 100).toFixed(2), currency: 'USD' },
          units: String(units),
          productId: `product-${String(product).padStart(2, '0')}`,
          productLineId: `line-${product % 8}`,
          productLinePriority: priorities[product % 4] ?? null,
          date,
          invoicePaid: false,
        },
        splits,
      });
    }
  }
  return rows;
};

const planOf = () => ({
  id: 'bench-plan',
  currency: 'USD',
  components: [
    {
      kind: 'commission' as const,
      id: 'revenue',
      tierMode: 'marginal' as const,
      tiers: [
        { fromPercent: '0', ratePercent: '2' },
        { fromPercent: '50', ratePercent: '5' },
        { fromPercent: '100', ratePercent: '8' },
      ],
    },
    { kind: 'product_line' as const, id: 'push-lines', rules: [{ priority: 'push' as const, ratePercent: '6' }] },
    {
      kind: 'spiff' as const,
      id: 'drill-month',
      productId: spiffProductId,
      per: 'unit' as const,
      amount: '25.00',
      startsOn: '2024-05-01',
      endsOn: '2024-05-31',
    },
    { kind: 'goal_bonus' as const, id: 'org-quota-bonus', goalId: 'org-goal', amount: '1000.00' },
    { kind: 'cap' as const, id: 'period-cap', perPeriod: '60000.00' },
  ],
});

/** The run's input of one rep: its own credits, a quota equal to what it credited (attainment ≈ 100 %). */
const inputOf = (repId: string, credits: CompCredit[]): CompCalculationInput => {
  const total = core.sumAmounts(credits.map((credit) => credit.value.amount));
  return {
    repId,
    period,
    quota: { amount: core.roundToCurrency(total, 'USD'), currency: 'USD' },
    assignments: [{ plan: planOf(), startsOn: period.start, endsOn: period.end }],
    credits,
    exchangeRates: [],
    carried: { drawBalance: '0', paidLines: [], achievedGoalIds: ['org-goal'] },
  };
};

/** Every rep's rows in the order the credit query returns them: by day, deal, product. */
const rows = Array.from({ length: reps }, (_, rep) => rowsOf(rep))
  .flat()
  .map((row) => ({ row, key: `${row.deal.date} ${row.deal.dealId} ${row.deal.productId}` }))
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  .map(({ row }) => row);

/** Every row into credits, by rep (as `periodCredits` does). */
const creditAll = () => {
  const byRep = new Map<string, CompCredit[]>();
  for (const { deal, splits } of rows) {
    for (const credit of core.creditsOfDeal(deal, splits)) {
      const list = byRep.get(credit.repId) ?? [];
      list.push(credit);
      byRep.set(credit.repId, list);
    }
  }
  return byRep;
};

const inputs = [...creditAll()].map(([repId, credits]) => inputOf(repId, credits));
const creditCount = inputs.reduce((sum, input) => sum + input.credits.length, 0);

const summaryOf = (runs: ReturnType<typeof core.calculateEarnings>[]) => {
  let lines = 0;
  let capped = 0;
  for (const result of runs) {
    lines += result.lines.length;
    capped += result.lines.filter((line) => line.explanation.some((part) => part.code === 'capped')).length;
  }
  return { lines, capped };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] as number;

/** Wall time, and the process's CPU time: on a shared machine waiting for a core shows in the first only. */
const timed = <T>(work: () => T): { ms: number; cpuMs: number; value: T } => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const { user, system } = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (user + system) / 1000, value };
};

type Timing = Omit<ReturnType<typeof timed>, 'value'>;
const creditRounds: Timing[] = [];
const engineRounds: Timing[] = [];
let last: ReturnType<typeof core.calculateEarnings>[] = [];
for (let round = 0; round < rounds; round++) {
  // Only the last round's results are kept (for the counts), so the heap is the same each round.
  last = [];
  const { ms, cpuMs } = timed(creditAll);
  creditRounds.push({ ms, cpuMs });
  const engine = timed(() => inputs.map((input) => core.calculateEarnings(input)));
  engineRounds.push({ ms: engine.ms, cpuMs: engine.cpuMs });
  last = engine.value;
}

const { lines, capped } = summaryOf(last);
const perCredit = (ms: number) => ((ms * 1000) / creditCount).toFixed(2);
const out = (line: string) => process.stdout.write(`${line}\n`);
out(
  `core ${process.env.BENCH_CORE ?? '@pacer/core'}; ${reps} reps, ${creditCount} credits, ${lines} lines, ${capped} capped`,
);
const report = (name: string, timings: Timing[]) => {
  const wall = timings.map((t) => t.ms);
  const cpu = timings.map((t) => t.cpuMs);
  out(
    `${name.padEnd(18)} rounds ms ${wall.map((ms) => ms.toFixed(0)).join(' / ')} (cpu ${cpu.map((ms) => ms.toFixed(0)).join(' / ')})`,
  );
  out(
    `${''.padEnd(18)} median ${median(wall).toFixed(0)} ms, ${perCredit(median(wall))} µs/credit; cpu ${median(cpu).toFixed(0)} ms`,
  );
};
report('creditsOfDeal', creditRounds);
report('calculateEarnings', engineRounds);
out(
  `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);
