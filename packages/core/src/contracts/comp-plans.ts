import { z } from 'zod';
import { explanationCodes } from '../comp/explanation';
import { planProblems } from '../comp/plan-problems';
import { idSchema, instantSchema, nameSchema, pageQuerySchema } from './common';
import { compComponentKinds, compPlanVersionSchema } from './comp';
import { currencyCodeSchema } from './org';
import { localDateSchema } from './records';

/*
 * Comp plans as the API keeps them: a named plan in one currency, its versions (append-only, each
 * effective from a day), who it is assigned to for which days, and who acknowledged which version.
 * A version's terms are the engine's plan JSON (./comp) without the id and currency the plan gives.
 */

const versionShape = compPlanVersionSchema.shape;

/** Besides single reps and teams, a plan can be assigned to everyone of a role. */
export const compAssigneeRoles = ['rep', 'manager'] as const;
export type CompAssigneeRole = (typeof compAssigneeRoles)[number];

/** How an assignment reaches a rep; a rep's own beats their team's (nearest team first), which beats their role's. */
export const compAssignmentVias = ['rep', 'team', 'role'] as const;

/** A version's terms as an admin writes them: the components and the plan-wide settings. */
export const compPlanTermsSchema = z.object({
  baseSalary: versionShape.baseSalary,
  payOnlyWhenInvoicePaid: versionShape.payOnlyWhenInvoicePaid,
  components: versionShape.components,
});
export type CompPlanTerms = z.infer<typeof compPlanTermsSchema>;

/** The engine's own checks (tiers upwards, one cap, money fitting the currency), reported under `terms`. */
const checkTerms = (currency: string, terms: CompPlanTerms, ctx: z.RefinementCtx) => {
  for (const problem of planProblems({ currency, ...terms })) {
    ctx.addIssue({ code: 'custom', path: ['terms', ...problem.path], message: problem.message });
  }
};

/** The plan checks read amounts as numbers: they run once every field is well formed. */
const wellFormed = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

const noteSchema = z.string().trim().max(500).optional().describe('Why this version, kept with it');

export const createCompPlanSchema = z
  .object({
    name: nameSchema,
    currency: currencyCodeSchema.describe('Currency of the plan’s amounts and of its earnings'),
    effectiveFrom: localDateSchema.describe('The first day version 1 applies'),
    terms: compPlanTermsSchema,
    note: noteSchema,
  })
  .superRefine((input, ctx) => checkTerms(input.currency, input.terms, ctx), { when: wellFormed });
export type CreateCompPlanInput = z.infer<typeof createCompPlanSchema>;

/** A change of terms is a new version from a day on; earlier versions stay as they were. */
export const addCompPlanVersionSchema = z.object({
  effectiveFrom: localDateSchema.describe('The first day this version applies; not before the latest version’s'),
  terms: compPlanTermsSchema,
  note: noteSchema,
});
export type AddCompPlanVersionInput = z.infer<typeof addCompPlanVersionSchema>;

export const updateCompPlanSchema = z.object({ name: nameSchema });
export type UpdateCompPlanInput = z.infer<typeof updateCompPlanSchema>;

export const assignCompPlanSchema = z
  .object({
    repId: idSchema.optional(),
    teamId: idSchema.optional().describe('Its members and the members of its sub-teams'),
    role: z.enum(compAssigneeRoles).optional().describe('Everyone of this role'),
    startsOn: localDateSchema,
    endsOn: localDateSchema.nullable().optional().describe('The last day, included; none for open-ended'),
  })
  .superRefine((input, ctx) => {
    const targets = [input.repId, input.teamId, input.role].filter((target) => target !== undefined);
    if (targets.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['repId'], message: 'Give exactly one of repId, teamId or role' });
    }
    if (input.endsOn && input.endsOn < input.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Ends before it starts' });
    }
  });
export type AssignCompPlanInput = z.infer<typeof assignCompPlanSchema>;

/** Ending an assignment (a rep moving to another plan) or opening it again. */
export const updateCompAssignmentSchema = z.object({
  endsOn: localDateSchema.nullable().describe('The last day, included; null for open-ended'),
});
export type UpdateCompAssignmentInput = z.infer<typeof updateCompAssignmentSchema>;

export const compPlanListQuerySchema = pageQuerySchema.extend({
  archived: z.stringbool().default(false),
});
export type CompPlanListQuery = z.infer<typeof compPlanListQuerySchema>;

export const compPlanVersionParamsSchema = z.object({ id: idSchema, versionId: idSchema });
export const compAssignmentParamsSchema = z.object({ id: idSchema, assignmentId: idSchema });

/** Terms as stored; each component has the fields of its kind (see the plan input). */
export const compPlanTermsViewSchema = z
  .object({
    baseSalary: z.string().optional(),
    payOnlyWhenInvoicePaid: z.boolean().optional(),
    components: z.array(
      z.looseObject({ kind: z.enum(compComponentKinds), id: z.string(), name: z.string().optional() }),
    ),
  })
  .meta({ id: 'CompPlanTerms' });

export const compAcknowledgementSchema = z
  .object({
    planId: idSchema,
    versionId: idSchema,
    version: z.number().int(),
    repId: idSchema,
    repName: z.string(),
    acknowledgedAt: instantSchema,
  })
  .meta({ id: 'CompAcknowledgement' });
export type CompAcknowledgement = z.infer<typeof compAcknowledgementSchema>;

export const compPlanVersionViewSchema = z
  .object({
    id: idSchema,
    version: z.number().int().describe('1, 2, … in the order they were added'),
    effectiveFrom: z.string(),
    terms: compPlanTermsViewSchema,
    note: z.string().nullable(),
    createdBy: idSchema.nullable(),
    createdByName: z.string().nullable(),
    createdAt: instantSchema,
    acknowledgements: z
      .array(compAcknowledgementSchema)
      .describe('Who acknowledged this version, of the people you may see'),
  })
  .meta({ id: 'CompPlanVersionView' });
export type CompPlanVersionView = z.infer<typeof compPlanVersionViewSchema>;

export const compPlanAssignmentSchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    repId: idSchema.nullable(),
    repName: z.string().nullable(),
    teamId: idSchema.nullable(),
    teamName: z.string().nullable(),
    role: z.enum(compAssigneeRoles).nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable().describe('Null: open-ended'),
    createdAt: instantSchema,
  })
  .meta({ id: 'CompPlanAssignment' });
export type CompPlanAssignment = z.infer<typeof compPlanAssignmentSchema>;

const versionRefSchema = z.object({ id: idSchema, version: z.number().int(), effectiveFrom: z.string() });

export const compPlanSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    currency: z.string(),
    latestVersion: versionRefSchema.nullable().describe('The version added last'),
    assignmentCount: z.number().int().describe('Assignments you may see'),
    createdAt: instantSchema,
    archivedAt: instantSchema.nullable(),
  })
  .meta({ id: 'CompPlan' });
export type CompPlan = z.infer<typeof compPlanSchema>;

export const compPlanDetailSchema = compPlanSchema
  .extend({
    versions: z.array(compPlanVersionViewSchema).describe('Oldest first'),
    assignments: z.array(compPlanAssignmentSchema).describe('Those you may see, by start day'),
  })
  .meta({ id: 'CompPlanDetail' });
export type CompPlanDetail = z.infer<typeof compPlanDetailSchema>;

/** The plan a member is paid by today, and whether they acknowledged its version. */
export const myCompPlanSchema = z
  .object({
    on: z.string().describe('Today, in the org’s time zone'),
    current: z
      .object({
        plan: z.object({ id: idSchema, name: z.string(), currency: z.string() }),
        assignment: z.object({
          id: idSchema,
          via: z.enum(compAssignmentVias),
          startsOn: z.string(),
          endsOn: z.string().nullable(),
        }),
        version: compPlanVersionViewSchema,
        acknowledgedAt: instantSchema.nullable().describe('Null until you acknowledge this version'),
      })
      .nullable()
      .describe('Null when no plan is assigned to you today'),
  })
  .meta({ id: 'MyCompPlan' });
export type MyCompPlan = z.infer<typeof myCompPlanSchema>;

/** A period run: the earnings of every rep (or of one team's) for a span of days, from the plans, quotas and won deals. */
export const createCompRunSchema = z
  .object({
    periodStart: localDateSchema,
    periodEnd: localDateSchema,
    teamId: idSchema
      .optional()
      .describe(
        'Only the people of this team and its sub-teams. Admins: any team, or the whole org without it; managers: a team they manage or one below, or all their teams without it',
      ),
  })
  .refine((input) => input.periodEnd >= input.periodStart, { path: ['periodEnd'], message: 'Ends before it starts' });
export type CreateCompRunInput = z.infer<typeof createCompRunSchema>;

const moneySchema = z.object({ amount: z.string(), currency: z.string() });

/** The teams a run was made for, each with its sub-teams; none: the whole org. */
export const compRunTeamsSchema = z
  .array(z.object({ id: idSchema, name: z.string() }))
  .describe('The teams the run was made for (with their sub-teams), named as they were then; empty: the whole org');

export const compRunRepSchema = z.object({
  repId: idSchema,
  repName: z.string(),
  totals: z.array(moneySchema).describe('Sum of the rep’s lines, per currency'),
  attainment: z
    .object({ credited: z.string(), quota: z.string(), currency: z.string(), percent: z.string() })
    .nullable()
    .describe('Won credits against the rep’s won-revenue quota for exactly this period; null without one'),
  lineCount: z.number().int(),
  openCredits: z.number().int().describe('Credits that made no line: no plan on their day, or an unpaid invoice'),
});

export const compRunSchema = z
  .object({
    id: idSchema,
    periodStart: z.string(),
    periodEnd: z.string(),
    createdBy: idSchema.nullable(),
    createdAt: instantSchema,
    teams: compRunTeamsSchema,
    reps: z.array(compRunRepSchema).describe('Reps run with a plan or a credit in the period, by name'),
  })
  .meta({ id: 'CompRun' });
export type CompRun = z.infer<typeof compRunSchema>;

export const compRunLinesQuerySchema = z.object({ repId: idSchema.optional().describe('One rep’s lines') });

export const compEarningLineSchema = z
  .object({
    repId: idSchema,
    position: z.number().int().describe('Order within the rep’s lines, from 1'),
    planVersionId: idSchema,
    componentId: z.string(),
    componentKind: z.enum(compComponentKinds),
    dealId: idSchema.nullable(),
    dealName: z.string().nullable().describe('The deal’s name; null without a deal, or once the deal is deleted'),
    date: z.string().nullable(),
    base: z.string().nullable(),
    rate: z.string().nullable(),
    tier: z.number().int().nullable(),
    amount: z.string(),
    currency: z.string(),
    explanation: z.array(z.object({ code: z.enum(explanationCodes), params: z.record(z.string(), z.string()) })),
    text: z.string().describe('The explanation in English'),
  })
  .meta({ id: 'CompEarningLine' });
export type CompEarningLineView = z.infer<typeof compEarningLineSchema>;

export const compRunLinesSchema = z.object({
  runId: idSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  lines: z.array(compEarningLineSchema).describe('The lines you may see, by rep, in the engine’s order'),
});
