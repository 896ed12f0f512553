import { AppError, type CompAcknowledgement, localDateOf, type MyCompPlan } from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { getOrgRow } from '../orgs/orgs.service';
import { compPlanAcknowledgements } from './comp.table';
import { assignmentOfMember, visiblePlan } from './comp-plan-reach';
import { readAcknowledgements, readVersions } from './comp-plan-rows';
import { planTimeline } from './plan-timeline';
import { assignmentsReaching, versionsOfPlans } from './plan-timeline.queries';

/** A member's own side of comp plans: the plan paying them today, and acknowledging its terms. */

const todayOf = async (db: Db, scope: Scope, clock: Clock) =>
  localDateOf(clock.now(), scope.org?.timeZone ?? (await getOrgRow(db, scope.orgId)).timeZone);

/** The plan version paying the caller today (as the period run would pick it), and whether they acknowledged it. */
export const myCompPlan = async (db: Db, scope: Scope, clock: Clock): Promise<MyCompPlan> => {
  const on = await todayOf(db, scope, clock);
  const today = { start: on, end: on };
  const reaching = (await assignmentsReaching(db, scope.orgId, [scope.userId], today)).get(scope.userId) ?? [];
  const versions = await versionsOfPlans(
    db,
    scope.orgId,
    reaching.map((assignment) => assignment.planId),
    on,
  );
  const [segment] = planTimeline(today, reaching, versions);
  if (!segment) return { on, current: null };
  const { assignment } = segment;
  const [plan] = await queryRows<{ id: string; name: string; currency: string }>(
    db,
    sql`select id::text, name, currency from comp_plans where org_id = ${scope.orgId} and id = ${assignment.planId}`,
  );
  const acknowledgements = await readAcknowledgements(db, scope, assignment.planId, scope.userId);
  const version = (await readVersions(db, scope, assignment.planId, acknowledgements)).find(
    (candidate) => candidate.id === segment.version.id,
  );
  if (!plan || !version) throw new AppError('INTERNAL', 'The plan of the assignment was not found');
  return {
    on,
    current: {
      plan,
      assignment: { id: assignment.id, via: assignment.via, startsOn: assignment.startsOn, endsOn: assignment.endsOn },
      version,
      acknowledgedAt: version.acknowledgements[0]?.acknowledgedAt ?? null,
    },
  };
};

/** Records that the caller read and accepts a version of a plan assigned to them; once per version. */
export const acknowledgeCompPlan = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  planId: string,
  versionId: string,
): Promise<CompAcknowledgement> =>
  db.transaction(async (tx) => {
    const [version] = await queryRows<{ version: number }>(
      tx,
      sql`select v.version from comp_plan_versions v
          join comp_plans p on p.org_id = v.org_id and p.id = v.plan_id
          where ${visiblePlan(scope)} and p.id = ${planId} and v.id = ${versionId}`,
    );
    if (!version) throw new AppError('NOT_FOUND', 'No such version of this comp plan');
    const [assigned] = await queryRows(
      tx,
      sql`select 1 from comp_assignments a
          where a.org_id = ${scope.orgId} and a.plan_id = ${planId} and ${assignmentOfMember(scope)} limit 1`,
    );
    if (!assigned) throw new AppError('FORBIDDEN', 'This plan is not assigned to you');
    const [added] = await tx
      .insert(compPlanAcknowledgements)
      .values({ orgId: scope.orgId, versionId, repId: scope.userId, acknowledgedAt: clock.now() })
      .onConflictDoNothing()
      .returning({ at: compPlanAcknowledgements.acknowledgedAt });
    const recorded = (await readAcknowledgements(tx, scope, planId, scope.userId)).find(
      (ack) => ack.versionId === versionId,
    );
    if (!added) {
      const when = recorded?.acknowledgedAt ?? 'an earlier day';
      throw new AppError('CONFLICT', `You acknowledged version ${version.version} of this plan on ${when}`);
    }
    if (!recorded) throw new AppError('INTERNAL', 'The acknowledgement was not recorded');
    await recordAudit(tx, scope, {
      action: 'comp_plan.acknowledged',
      entity: 'comp_plan',
      entityId: planId,
      data: { versionId, version: Number(version.version) },
    });
    return recorded;
  });
