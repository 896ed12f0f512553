import {
  AppError,
  type AssignCompPlanInput,
  type CompAssigneeRole,
  type CompPlanAssignment,
  invalidField,
  type UpdateCompAssignmentInput,
} from '@pacer/core';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { compAssignments } from './comp.table';
import { readAssignments } from './comp-plan-rows';
import { assertPlanActive, lockPlan } from './comp-plans.service';

/*
 * Assigning plans to a rep, a team or a role for a span of days. One target's assignments never
 * overlap, across all plans, so "which plan pays this rep on this day" has one answer per level
 * (the rep's own, then the nearest team's, then the role's).
 */

/** One assignment's target: exactly one of the three is set. */
interface Target {
  repId: string | null;
  teamId: string | null;
  role: CompAssigneeRole | null;
}

const sameTarget = (target: Target): SQL =>
  target.repId
    ? sql`a.rep_id = ${target.repId}`
    : target.teamId
      ? sql`a.team_id = ${target.teamId}`
      : sql`a.role::text = ${target.role}`;

/** The rep or team must be the org's; answers who it is, for messages. */
const checkTarget = async (tx: Db, scope: Scope, target: Target): Promise<string> => {
  if (target.repId) {
    const [member] = await queryRows<{ name: string; role: string; status: string }>(
      tx,
      sql`select u.name, m.role, m.status from members m join users u on u.id = m.user_id
          where m.org_id = ${scope.orgId} and m.user_id = ${target.repId}`,
    );
    if (!member) throw invalidField('repId', 'No such member in this org');
    if (member.status !== 'active') throw invalidField('repId', 'This member is deactivated');
    if (member.role === 'viewer') throw invalidField('repId', 'Viewers are not paid by comp plans');
    return member.name;
  }
  if (target.teamId) {
    const [team] = await queryRows<{ name: string }>(
      tx,
      sql`select name from teams where org_id = ${scope.orgId} and id = ${target.teamId}`,
    );
    if (!team) throw invalidField('teamId', 'No such team');
    return `Team ${team.name}`;
  }
  return `Every ${target.role}`;
};

/** Refuses a span that overlaps another assignment of the same target (any plan), naming it. */
const assertNoOverlap = async (
  tx: Db,
  scope: Scope,
  target: Target,
  who: string,
  span: { startsOn: string; endsOn: string | null },
  exceptId: string | null,
) => {
  // Serialises assignments of one target, so two at once cannot both pass this check.
  const key = `comp-assignment:${scope.orgId}:${target.repId ?? target.teamId ?? target.role}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
  const [clash] = await queryRows<{ plan_name: string; starts_on: string; ends_on: string | null }>(
    tx,
    sql`select p.name as plan_name, a.starts_on::text, a.ends_on::text
        from comp_assignments a join comp_plans p on p.org_id = a.org_id and p.id = a.plan_id
        where a.org_id = ${scope.orgId} and ${sameTarget(target)}
          and a.starts_on <= coalesce(${span.endsOn}::date, 'infinity'::date)
          and coalesce(a.ends_on, 'infinity'::date) >= ${span.startsOn}::date
          ${exceptId ? sql`and a.id <> ${exceptId}` : sql``}
        order by a.starts_on limit 1`,
  );
  if (!clash) return;
  const until = clash.ends_on ? `to ${clash.ends_on}` : 'with no end';
  throw invalidField(
    'startsOn',
    `${who} is already on plan “${clash.plan_name}” from ${clash.starts_on} ${until}; end that assignment first`,
  );
};

const readAssignment = async (tx: Db, scope: Scope, planId: string, id: string): Promise<CompPlanAssignment> => {
  const [assignment] = await readAssignments(tx, scope, planId, sql`a.id = ${id}`);
  if (!assignment) throw new AppError('NOT_FOUND', 'No such assignment of this plan');
  return assignment;
};

/** Assigns a plan to a rep, a team or a role from a day on (to a day, or open-ended). */
export const assignCompPlan = async (
  db: Db,
  scope: Scope,
  planId: string,
  input: AssignCompPlanInput,
): Promise<CompPlanAssignment> =>
  db.transaction(async (tx) => {
    assertPlanActive(await lockPlan(tx, scope, planId));
    const target = { repId: input.repId ?? null, teamId: input.teamId ?? null, role: input.role ?? null };
    const who = await checkTarget(tx, scope, target);
    const span = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
    await assertNoOverlap(tx, scope, target, who, span, null);
    const [row] = await tx
      .insert(compAssignments)
      .values({ orgId: scope.orgId, planId, ...target, ...span, createdBy: scope.userId })
      .returning({ id: compAssignments.id });
    if (!row) throw new AppError('INTERNAL', 'The assignment was not created');
    await recordAudit(tx, scope, {
      action: 'comp_plan.assigned',
      entity: 'comp_plan',
      entityId: planId,
      data: { assignmentId: row.id, ...target, ...span },
    });
    return readAssignment(tx, scope, planId, row.id);
  });

/** Ends an assignment on a day (a rep moving to another plan), or opens it again. */
export const updateCompAssignment = async (
  db: Db,
  scope: Scope,
  planId: string,
  id: string,
  input: UpdateCompAssignmentInput,
): Promise<CompPlanAssignment> =>
  db.transaction(async (tx) => {
    await lockPlan(tx, scope, planId);
    const before = await readAssignment(tx, scope, planId, id);
    if (input.endsOn && input.endsOn < before.startsOn) {
      throw invalidField('endsOn', `The assignment starts on ${before.startsOn}`);
    }
    const target = { repId: before.repId, teamId: before.teamId, role: before.role };
    // Named, not checked: ending the assignment of someone who has left must still work.
    const who = before.repName ?? (before.teamName ? `Team ${before.teamName}` : `Every ${before.role}`);
    await assertNoOverlap(tx, scope, target, who, { startsOn: before.startsOn, endsOn: input.endsOn }, id);
    await tx
      .update(compAssignments)
      .set({ endsOn: input.endsOn })
      .where(and(eq(compAssignments.orgId, scope.orgId), eq(compAssignments.id, id)));
    await recordAudit(tx, scope, {
      action: 'comp_plan.assignment_changed',
      entity: 'comp_plan',
      entityId: planId,
      data: { assignmentId: id, fromEndsOn: before.endsOn, endsOn: input.endsOn },
    });
    return readAssignment(tx, scope, planId, id);
  });

/** Removes an assignment; the audit log keeps what it was. */
export const unassignCompPlan = async (db: Db, scope: Scope, planId: string, id: string): Promise<void> =>
  db.transaction(async (tx) => {
    await lockPlan(tx, scope, planId);
    const before = await readAssignment(tx, scope, planId, id);
    await tx.delete(compAssignments).where(and(eq(compAssignments.orgId, scope.orgId), eq(compAssignments.id, id)));
    await recordAudit(tx, scope, {
      action: 'comp_plan.unassigned',
      entity: 'comp_plan',
      entityId: planId,
      data: { assignmentId: id, repId: before.repId, teamId: before.teamId, role: before.role },
    });
  });
