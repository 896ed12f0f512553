import {
  AppError,
  type CompAssignment,
  type CompCalculationInput,
  type CompRun,
  type CreateCompRunInput,
  calculateEarnings,
  type DateRange,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { getOrgRow } from '../orgs/orgs.service';
import { compEarningLines, compRuns } from './comp.table';
import { lockOrgComp } from './comp-adjustments';
import { clawbackCredits, keptDeals } from './comp-clawbacks.queries';
import { goalsAchievedIn, payableMembers, periodCredits, periodQuotas } from './comp-credits.queries';
import { carriedState } from './comp-statements.carried';
import { type RepEarnings, settleStatements } from './comp-statements.settle';
import { planTimeline } from './plan-timeline';
import { assignmentsReaching, type PlanVersionTerms, versionsOfPlans } from './plan-timeline.queries';

/*
 * The period run: SQL gathers each rep's credits, quota and plan days; the core engine turns
 * them into earning lines, rep by rep; the lines are appended under a new run id in one
 * transaction. The same facts give the same lines, so running twice adds two identical sets.
 * Each rep carries the draw balance and paid lines of their frozen statements, cancellations and
 * refunds of the period become clawback credits, and the run settles the period's statements.
 */

/** A plan version as the engine takes it: its id is the version's, so each line names the exact terms. */
const enginePlan = (version: PlanVersionTerms): CompAssignment['plan'] => ({
  id: version.id,
  currency: version.currency,
  ...version.terms,
});

/** The reps that already have a statement of exactly this period: they are computed even with nothing left. */
const repsWithStatements = async (db: Db, orgId: string, period: DateRange): Promise<Set<string>> => {
  const rows = await queryRows<{ rep_id: string }>(
    db,
    sql`select rep_id::text from comp_statements
        where org_id = ${orgId} and period_start = ${period.start}::date and period_end = ${period.end}::date`,
  );
  return new Set(rows.map((row) => row.rep_id));
};

/** Every payable rep's earnings for the period; reps with no plan day, no credit and no statement are left out. */
const computeEarnings = async (db: Db, orgId: string, timeZone: string, period: DateRange): Promise<RepEarnings[]> => {
  const reps = await payableMembers(db, orgId);
  const repIds = reps.map((rep) => rep.id);
  const [credits, quotas, achievedGoalIds, reaching, clawbacks, stated] = await Promise.all([
    keptDeals(db, orgId, period).then((kept) => periodCredits(db, orgId, period, kept)),
    periodQuotas(db, orgId, period),
    goalsAchievedIn(db, orgId, timeZone, period),
    assignmentsReaching(db, orgId, repIds, period),
    clawbackCredits(db, orgId, timeZone, period),
    repsWithStatements(db, orgId, period),
  ]);
  const carriedOf = await carriedState(db, orgId, period, clawbacks.dealIds);
  const planIds = [...reaching.values()].flatMap((list) => list.map((assignment) => assignment.planId));
  const versions = await versionsOfPlans(db, orgId, planIds, period.end);
  const results: RepEarnings[] = [];
  for (const rep of reps) {
    const segments = planTimeline(period, reaching.get(rep.id) ?? [], versions);
    const repCredits = [...(credits.get(rep.id) ?? []), ...(clawbacks.byRep.get(rep.id) ?? [])];
    if (segments.length === 0 && repCredits.length === 0 && !stated.has(rep.id)) continue;
    const input: CompCalculationInput = {
      repId: rep.id,
      period,
      quota: quotas.get(rep.id) ?? null,
      assignments: segments.map((segment) => ({
        plan: enginePlan(segment.version),
        startsOn: segment.startsOn,
        endsOn: segment.endsOn,
      })),
      credits: repCredits,
      // Pacer keeps no exchange rates yet: a credit or quota in another currency than the plan's stops the run.
      exchangeRates: [],
      carried: { ...carriedOf(rep.id), achievedGoalIds },
    };
    try {
      results.push({ repId: rep.id, repName: rep.name, result: calculateEarnings(input) });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new AppError('CONFLICT', `The period cannot be computed for ${rep.name}: ${error.message}`);
    }
  }
  return results;
};

/** The lines of one rep, in the engine's order, as ledger rows. */
const ledgerRows = (orgId: string, runId: string, { repId, result }: RepEarnings) =>
  result.lines.map((line, index) => ({
    orgId,
    runId,
    repId,
    position: index + 1,
    planVersionId: line.planVersionId,
    componentId: line.component.id,
    componentKind: line.component.kind,
    dealId: line.dealId,
    creditDate: line.date,
    base: line.base,
    rate: line.rate,
    tier: line.tier,
    amount: line.amount,
    currency: line.currency,
    explanation: line.explanation,
  }));

/** Computes a period for every rep and appends the lines under a new run; answers each rep's totals. */
export const runCompPeriod = async (db: Db, scope: Scope, input: CreateCompRunInput): Promise<CompRun> => {
  const period = { start: input.periodStart, end: input.periodEnd };
  return db.transaction(async (tx) => {
    await lockOrgComp(tx, scope.orgId);
    const timeZone = scope.org?.timeZone ?? (await getOrgRow(tx, scope.orgId)).timeZone;
    const results = await computeEarnings(tx, scope.orgId, timeZone, period);
    const [run] = await tx
      .insert(compRuns)
      .values({ orgId: scope.orgId, periodStart: period.start, periodEnd: period.end, createdBy: scope.userId })
      .returning({ id: compRuns.id, createdAt: compRuns.createdAt });
    if (!run) throw new AppError('INTERNAL', 'The run was not recorded');
    const rows = results.flatMap((result) => ledgerRows(scope.orgId, run.id, result));
    // Batches keep each insert well under PostgreSQL's limit of 65,535 parameters.
    for (let start = 0; start < rows.length; start += 2000) {
      await tx.insert(compEarningLines).values(rows.slice(start, start + 2000));
    }
    const statements = await settleStatements(tx, scope, run.id, period, results);
    await recordAudit(tx, scope, {
      action: 'comp_run.created',
      entity: 'comp_run',
      entityId: run.id,
      data: { periodStart: period.start, periodEnd: period.end, reps: results.length, lines: rows.length, statements },
    });
    return {
      id: run.id,
      periodStart: period.start,
      periodEnd: period.end,
      createdBy: scope.userId,
      createdAt: new Date(run.createdAt).toISOString(),
      reps: results.map(({ repId, repName, result }) => ({
        repId,
        repName,
        totals: result.totals,
        attainment: result.attainment,
        lineCount: result.lines.length,
        openCredits: result.open.length,
      })),
    };
  });
};

/** The run's period, if the org has such a run. */
export const readRun = async (db: Db, scope: Scope, id: string) => {
  const [run] = await queryRows<{ period_start: string; period_end: string }>(
    db,
    sql`select period_start::text, period_end::text from comp_runs where org_id = ${scope.orgId} and id = ${id}`,
  );
  if (!run) throw new AppError('NOT_FOUND', 'No such comp run');
  return { periodStart: run.period_start, periodEnd: run.period_end };
};
