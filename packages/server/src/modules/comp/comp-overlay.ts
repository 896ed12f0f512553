import type { CompCredit } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { KeptDeal } from './comp-credits.queries';
import type { PlanSegment } from './plan-timeline';
import type { PlanVersionTerms } from './plan-timeline.queries';

/*
 * Manager overlay: a manager whose plan has an overlay commission is credited, besides their own
 * deals, with the won credits of the people in the teams they manage and every sub-team below
 * (members, and the managers of the sub-teams), each marked with whose deal it is. The reps keep
 * their credits untouched: the overlay is paid on top, at the overlay's own rate, and counts for
 * no attainment. Team membership is read as it is when the period is run.
 */

/** Each manager's people: the members and sub-team managers of the teams they manage, with sub-teams. */
export const overlayPeople = async (db: Db, orgId: string): Promise<Map<string, Set<string>>> => {
  const rows = await queryRows<{ manager_id: string; person_id: string }>(
    db,
    sql`with recursive managed(manager_id, team_id) as (
          select manager_id, id from teams where org_id = ${orgId} and manager_id is not null
          union
          select m.manager_id, t.id from teams t join managed m on t.parent_id = m.team_id where t.org_id = ${orgId}
        ),
        people(manager_id, person_id) as (
          select m.manager_id, tm.user_id from managed m
          join team_members tm on tm.org_id = ${orgId} and tm.team_id = m.team_id
          union
          select m.manager_id, t.manager_id from managed m
          join teams t on t.org_id = ${orgId} and t.id = m.team_id
          where t.manager_id is not null
        )
        select distinct manager_id::text, person_id::text from people
        where person_id <> manager_id
        order by 1, 2`,
  );
  const byManager = new Map<string, Set<string>>();
  for (const row of rows) {
    const people = byManager.get(row.manager_id) ?? new Set<string>();
    people.add(row.person_id);
    byManager.set(row.manager_id, people);
  }
  return byManager;
};

/** The days (runs of them) a manager's plan has an overlay commission. */
const overlayDays = (segments: readonly PlanSegment<PlanVersionTerms>[]) =>
  segments.filter((segment) =>
    segment.version.terms.components.some((component) => component.kind === 'commission' && component.overlay),
  );

/** A manager's overlay credits: their people's won credits dated on a day their plan has an overlay. */
export const overlayCredits = (
  managerId: string,
  segments: readonly PlanSegment<PlanVersionTerms>[],
  people: ReadonlySet<string> | undefined,
  creditsOf: (repId: string) => readonly CompCredit[],
  nameOf: (repId: string) => string,
  kept: ReadonlyMap<string, KeptDeal>,
): CompCredit[] => {
  const days = overlayDays(segments);
  if (days.length === 0 || !people) return [];
  const credits: CompCredit[] = [];
  for (const personId of people) {
    for (const credit of creditsOf(personId)) {
      if (credit.kind !== 'won' || credit.overlayOf) continue;
      if (!days.some((segment) => segment.startsOn <= credit.date && credit.date <= segment.endsOn)) continue;
      // A deal kept won for a frozen statement stays in the overlay only if that statement paid the manager for it.
      const keptDeal = kept.get(credit.dealId);
      if (keptDeal && !keptDeal.repIds.includes(managerId)) continue;
      credits.push({ ...credit, repId: managerId, overlayOf: { repId: personId, repName: nameOf(personId) } });
    }
  }
  return credits;
};
