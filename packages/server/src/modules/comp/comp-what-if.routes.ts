import {
  type CompCalculationInput,
  type CompCredit,
  compComponentKinds,
  compCreditKinds,
  goalPeriodOf,
  localDateOf,
  productLinePriorities,
} from '@pacer/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OrgCalendarSettings, Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { principalOf } from '../../platform/http/access-hook';
import { errorResponses, type RouteDeps, typed } from '../../platform/http/route-kit';
import { getOrgRow } from '../orgs/orgs.service';
import { clawbackCredits } from './comp-clawbacks.queries';
import { goalsAchievedIn, type KeptDeal, payableMembers, periodQuotas } from './comp-credits.queries';
import { periodExchangeRates } from './comp-exchange-rates.service';
import { periodWonCredits } from './comp-invoices-paid.queries';
import { overlayCredits, overlayPeople } from './comp-overlay';
import { carriedState } from './comp-statements.carried';
import { planTimeline } from './plan-timeline';
import { assignmentsReaching, versionsOfPlans } from './plan-timeline.queries';

/*
 * The what-if calculator runs the engine in the browser: it needs exactly what the period run
 * would give the engine for the caller — the plan days, quota and credits of the period so far —
 * and adds the deals the rep is thinking of closing. One read, then every keystroke is local.
 */

const whatIfPeriods = ['quarter', 'month'] as const;

const whatIfQuerySchema = z.object({
  period: z.enum(whatIfPeriods).default('quarter').describe('The period a deal closed today would be paid in'),
});

const moneySchema = z.object({ amount: z.string(), currency: z.string() });

// The engine's input as it is sent: the contract's input schemas normalise (trim, upper-case) and
// cannot encode, so the answer is described by plain fields; plan terms pass as stored.
const whatIfInputSchema = z.object({
  repId: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  quota: moneySchema.nullable().describe('Your won-revenue quota for exactly this period; null without one'),
  assignments: z
    .array(
      z.object({
        plan: z.looseObject({
          id: z.string().describe('The plan version'),
          currency: z.string(),
          components: z.array(z.looseObject({ kind: z.enum(compComponentKinds), id: z.string() })),
        }),
        startsOn: z.string(),
        endsOn: z.string(),
      }),
    )
    .describe('The plan version paying you on each day of the period'),
  credits: z
    .array(
      z.object({
        dealId: z.string(),
        repId: z.string(),
        kind: z.enum(compCreditKinds),
        value: moneySchema,
        units: z.string(),
        productId: z.string().nullable(),
        productLineId: z.string().nullable(),
        productLinePriority: z.enum(productLinePriorities).nullable(),
        date: z.string(),
        splitPercent: z.string(),
        invoicePaid: z.boolean(),
        wonDate: z.string().optional(),
        originalAmount: z.string().optional(),
        overlayOf: z.object({ repId: z.string(), repName: z.string() }).optional(),
      }),
    )
    .describe('Your credits of the deals won in the period so far (a manager’s overlay: their people’s)'),
  exchangeRates: z.array(
    z.object({ from: z.string(), to: z.string(), rate: z.string(), effectiveFrom: z.string().optional() }),
  ),
  carried: z.object({
    drawBalance: z.string(),
    paidLines: z.array(
      z.object({
        dealId: z.string(),
        componentKind: z.enum(compComponentKinds),
        amount: z.string(),
        currency: z.string(),
      }),
    ),
    achievedGoalIds: z.array(z.string()).describe('Goals of your plans’ bonuses achieved in the period'),
  }),
});

const compWhatIfBasisSchema = z
  .object({
    on: z.string().describe('Today in the org’s time zone: the day a what-if deal is won'),
    periodKind: z.enum(whatIfPeriods),
    input: whatIfInputSchema.describe('What calculateEarnings takes for you this period, without what-if deals'),
  })
  .meta({ id: 'CompWhatIfBasis' });
interface CompWhatIfBasis {
  on: string;
  periodKind: (typeof whatIfPeriods)[number];
  input: CompCalculationInput;
}

const calendarOf = async (db: Db, scope: Scope): Promise<OrgCalendarSettings> => {
  if (scope.org) return scope.org;
  const row = await getOrgRow(db, scope.orgId);
  return { timeZone: row.timeZone, currency: row.currency, fiscalStartMonth: row.fiscalYearStartMonth };
};

/** Only the goals the caller's plans pay a bonus on: other achievements are not theirs to read. */
const bonusGoalIds = (assignments: CompCalculationInput['assignments']): Set<string> =>
  new Set(
    assignments.flatMap(({ plan }) =>
      plan.components.flatMap((component) => (component.kind === 'goal_bonus' ? [component.goalId] : [])),
    ),
  );

/** A manager's overlay credits, as the run gives them; the team and names are read only for an overlay plan. */
const whatIfOverlay = async (
  db: Db,
  scope: Scope,
  segments: Parameters<typeof overlayCredits>[1],
  credits: ReadonlyMap<string, CompCredit[]>,
  kept: ReadonlyMap<string, KeptDeal>,
): Promise<CompCredit[]> => {
  const overlaid = segments.some((segment) =>
    segment.version.terms.components.some((component) => component.kind === 'commission' && component.overlay),
  );
  if (!overlaid) return [];
  const [people, members] = await Promise.all([overlayPeople(db, scope.orgId), payableMembers(db, scope.orgId)]);
  const names = new Map(members.map((member) => [member.id, member.name]));
  return overlayCredits(
    scope.userId,
    segments,
    people.get(scope.userId),
    (repId) => credits.get(repId) ?? [],
    (repId) => names.get(repId) ?? repId,
    kept,
  );
};

/** The caller's engine input for the period around today, as the period run would build it. */
const whatIfBasis = async (
  db: Db,
  scope: Scope,
  clock: Clock,
  periodKind: (typeof whatIfPeriods)[number],
): Promise<CompWhatIfBasis> => {
  const org = await calendarOf(db, scope);
  const on = localDateOf(clock.now(), org.timeZone);
  const period = goalPeriodOf(periodKind, on, org.fiscalStartMonth);
  const repId = scope.userId;
  // The same queries as the run (they read the org's period; one rep's share is kept), so the
  // browser's answer is the statement's: deals kept by a frozen statement, invoices paid, clawbacks, the carried draw.
  const [{ carried: kept, credits }, quotas, achievedGoalIds, reaching, clawbacks, exchangeRates] = await Promise.all([
    periodWonCredits(db, scope.orgId, period),
    periodQuotas(db, scope.orgId, period),
    goalsAchievedIn(db, scope.orgId, org.timeZone, period),
    assignmentsReaching(db, scope.orgId, [repId], period),
    clawbackCredits(db, scope.orgId, org.timeZone, period),
    periodExchangeRates(db, scope.orgId, period),
  ]);
  const carriedOf = await carriedState(db, scope.orgId, period, clawbacks.dealIds);
  const mine = reaching.get(repId) ?? [];
  const versions = await versionsOfPlans(
    db,
    scope.orgId,
    mine.map((assignment) => assignment.planId),
    period.end,
  );
  const segments = planTimeline(period, mine, versions);
  const assignments = segments.map((segment) => ({
    plan: { id: segment.version.id, currency: segment.version.currency, ...segment.version.terms },
    startsOn: segment.startsOn,
    endsOn: segment.endsOn,
  }));
  const paidGoals = bonusGoalIds(assignments);
  const input: CompCalculationInput = {
    repId,
    period,
    quota: quotas.get(repId) ?? null,
    assignments,
    credits: [
      ...(credits.get(repId) ?? []),
      ...(await whatIfOverlay(db, scope, segments, credits, kept)),
      ...(clawbacks.byRep.get(repId) ?? []),
    ],
    exchangeRates,
    carried: { ...carriedOf(repId), achievedGoalIds: achievedGoalIds.filter((id) => paidGoals.has(id)) },
  };
  return { on, periodKind, input };
};

/** The caller's basis for the what-if calculator. */
export const compWhatIfRoutes = async (app: FastifyInstance, { db, clock }: RouteDeps) => {
  typed(app).get(
    '/me/comp-what-if-basis',
    {
      config: { access: 'comp:read' },
      schema: {
        tags: ['Comp plans'],
        summary: 'Your plan days, quota and credits of the period so far: what the what-if calculator adds deals to',
        querystring: whatIfQuerySchema,
        response: { 200: compWhatIfBasisSchema, ...errorResponses },
      },
    },
    async (request) => whatIfBasis(db, principalOf(request).scope, clock, request.query.period),
  );
};
