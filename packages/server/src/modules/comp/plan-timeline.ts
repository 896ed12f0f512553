import { type compAssignmentVias, type DateRange, formatLocalDate, type LocalDate, parseLocalDate } from '@pacer/core';

/*
 * Which plan version pays a rep on each day of a span. Pure: the assignments that reach the rep
 * and the versions of their plans go in; runs of days under one version come out, without
 * overlaps, ready for the engine. On a day several assignments reach the rep (their own, their
 * teams', their role's), the most specific wins: the rep's own, then the nearest team, then the
 * role; among equals the one that started last, then the lowest id (so the answer never varies).
 * Within the assignment, the version with the highest number that is effective by that day pays.
 */

/** An assignment as it reaches one rep. */
export interface ReachingAssignment {
  id: string;
  planId: string;
  via: (typeof compAssignmentVias)[number];
  /** For a team assignment: 1 for the rep's own team, 2 for the team above it, … */
  depth: number;
  startsOn: LocalDate;
  /** Null: open-ended. */
  endsOn: LocalDate | null;
}

export interface PlanVersionRef {
  id: string;
  planId: string;
  version: number;
  effectiveFrom: LocalDate;
}

/** A run of days (both included) paid under one version through one assignment. */
export interface PlanSegment<V extends PlanVersionRef = PlanVersionRef> {
  assignment: ReachingAssignment;
  version: V;
  startsOn: LocalDate;
  endsOn: LocalDate;
}

const shiftDay = (date: LocalDate, days: number): LocalDate => {
  const { year, month, day } = parseLocalDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
};

const rankOf = (assignment: ReachingAssignment) =>
  assignment.via === 'rep' ? 0 : assignment.via === 'team' ? assignment.depth : Number.MAX_SAFE_INTEGER;

/** Most specific first, then the latest start, then the lowest id. */
const byPrecedence = (a: ReachingAssignment, b: ReachingAssignment): number =>
  rankOf(a) - rankOf(b) ||
  (a.startsOn > b.startsOn ? -1 : a.startsOn < b.startsOn ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const covers = (assignment: ReachingAssignment, day: LocalDate) =>
  assignment.startsOn <= day && (assignment.endsOn === null || assignment.endsOn >= day);

/** The days of `span` paid under a plan, as runs of one version each, in order; days under none are left out. */
export const planTimeline = <V extends PlanVersionRef>(
  span: DateRange,
  assignments: readonly ReachingAssignment[],
  versions: readonly V[],
): PlanSegment<V>[] => {
  // Every day something changes starts a new run; between two such days the answer is the same.
  const cuts = new Set<LocalDate>([span.start]);
  const cut = (day: LocalDate) => {
    if (day > span.start && day <= span.end) cuts.add(day);
  };
  for (const assignment of assignments) {
    cut(assignment.startsOn);
    if (assignment.endsOn !== null && assignment.endsOn < span.end) cut(shiftDay(assignment.endsOn, 1));
  }
  for (const version of versions) cut(version.effectiveFrom);
  const starts = [...cuts].sort();

  const segments: PlanSegment<V>[] = [];
  starts.forEach((start, index) => {
    const next = starts[index + 1];
    const end = next ? shiftDay(next, -1) : span.end;
    const [assignment] = assignments.filter((candidate) => covers(candidate, start)).sort(byPrecedence);
    if (!assignment) return;
    const [version] = versions
      .filter((candidate) => candidate.planId === assignment.planId && candidate.effectiveFrom <= start)
      .sort((a, b) => b.version - a.version);
    if (!version) return;
    const last = segments.at(-1);
    if (
      last &&
      last.assignment.id === assignment.id &&
      last.version.id === version.id &&
      last.endsOn === shiftDay(start, -1)
    ) {
      last.endsOn = end;
      return;
    }
    segments.push({ assignment, version, startsOn: start, endsOn: end });
  });
  return segments;
};
