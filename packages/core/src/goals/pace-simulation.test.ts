import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PaceInput, paceOf } from './pace';
import { mulberry32, simulateReachShare } from './pace-simulation';

const june: PaceInput = {
  target: '22000',
  actual: '7000',
  accrual: 'cumulative',
  higherIsBetter: true,
  period: { start: '2026-06-01', end: '2026-06-30' },
  today: '2026-06-10',
  decimals: 2,
};

describe('the seeded random numbers', () => {
  it('repeat for a seed, differ between seeds, and stay in [0, 1)', () => {
    const draw = (seed: number) => {
      const next = mulberry32(seed);
      return Array.from({ length: 1000 }, () => next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(42)) expect(value >= 0 && value < 1).toBe(true);
    const mean = draw(3).reduce((a, b) => a + b, 0) / 1000;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('the chance of reaching a goal', () => {
  it('bootstraps the remaining days from the observed ones', () => {
    // 14 days left, 15000 to go.
    expect(paceOf({ ...june, dailyValues: ['1000'] }).probability).toBe(0);
    expect(paceOf({ ...june, dailyValues: ['1100'] }).probability).toBe(1);
    const mixed = paceOf({ ...june, dailyValues: ['0', '2142.86'] }).probability as number;
    expect(mixed).toBeGreaterThan(0.3);
    expect(mixed).toBeLessThan(0.7);
  });

  it('draws each open deal by its win probability, taking the better of days and deals', () => {
    const coinFlip = paceOf({ ...june, openPipeline: [{ amount: '20000', winProbability: 0.5 }] });
    expect(coinFlip.probability).toBeGreaterThan(0.45);
    expect(coinFlip.probability).toBeLessThan(0.55);
    const both = paceOf({ ...june, dailyValues: ['1100'], openPipeline: [{ amount: '1', winProbability: 1 }] });
    expect(both.probability).toBe(1);
    const sure = paceOf({ ...june, openPipeline: [{ amount: '15000', winProbability: 1 }] });
    expect(sure.probability).toBe(1);
    const short = paceOf({ ...june, openPipeline: [{ amount: '14999.99', winProbability: 1 }] });
    expect(short.probability).toBe(0);
  });

  it('cannot say without observed days or open deals, nor for a level goal', () => {
    expect(paceOf(june).probability).toBeNull();
    expect(paceOf({ ...june, dailyValues: [], openPipeline: [] }).probability).toBeNull();
    expect(paceOf({ ...june, openPipeline: [] }).weightedPipeline).toBe('0.00');
    expect(paceOf({ ...june, accrual: 'level', dailyValues: ['1'] }).probability).toBeNull();
  });

  it('still counts deals that close on the deadline itself', () => {
    const lastDay = paceOf({ ...june, today: '2026-06-30', openPipeline: [{ amount: '15000', winProbability: 1 }] });
    expect(lastDay).toMatchObject({ remainingWorkingDays: 0, probability: 1, status: 'on_track' });
  });

  it('rounds to three places and repeats for the same seed', () => {
    const input = { ...june, dailyValues: ['0', '500', '2500'], simulations: 777, seed: 99 };
    const first = paceOf(input).probability as number;
    expect(paceOf(input).probability).toBe(first);
    expect(Math.round(first * 1000) / 1000).toBe(first);
  });

  it('is a share in [0, 1] that more open deals never lower (property)', () => {
    const units = fc.integer({ min: 0, max: 5000 });
    const deal = fc.record({ amount: units, probability: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 20_000 }),
        fc.array(fc.integer({ min: -50, max: 500 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(deal, { maxLength: 8 }),
        deal,
        fc.integer(),
        (need, dailyValues, remainingDays, deals, extra, seed) => {
          const simulation = {
            need,
            dailyValues,
            remainingDays,
            dealAmounts: deals.map((d) => d.amount),
            dealProbabilities: deals.map((d) => d.probability),
            simulations: 200,
            seed,
          };
          const share = simulateReachShare(simulation);
          expect(share >= 0 && share <= 1).toBe(true);
          expect(simulateReachShare(simulation)).toBe(share);
          const more = simulateReachShare({
            ...simulation,
            dealAmounts: [...simulation.dealAmounts, extra.amount],
            dealProbabilities: [...simulation.dealProbabilities, extra.probability],
          });
          expect(more).toBeGreaterThanOrEqual(share);
        },
      ),
    );
  });
});
