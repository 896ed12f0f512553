/*
 * The Monte Carlo estimate behind a goal's probability. It is an estimate, not money: plain
 * numbers in whole units of the smallest decimal place (sums of whole numbers stay exact, so
 * "reached" is not decided by float dust), no Decimal inside the trial loop (a wall chart asks
 * for hundreds of these at once).
 */

/** A small seeded PRNG (mulberry32): uniform in [0, 1), the same sequence for the same seed. */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** Scrambles a number into a well-spread 32-bit seed, so seeds 1, 2, 3 … give unrelated streams. */
const mixSeed = (value: number): number => {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
};

export interface ReachSimulation {
  /** What is still missing to the target, in units; ≤ 0 means already reached. */
  need: number;
  /** Observed values per working day, in units; each future day draws one of them. Empty: the days add nothing. */
  dailyValues: ArrayLike<number>;
  remainingDays: number;
  /** Open deals: amount in units and the chance it is won by the deadline. */
  dealAmounts: ArrayLike<number>;
  dealProbabilities: ArrayLike<number>;
  simulations: number;
  seed: number;
}

/**
 * The share of trials in which max(bootstrapped remaining days, won open deals) covers `need`.
 * The two are taken as alternatives, not added: both estimate the same future wins.
 *
 * The days draw from one stream; each trial's deals draw from a stream of their own seeded by the
 * trial, deal by deal in list order. So adding a deal at the end of the list only ever adds to a
 * trial's pipeline, and the probability cannot fall for the same seed.
 */
export const simulateReachShare = (simulation: ReachSimulation): number => {
  const { need, dailyValues, remainingDays, dealAmounts, dealProbabilities, simulations, seed } = simulation;
  if (need <= 0) return 1;
  const dayCount = dailyValues.length;
  const dealCount = dealAmounts.length;
  const nextDay = mulberry32(mixSeed(seed));
  let reached = 0;
  for (let trial = 0; trial < simulations; trial++) {
    let future = 0;
    if (dayCount > 0) {
      for (let day = 0; day < remainingDays; day++) future += dailyValues[Math.floor(nextDay() * dayCount)] as number;
    }
    if (future >= need) {
      reached++;
      continue;
    }
    // Stopping early is safe: this trial's deal stream is its own.
    const nextDeal = mulberry32(mixSeed(seed ^ Math.imul(trial + 1, 0x9e3779b9)));
    let pipeline = 0;
    for (let deal = 0; deal < dealCount && pipeline < need; deal++) {
      if (nextDeal() < (dealProbabilities[deal] as number)) pipeline += dealAmounts[deal] as number;
    }
    if (pipeline >= need) reached++;
  }
  return reached / simulations;
};
