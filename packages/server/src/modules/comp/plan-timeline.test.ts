import { describe, expect, it } from 'vitest';
import { type PlanVersionRef, planTimeline, type ReachingAssignment } from './plan-timeline';

const assignment = (fields: Partial<ReachingAssignment> & Pick<ReachingAssignment, 'id' | 'planId'>) => ({
  via: 'rep' as const,
  depth: 0,
  startsOn: '2026-01-01',
  endsOn: null,
  ...fields,
});
const version = (id: string, planId: string, number: number, effectiveFrom: string): PlanVersionRef => ({
  id,
  planId,
  version: number,
  effectiveFrom,
});
const runs = (segments: ReturnType<typeof planTimeline>) =>
  segments.map((s) => `${s.startsOn}..${s.endsOn} ${s.assignment.id}/${s.version.id}`);

describe('planTimeline', () => {
  const quarter = { start: '2026-01-01', end: '2026-03-31' };

  it('cuts a plan’s days where a new version takes effect', () => {
    const segments = planTimeline(
      quarter,
      [assignment({ id: 'a', planId: 'p' })],
      [version('v1', 'p', 1, '2025-10-01'), version('v2', 'p', 2, '2026-02-15')],
    );
    expect(runs(segments)).toEqual(['2026-01-01..2026-02-14 a/v1', '2026-02-15..2026-03-31 a/v2']);
  });

  it('pays by the rep’s own assignment over a team’s, the nearer team over the farther, a team’s over a role’s', () => {
    const versions = ['own', 'near', 'far', 'role'].map((plan) => version(plan, plan, 1, '2026-01-01'));
    const segments = planTimeline(
      quarter,
      [
        assignment({ id: 'r', planId: 'role', via: 'role' }),
        assignment({ id: 'f', planId: 'far', via: 'team', depth: 2 }),
        assignment({ id: 'n', planId: 'near', via: 'team', depth: 1, startsOn: '2026-02-01', endsOn: '2026-02-28' }),
        assignment({ id: 'o', planId: 'own', startsOn: '2026-02-10', endsOn: '2026-02-11' }),
      ],
      versions,
    );
    expect(runs(segments)).toEqual([
      '2026-01-01..2026-01-31 f/far',
      '2026-02-01..2026-02-09 n/near',
      '2026-02-10..2026-02-11 o/own',
      '2026-02-12..2026-02-28 n/near',
      '2026-03-01..2026-03-31 f/far',
    ]);
  });

  it('leaves out days without an assignment or without a version yet, and merges nothing across a gap', () => {
    const segments = planTimeline(
      quarter,
      [
        assignment({ id: 'a', planId: 'p', startsOn: '2026-01-10', endsOn: '2026-01-20' }),
        assignment({ id: 'b', planId: 'p', startsOn: '2026-01-22' }),
      ],
      [version('v1', 'p', 1, '2026-01-15')],
    );
    expect(runs(segments)).toEqual(['2026-01-15..2026-01-20 a/v1', '2026-01-22..2026-03-31 b/v1']);
  });

  it('breaks ties by the later start, then the lower id, whatever the input order', () => {
    const versions = [version('x', 'x', 1, '2026-01-01'), version('y', 'y', 1, '2026-01-01')];
    const a = assignment({ id: 'b-team', planId: 'x', via: 'team', depth: 1 });
    const b = assignment({ id: 'a-team', planId: 'y', via: 'team', depth: 1 });
    const day = { start: '2026-03-02', end: '2026-03-02' };
    expect(runs(planTimeline(day, [a, b], versions))).toEqual(['2026-03-02..2026-03-02 a-team/y']);
    expect(runs(planTimeline(day, [b, a], versions))).toEqual(['2026-03-02..2026-03-02 a-team/y']);
    const later = { ...a, startsOn: '2026-02-01' };
    expect(runs(planTimeline(day, [b, later], versions))).toEqual(['2026-03-02..2026-03-02 b-team/x']);
  });
});
