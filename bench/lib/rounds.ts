import { type LatencySummary, summarize } from './measure';

/**
 * Interleaved rounds like `interleaved` in measure.ts, with a time budget per call: a call that
 * has used up its budget (a very slow case) leaves the later rounds once it has `minSamples`,
 * so one pathological case cannot stretch the run to hours. Its summary says how many samples it got.
 */
export const interleavedWithBudget = async (
  calls: readonly (() => Promise<unknown>)[],
  options: { warmup: number; samples: number; minSamples: number; budgetMs: number },
): Promise<LatencySummary[]> => {
  const samples = calls.map(() => [] as number[]);
  const spent = calls.map(() => 0);
  for (let round = 0; round < options.warmup + options.samples; round++) {
    for (let k = 0; k < calls.length; k++) {
      const i = (round + k) % calls.length;
      const taken = samples[i] as number[];
      if ((spent[i] as number) > options.budgetMs && taken.length >= options.minSamples) continue;
      const start = performance.now();
      await (calls[i] as () => Promise<unknown>)();
      const elapsed = performance.now() - start;
      spent[i] = (spent[i] as number) + elapsed;
      if (round >= options.warmup) taken.push(elapsed);
    }
  }
  return samples.map(summarize);
};
