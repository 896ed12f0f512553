import type { CompPlanTerms, DateRange } from '@pacer/core';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { PlanVersionRef, ReachingAssignment } from './plan-timeline';

/** What `planTimeline` needs from the database, for many reps at once (the period run) or one (my plan). */

interface ReachRow {
  rep_id: string;
  id: string;
  plan_id: string;
  via: ReachingAssignment['via'];
  depth: number;
  starts_on: string;
  ends_on: string | null;
}

/**
 * The assignments reaching each rep on some day of the span: their own, those of their teams and
 * every team above (with how far up; team plans pay the reps of a team, not its managers), and
 * their role's. Grouped by rep.
 */
export const assignmentsReaching = async (
  db: Db,
  orgId: string,
  repIds: readonly string[],
  span: DateRange,
): Promise<Map<string, ReachingAssignment[]>> => {
  const rows = await queryRows<ReachRow>(
    db,
    sql`with recursive up(rep_id, team_id, depth) as (
          select tm.user_id, tm.team_id, 1 from team_members tm
          where tm.org_id = ${orgId} and tm.user_id = any(${sql.param([...repIds])}::uuid[])
          union all
          select up.rep_id, t.parent_id, up.depth + 1
          from up join teams t on t.org_id = ${orgId} and t.id = up.team_id
          where t.parent_id is not null
        ),
        reach as (select rep_id, team_id, min(depth) as depth from up group by 1, 2)
        select m.user_id::text as rep_id, a.id::text, a.plan_id::text,
               case when a.rep_id is not null then 'rep' when a.team_id is not null then 'team' else 'role' end as via,
               coalesce(r.depth, 0)::int as depth, a.starts_on::text, a.ends_on::text
        from members m
        join comp_assignments a on a.org_id = m.org_id
        left join reach r on r.rep_id = m.user_id and r.team_id = a.team_id
        where m.org_id = ${orgId} and m.user_id = any(${sql.param([...repIds])}::uuid[])
          and (a.rep_id = m.user_id or (r.team_id is not null and m.role = 'rep') or a.role = m.role)
          and a.starts_on <= ${span.end}::date and (a.ends_on is null or a.ends_on >= ${span.start}::date)
        order by 1, 2`,
  );
  const byRep = new Map<string, ReachingAssignment[]>();
  for (const row of rows) {
    const list = byRep.get(row.rep_id) ?? [];
    list.push({
      id: row.id,
      planId: row.plan_id,
      via: row.via,
      depth: Number(row.depth),
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    });
    byRep.set(row.rep_id, list);
  }
  return byRep;
};

/** A version with its terms and its plan's currency: what the engine runs. */
export interface PlanVersionTerms extends PlanVersionRef {
  currency: string;
  terms: CompPlanTerms;
}

/** The versions of these plans effective by the span's last day, with their terms. */
export const versionsOfPlans = async (
  db: Db,
  orgId: string,
  planIds: readonly string[],
  upTo: string,
): Promise<PlanVersionTerms[]> => {
  if (planIds.length === 0) return [];
  const rows = await queryRows<{
    id: string;
    plan_id: string;
    version: number;
    effective_from: string;
    currency: string;
    terms: CompPlanTerms;
  }>(
    db,
    sql`select v.id::text, v.plan_id::text, v.version, v.effective_from::text, p.currency, v.terms
        from comp_plan_versions v join comp_plans p on p.org_id = v.org_id and p.id = v.plan_id
        where v.org_id = ${orgId} and v.plan_id = any(${sql.param([...new Set(planIds)])}::uuid[])
          and v.effective_from <= ${upTo}::date
        order by v.plan_id, v.version`,
  );
  return rows.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    version: Number(row.version),
    effectiveFrom: row.effective_from,
    currency: row.currency,
    terms: row.terms,
  }));
};
