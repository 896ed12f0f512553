import {
  AppError,
  type CompAssignment,
  type CompCalculationInput,
  type CompRun,
  type CreateCompRunInput,
  calculateEarnings,
  currencyMinorUnits,
  type DateRange,
  Money,
  type MoneyValue,
} from '@pacer/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { recordAudit } from '../audit/audit.service';
import { getOrgRow } from '../orgs/orgs.service';
import { compRuns } from './comp.table';
import { lockOrgComp } from './comp-adjustments';
import { clawbackCredits } from './comp-clawbacks.queries';
import { goalsAchievedIn, payableMembers, periodQuotas } from './comp-credits.queries';
import { periodExchangeRates } from './comp-exchange-rates.service';
import { periodWonCredits } from './comp-invoices-paid.queries';
import { overlayCredits, overlayPeople } from './comp-overlay';
import { runReachOf } from './comp-run-reach';
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

/** One rep's earnings; input the engine cannot compute stops the run, naming the rep. */
const calculateRep = (input: CompCalculationInput, repName: string) => {
  try {
    return calculateEarnings(input);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new AppError('CONFLICT', `The period cannot be computed for ${repName}: ${error.message}`);
  }
};

/**
 * Every payable rep's earnings for the period (of `only`, when given), each handed to `computed` as
 * soon as it is known; reps with no plan day, no credit and no statement are left out. Credits are
 * read for the whole org: a manager's overlay reads their people's, wherever those are.
 */
const computeEarnings = async (
  db: Db,
  orgId: string,
  timeZone: string,
  period: DateRange,
  only: ReadonlySet<string> | null,
  computed: (earnings: RepEarnings) => Promise<void>,
): Promise<RepEarnings[]> => {
  const members = await payableMembers(db, orgId);
  const reps = only ? members.filter((rep) => only.has(rep.id)) : members;
  const repIds = reps.map((rep) => rep.id);
  // One after another: they share the run's transaction, whose one connection answers one query
  // at a time anyway (node-postgres deprecates queueing several on a client).
  const { carried: kept, credits } = await periodWonCredits(db, orgId, period);
  const quotas = await periodQuotas(db, orgId, period);
  const achievedGoalIds = await goalsAchievedIn(db, orgId, timeZone, period);
  const reaching = await assignmentsReaching(db, orgId, repIds, period);
  const clawbacks = await clawbackCredits(db, orgId, timeZone, period);
  const stated = await repsWithStatements(db, orgId, period);
  const exchangeRates = await periodExchangeRates(db, orgId, period);
  const people = await overlayPeople(db, orgId);
  const names = new Map(members.map((rep) => [rep.id, rep.name]));
  const creditsOf = (repId: string) => credits.get(repId) ?? [];
  const nameOf = (repId: string) => names.get(repId) ?? repId;
  const carriedOf = await carriedState(db, orgId, period, clawbacks.dealIds);
  const planIds = [...reaching.values()].flatMap((list) => list.map((assignment) => assignment.planId));
  const versions = await versionsOfPlans(db, orgId, planIds, period.end);
  const results: RepEarnings[] = [];
  for (const rep of reps) {
    const segments = planTimeline(period, reaching.get(rep.id) ?? [], versions);
    const repCredits = [
      ...creditsOf(rep.id),
      ...overlayCredits(rep.id, segments, people.get(rep.id), creditsOf, nameOf, kept),
      ...(clawbacks.byRep.get(rep.id) ?? []),
    ];
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
      // A credit in another currency without a rate on its date stops the run, naming the pair and the day.
      exchangeRates,
      carried: { ...carriedOf(rep.id), achievedGoalIds },
    };
    const earnings = { repId: rep.id, repName: rep.name, result: calculateRep(input, rep.name) };
    results.push(earnings);
    await computed(earnings);
  }
  return results;
};

/** The lines of one rep, in the engine's order, as `insertLines` reads them. */
const ledgerRows = ({ repId, result }: RepEarnings) =>
  result.lines.map((line, index) => ({
    rep_id: repId,
    position: index + 1,
    plan_version_id: line.planVersionId,
    component_id: line.component.id,
    component_kind: line.component.kind,
    deal_id: line.dealId,
    credit_date: line.date,
    base: line.base,
    rate: line.rate,
    tier: line.tier,
    amount: line.amount,
    currency: line.currency,
    explanation: line.explanation,
  }));

/** Lines per statement: a few MB of JSON each. */
const linesPerInsert = 5000;

type LedgerRow = ReturnType<typeof ledgerRows>[number];

/**
 * Appends lines as one JSON parameter that PostgreSQL unpacks into rows: building and binding a
 * parameter per column and line cost more than computing the lines. As jsonb the batch is parsed
 * once; each line's explanation is then copied, not parsed again.
 */
const insertLines = async (db: Db, orgId: string, runId: string, rows: readonly LedgerRow[]) => {
  await db.execute(
    sql`insert into comp_earning_lines (org_id, run_id, rep_id, position, plan_version_id, component_id, component_kind,
          deal_id, credit_date, base, rate, tier, amount, currency, explanation)
        select ${orgId}, ${runId}, l.rep_id, l.position, l.plan_version_id, l.component_id, l.component_kind,
          l.deal_id, l.credit_date, l.base, l.rate, l.tier, l.amount, l.currency, l.explanation
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as l(rep_id uuid, position integer, plan_version_id uuid,
          component_id text, component_kind comp_component_kind, deal_id uuid, credit_date date, base numeric,
          rate numeric, tier integer, amount numeric, currency text, explanation jsonb)`,
  );
};

/**
 * Writes the lines while the engine computes the next reps: one batch in flight at a time, so
 * PostgreSQL stores a batch (checking its keys, indexing it) on its own core meanwhile.
 */
const lineWriter = (db: Db, orgId: string, runId: string) => {
  let pending: LedgerRow[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  let written = 0;
  const send = async () => {
    const batch = pending;
    pending = [];
    await inFlight;
    inFlight = insertLines(db, orgId, runId, batch);
    // Awaited before the next batch or at the end; a failure meanwhile is not left unhandled.
    inFlight.catch(() => undefined);
    written += batch.length;
    // Lets the event loop hand the batch to the socket before the engine takes the thread again.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    add: async (earnings: RepEarnings) => {
      for (const row of ledgerRows(earnings)) pending.push(row);
      if (pending.length >= linesPerInsert) await send();
    },
    done: async () => {
      if (pending.length > 0) await send();
      await inFlight;
      return written;
    },
  };
};

/** What the run paid, kept on it for the list of runs: reps with a line and the sum per currency. */
const runFigures = (results: readonly RepEarnings[]) => {
  const sums = new Map<string, MoneyValue>();
  for (const { result } of results) {
    for (const total of result.totals) {
      sums.set(total.currency, (sums.get(total.currency) ?? new Money(0)).plus(total.amount));
    }
  }
  const totals = [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amount]) => ({ currency, amount: amount.toFixed(currencyMinorUnits(currency)) }));
  return { repCount: results.filter(({ result }) => result.lines.length > 0).length, totals };
};

/** Computes a period for every rep (or a team's) and appends the lines under a new run; answers each rep's totals. */
export const runCompPeriod = async (db: Db, scope: Scope, input: CreateCompRunInput): Promise<CompRun> => {
  const period = { start: input.periodStart, end: input.periodEnd };
  return db.transaction(async (tx) => {
    await lockOrgComp(tx, scope.orgId);
    // The run reads whole periods with far-off row estimates: compiling its plans (JIT) took longer than running them.
    await tx.execute(sql`set local jit = off`);
    const timeZone = scope.org?.timeZone ?? (await getOrgRow(tx, scope.orgId)).timeZone;
    const reach = await runReachOf(tx, scope, input.teamId);
    const teams = reach?.teams ?? [];
    // The run row comes first, so its lines can be written while later reps are computed.
    const [run] = await tx
      .insert(compRuns)
      .values({ orgId: scope.orgId, periodStart: period.start, periodEnd: period.end, createdBy: scope.userId, teams })
      .returning({ id: compRuns.id, createdAt: compRuns.createdAt });
    if (!run) throw new AppError('INTERNAL', 'The run was not recorded');
    const lines = lineWriter(tx, scope.orgId, run.id);
    const results = await computeEarnings(tx, scope.orgId, timeZone, period, reach?.people ?? null, lines.add);
    const lineCount = await lines.done();
    await tx
      .update(compRuns)
      .set({ ...runFigures(results), lineCount })
      .where(and(eq(compRuns.orgId, scope.orgId), eq(compRuns.id, run.id)));
    const statements = await settleStatements(tx, scope, run.id, period, results);
    await recordAudit(tx, scope, {
      action: 'comp_run.created',
      entity: 'comp_run',
      entityId: run.id,
      data: {
        periodStart: period.start,
        periodEnd: period.end,
        teams,
        reps: results.length,
        lines: lineCount,
        statements,
      },
    });
    return {
      id: run.id,
      periodStart: period.start,
      periodEnd: period.end,
      createdBy: scope.userId,
      createdAt: new Date(run.createdAt).toISOString(),
      teams,
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
