import {
  AppError,
  type CompAcknowledgement,
  type CompAssigneeRole,
  type CompPlan,
  type CompPlanAssignment,
  type CompPlanDetail,
  type CompPlanListQuery,
  type CompPlanTerms,
  type CompPlanVersionView,
} from '@pacer/core';
import { type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { decodeCursor, encodeCursor } from '../../platform/db/cursor';
import { reachedAssignment, visiblePerson, visiblePlan } from './comp-plan-reach';

/** Reading comp plans, their versions, assignments and acknowledgements, as the caller may see them. */

type Instant = Date | string;
const iso = (value: Instant) => new Date(value).toISOString();
const isoOrNull = (value: Instant | null) => (value === null ? null : iso(value));

interface PlanRow {
  id: string;
  name: string;
  currency: string;
  created_at: Instant;
  archived_at: Instant | null;
  latest_id: string | null;
  latest_version: number | null;
  latest_from: string | null;
  assignment_count: number;
}

const selectPlans = (scope: Scope, where: SQL, tail: SQL = sql``) => sql`
  select p.id::text, p.name, p.currency, p.created_at, p.archived_at,
         v.id::text as latest_id, v.version as latest_version, v.effective_from::text as latest_from,
         (select count(*)::int from comp_assignments a
          where a.org_id = p.org_id and a.plan_id = p.id and ${reachedAssignment(scope)}) as assignment_count
  from comp_plans p
  left join lateral (
    select id, version, effective_from from comp_plan_versions v
    where v.org_id = p.org_id and v.plan_id = p.id order by v.version desc limit 1
  ) v on true
  where ${visiblePlan(scope)} and ${where}
  ${tail}`;

const toPlan = (row: PlanRow): CompPlan => ({
  id: row.id,
  name: row.name,
  currency: row.currency,
  latestVersion:
    row.latest_id === null
      ? null
      : { id: row.latest_id, version: Number(row.latest_version), effectiveFrom: row.latest_from ?? '' },
  assignmentCount: Number(row.assignment_count),
  createdAt: iso(row.created_at),
  archivedAt: isoOrNull(row.archived_at),
});

/** One plan the caller may see; another org's, or one out of reach, is not found. */
export const readPlan = async (db: Db, scope: Scope, id: string): Promise<CompPlan> => {
  const [row] = await queryRows<PlanRow>(db, selectPlans(scope, sql`p.id = ${id}`));
  if (!row) throw new AppError('NOT_FOUND', 'No such comp plan');
  return toPlan(row);
};

/** A page of plans by name. */
export const readPlanPage = async (db: Db, scope: Scope, query: CompPlanListQuery) => {
  const parts: SQL[] = [query.archived ? sql`p.archived_at is not null` : sql`p.archived_at is null`];
  const after = query.cursor ? decodeCursor(query.cursor, 2) : null;
  if (after) parts.push(sql`(p.name, p.id) > (${String(after[0])}, ${String(after[1])}::uuid)`);
  const rows = await queryRows<PlanRow>(
    db,
    selectPlans(scope, sql.join(parts, sql` and `), sql`order by p.name, p.id limit ${query.limit + 1}`),
  );
  const items = rows.slice(0, query.limit).map(toPlan);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor([last.name, last.id]) : null };
};

interface AcknowledgementRow {
  plan_id: string;
  version_id: string;
  version: number;
  rep_id: string;
  rep_name: string;
  acknowledged_at: Instant;
}

/** Acknowledgements of a plan's versions by the people the caller may see (`only`: one person). */
export const readAcknowledgements = async (
  db: Db,
  scope: Scope,
  planId: string,
  only: string | null = null,
): Promise<CompAcknowledgement[]> => {
  const rows = await queryRows<AcknowledgementRow>(
    db,
    sql`select v.plan_id::text, k.version_id::text, v.version, k.rep_id::text, u.name as rep_name, k.acknowledged_at
        from comp_plan_acknowledgements k
        join comp_plan_versions v on v.org_id = k.org_id and v.id = k.version_id
        join users u on u.id = k.rep_id
        where k.org_id = ${scope.orgId} and v.plan_id = ${planId} and ${visiblePerson(scope, sql`k.rep_id`)}
          ${only ? sql`and k.rep_id = ${only}` : sql``}
        order by v.version, k.acknowledged_at, k.rep_id`,
  );
  return rows.map((row) => ({
    planId: row.plan_id,
    versionId: row.version_id,
    version: Number(row.version),
    repId: row.rep_id,
    repName: row.rep_name,
    acknowledgedAt: iso(row.acknowledged_at),
  }));
};

interface VersionRow {
  id: string;
  version: number;
  effective_from: string;
  terms: CompPlanTerms;
  note: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Instant;
}

/** A plan's versions, oldest first, each with the acknowledgements given. */
export const readVersions = async (
  db: Db,
  scope: Scope,
  planId: string,
  acknowledgements: readonly CompAcknowledgement[],
): Promise<CompPlanVersionView[]> => {
  const rows = await queryRows<VersionRow>(
    db,
    sql`select v.id::text, v.version, v.effective_from::text, v.terms, v.note, v.created_by::text,
               u.name as created_by_name, v.created_at
        from comp_plan_versions v left join users u on u.id = v.created_by
        where v.org_id = ${scope.orgId} and v.plan_id = ${planId}
        order by v.version`,
  );
  return rows.map((row) => ({
    id: row.id,
    version: Number(row.version),
    effectiveFrom: row.effective_from,
    terms: row.terms,
    note: row.note,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: iso(row.created_at),
    acknowledgements: acknowledgements.filter((ack) => ack.versionId === row.id),
  }));
};

interface AssignmentRow {
  id: string;
  plan_id: string;
  rep_id: string | null;
  rep_name: string | null;
  team_id: string | null;
  team_name: string | null;
  role: CompAssigneeRole | null;
  starts_on: string;
  ends_on: string | null;
  created_at: Instant;
}

/** A plan's assignments the caller may see (`where` narrows further, on `a`), by start day. */
export const readAssignments = async (
  db: Db,
  scope: Scope,
  planId: string,
  where: SQL = sql`true`,
): Promise<CompPlanAssignment[]> => {
  const rows = await queryRows<AssignmentRow>(
    db,
    sql`select a.id::text, a.plan_id::text, a.rep_id::text, u.name as rep_name, a.team_id::text,
               t.name as team_name, a.role, a.starts_on::text, a.ends_on::text, a.created_at
        from comp_assignments a
        left join users u on u.id = a.rep_id
        left join teams t on t.org_id = a.org_id and t.id = a.team_id
        where a.org_id = ${scope.orgId} and a.plan_id = ${planId} and ${reachedAssignment(scope)} and ${where}
        order by a.starts_on, a.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    planId: row.plan_id,
    repId: row.rep_id,
    repName: row.rep_name,
    teamId: row.team_id,
    teamName: row.team_name,
    role: row.role,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    createdAt: iso(row.created_at),
  }));
};

/** A plan with its versions and the assignments and acknowledgements the caller may see. */
export const readPlanDetail = async (db: Db, scope: Scope, id: string): Promise<CompPlanDetail> => {
  const plan = await readPlan(db, scope, id);
  // In sequence: writes answer with this inside their transaction (one connection).
  const acknowledgements = await readAcknowledgements(db, scope, id);
  const assignments = await readAssignments(db, scope, id);
  return { ...plan, versions: await readVersions(db, scope, id, acknowledgements), assignments };
};
