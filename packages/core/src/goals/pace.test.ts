import { describe, expect, it } from 'vitest';
import { type PaceInput, paceOf } from './pace';

// June 2026: 22 working days, the 1st a Monday; by Wednesday the 10th, 8 have elapsed.
const june: PaceInput = {
  target: '22000',
  actual: '7000',
  accrual: 'cumulative',
  higherIsBetter: true,
  period: { start: '2026-06-01', end: '2026-06-30' },
  today: '2026-06-10',
  decimals: 2,
};

const winRate: PaceInput = { ...june, target: '25', actual: '24', accrual: 'level', decimals: 1 };
const salesCycle: PaceInput = { ...winRate, target: '30', actual: '32', higherIsBetter: false };

describe('the pace of a cumulative goal', () => {
  it('compares the actual with a linear share of working days and projects the run rate', () => {
    expect(paceOf(june)).toEqual({
      target: '22000.00',
      actual: '7000.00',
      expected: '8000.00',
      distance: '15000.00',
      distancePercent: '68.2',
      attainmentPercent: '31.8',
      elapsedWorkingDays: 8,
      remainingWorkingDays: 14,
      runRate: '875.00',
      runRateNeeded: '1071.43',
      projected: '19250.00',
      weightedPipeline: null,
      probability: null,
      status: 'behind',
    });
  });

  it('is at risk within 10 % of the target, on track when the pipeline would carry it', () => {
    expect(paceOf({ ...june, actual: '7300' })).toMatchObject({ projected: '20075.00', status: 'at_risk' });
    const withPipeline = paceOf({ ...june, openPipeline: [{ amount: '20000', winProbability: 0.8 }] });
    expect(withPipeline).toMatchObject({ weightedPipeline: '16000.00', projected: '23000.00', status: 'on_track' });
    // The larger of run rate and pipeline, not both: they estimate the same wins.
    const small = paceOf({ ...june, openPipeline: [{ amount: '1000', winProbability: 0.5 }] });
    expect(small).toMatchObject({ weightedPipeline: '500.00', projected: '19250.00' });
    expect(withPipeline.probability).toBeGreaterThan(0);
    // A wall of goals skips the simulation; the projection stays the same.
    expect(
      paceOf({ ...june, openPipeline: [{ amount: '20000', winProbability: 0.8 }], simulate: false }),
    ).toMatchObject({ projected: '23000.00', probability: null });
  });

  it('is achieved once the target is reached, and missed when the period ends short', () => {
    expect(paceOf({ ...june, actual: '22000.004' })).toMatchObject({
      actual: '22000.00',
      status: 'achieved',
      distance: '0.00',
      probability: 1,
    });
    expect(paceOf({ ...june, actual: '25000', today: '2026-05-01' })).toMatchObject({ status: 'achieved' });
    const after = paceOf({ ...june, actual: '21000', today: '2026-07-01', dailyValues: ['1000'] });
    expect(after).toMatchObject({
      status: 'missed',
      probability: 0,
      expected: '22000.00',
      elapsedWorkingDays: 22,
      remainingWorkingDays: 0,
      runRateNeeded: null,
      projected: '21000.00',
    });
  });

  it('expects nothing before the period and counts the weekend after Friday', () => {
    expect(paceOf({ ...june, actual: '0', today: '2026-05-20' })).toMatchObject({
      expected: '0.00',
      elapsedWorkingDays: 0,
      remainingWorkingDays: 22,
      runRate: null,
      runRateNeeded: '1000.00',
      status: 'on_track',
    });
    expect(paceOf({ ...june, today: '2026-06-13' })).toMatchObject({ elapsedWorkingDays: 10, expected: '10000.00' });
    expect(paceOf({ ...june, today: '2026-06-13', workingWeekdays: [1, 2, 3, 4, 5, 6] })).toMatchObject({
      elapsedWorkingDays: 12,
      remainingWorkingDays: 14,
    });
  });

  it('counts every day of a period without working days', () => {
    const weekend = paceOf({ ...june, period: { start: '2026-11-21', end: '2026-11-22' }, today: '2026-11-21' });
    expect(weekend).toMatchObject({ elapsedWorkingDays: 1, remainingWorkingDays: 1, expected: '11000.00' });
  });

  it('spreads the target by month weights, each month over its own working days', () => {
    const quarter: PaceInput = {
      ...june,
      target: '40000',
      period: { start: '2026-01-01', end: '2026-03-31' },
      monthWeights: [1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    };
    expect(paceOf({ ...quarter, today: '2026-01-31' }).expected).toBe('10000.00');
    expect(paceOf({ ...quarter, today: '2026-02-27' }).expected).toBe('20000.00');
    expect(paceOf({ ...quarter, today: '2026-03-31' }).expected).toBe('40000.00');
    // No weight anywhere in the period: linear.
    const zero = paceOf({ ...june, monthWeights: Array.from({ length: 12 }, () => 0) });
    expect(zero.expected).toBe('8000.00');
  });

  it('rounds to the places asked for and leaves percentages out of a zero target', () => {
    const calls = paceOf({ ...june, target: '100', actual: '33', decimals: 0 });
    expect(calls).toMatchObject({ expected: '36', runRate: '4', runRateNeeded: '5', attainmentPercent: '33.0' });
    expect(paceOf({ ...june, target: '0', actual: '0' })).toMatchObject({
      status: 'achieved',
      distancePercent: null,
      attainmentPercent: null,
    });
  });
});

describe('the pace of a level goal', () => {
  it('compares the level as it stands, with no run rate or probability', () => {
    expect(paceOf(winRate)).toEqual({
      target: '25.0',
      actual: '24.0',
      expected: '25.0',
      distance: '1.0',
      distancePercent: '4.0',
      attainmentPercent: '96.0',
      elapsedWorkingDays: 8,
      remainingWorkingDays: 14,
      runRate: null,
      runRateNeeded: null,
      projected: '24.0',
      weightedPipeline: null,
      probability: null,
      status: 'at_risk',
    });
    expect(paceOf({ ...winRate, actual: '22' }).status).toBe('behind');
    expect(paceOf({ ...winRate, actual: '26' }).status).toBe('on_track');
    expect(paceOf({ ...winRate, actual: '26', today: '2026-07-01' }).status).toBe('achieved');
    expect(paceOf({ ...winRate, today: '2026-07-01' }).status).toBe('missed');
    expect(paceOf({ ...winRate, actual: '30', today: '2026-05-01' }).status).toBe('on_track');
    expect(paceOf({ ...winRate, dailyValues: ['1'] }).probability).toBeNull();
  });

  it('keeps a lower-is-better level at or below the target', () => {
    expect(paceOf(salesCycle)).toMatchObject({ distance: '2.0', status: 'at_risk' });
    expect(paceOf({ ...salesCycle, actual: '34' })).toMatchObject({ distance: '4.0', status: 'behind' });
    expect(paceOf({ ...salesCycle, actual: '28' })).toMatchObject({ distance: '0.0', status: 'on_track' });
    expect(paceOf({ ...salesCycle, actual: '28', today: '2026-07-01' }).status).toBe('achieved');
    // Cumulative goals ignore the flag: more calls are always better.
    expect(paceOf({ ...june, higherIsBetter: false }).status).toBe('behind');
  });
});

describe('pace input checks', () => {
  it('refuses what cannot be paced', () => {
    const bad: Partial<PaceInput>[] = [
      { target: '-1' },
      { actual: 'NaN' },
      { decimals: -1 },
      { decimals: 1.5 },
      { period: { start: '2026-07-01', end: '2026-06-30' } },
      { today: '2026-06-31' },
      { monthWeights: [1, 2, 3] },
      { monthWeights: [-1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
      { openPipeline: [{ amount: '10', winProbability: 1.5 }] },
      { openPipeline: [{ amount: '10', winProbability: Number.NaN }] },
      { openPipeline: [{ amount: '-10', winProbability: 0.5 }] },
      { dailyValues: ['Infinity'] },
      { simulations: 0 },
      { seed: 0.5 },
      { workingWeekdays: [8] },
    ];
    for (const change of bad) expect(() => paceOf({ ...june, ...change }), JSON.stringify(change)).toThrow(RangeError);
  });
});
