import { describe, expect, it } from 'vitest';
import { createAwardSchema, createContestSchema } from './incentives';

const week = {
  name: 'Call blitz',
  metric: 'calls',
  periodKind: 'week',
  startsOn: '2026-03-04',
  participants: 'everyone',
  rule: 'top_n',
  topN: 3,
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('contest contract', () => {
  it('accepts a week contest and defaults its prizes and their places', () => {
    const parsed = createContestSchema.parse({ ...week, prizes: [{ kind: 'goods', description: 'Mug' }] });
    expect(parsed.prizes).toEqual([{ place: null, kind: 'goods', description: 'Mug' }]);
  });

  it.each([
    [{ periodKind: 'power_hour', startsOn: undefined }, ['startsAt', 'endsAt']],
    [{ periodKind: 'custom' }, ['endsOn']],
    [{ periodKind: 'custom', endsOn: '2026-03-01' }, ['endsOn']],
    [{ participants: 'team' }, ['teamId']],
    [{ participants: 'reps' }, ['repIds']],
    [{ rule: 'threshold' }, ['threshold']],
    [{ topN: undefined }, ['topN']],
    [{ prizes: [{ kind: 'cash', amount: '0', currency: 'EUR' }] }, ['prizes.0.amount']],
    [{ prizes: [{ kind: 'travel' }] }, ['prizes.0.description']],
    [{ prizes: [{ place: 4, kind: 'goods', description: 'Mug' }] }, ['prizes.0.place']],
  ])('names the missing or wrong field: %j', (change, paths) => {
    expect(issuesOf(createContestSchema.safeParse({ ...week, ...change }))).toEqual(paths);
  });

  it('wants a power hour to end after it starts', () => {
    const hour = { ...week, periodKind: 'power_hour', startsOn: undefined, startsAt: '2026-03-02T10:00:00Z' };
    expect(issuesOf(createContestSchema.safeParse({ ...hour, endsAt: '2026-03-02T09:00:00Z' }))).toEqual(['endsAt']);
    expect(createContestSchema.safeParse({ ...hour, endsAt: '2026-03-02T11:00:00Z' }).success).toBe(true);
  });
});

describe('award contract', () => {
  const award = {
    kind: 'custom',
    repId: '5b1f0c52-2c8e-4d57-9a4b-1f0f3c5a7e21',
    periodStart: '2026-01-01',
    citation: 'Yes',
  };
  it('needs a name for a custom award and a period that does not end before it starts', () => {
    expect(issuesOf(createAwardSchema.safeParse(award))).toEqual(['name']);
    expect(issuesOf(createAwardSchema.safeParse({ ...award, name: 'X', periodEnd: '2025-12-31' }))).toEqual([
      'periodEnd',
    ]);
    expect(createAwardSchema.safeParse({ ...award, kind: 'rep_of_the_month' }).success).toBe(true);
  });
});
