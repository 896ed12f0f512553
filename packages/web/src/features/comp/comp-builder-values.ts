import type { UseFormReturnType } from '@mantine/form';
import {
  addCompPlanVersionSchema,
  type CompComponent,
  type CompComponentKind,
  type CompTierMode,
  createCompPlanSchema,
  type ProductLinePriority,
  planProblems,
} from '@pacer/core';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { amountText } from '../goals/goal-form-values';
import { compIssuesToErrors } from './comp-issues';

/*
 * The plan builder's values: every component holds the fields of every kind as typed text (so a
 * change of mind keeps what was typed), and the API input keeps only the fields of its kind.
 * Paths match the contract's (terms.components.2.tiers.1.fromPercent), so its errors land on
 * their inputs.
 */

export interface TierValues {
  key: string;
  fromPercent: string;
  ratePercent: string;
}

export interface RuleValues {
  key: string;
  match: 'line' | 'priority';
  productLineId: string | null;
  priority: ProductLinePriority | null;
  effect: 'multiplier' | 'rate';
  multiplier: string;
  ratePercent: string;
}

export interface ComponentValues {
  key: string;
  kind: CompComponentKind;
  id: string;
  name: string;
  rateType: 'flat' | 'tiered';
  ratePercent: string;
  tiers: TierValues[];
  tierMode: CompTierMode;
  /** Commission: a manager's overlay on their teams' won deals instead of their own. */
  overlay: boolean;
  rules: RuleValues[];
  spiffTarget: 'product' | 'line';
  productId: string | null;
  productLineId: string | null;
  per: 'unit' | 'deal';
  amount: string;
  startsOn: string;
  endsOn: string;
  goalId: string | null;
  bonusType: 'fixed' | 'percent';
  percentOfBase: string;
  perPeriod: string;
  perDeal: string;
  recoverable: boolean;
  windowDays: string;
}

export interface PlanValues extends Record<string, unknown> {
  name: string;
  currency: string;
  effectiveFrom: string;
  note: string;
  terms: { baseSalary: string; payOnlyWhenInvoicePaid: boolean; components: ComponentValues[] };
}

export type PlanForm = UseFormReturnType<PlanValues>;

/** Kinds a plan holds at most once (the engine's rule). */
export const singleKinds: readonly CompComponentKind[] = ['product_line', 'cap', 'draw', 'clawback'];

let counter = 0;
/** A React key for a new row; never sent. */
export const rowKey = (): string => `row-${++counter}`;

export const newTier = (fromPercent = '', ratePercent = ''): TierValues => ({
  key: rowKey(),
  fromPercent,
  ratePercent,
});

export const newRule = (): RuleValues => ({
  key: rowKey(),
  match: 'priority',
  productLineId: null,
  priority: 'push',
  effect: 'multiplier',
  multiplier: '',
  ratePercent: '',
});

/** A fresh component of a kind, with an id no other component of the plan has. */
export const newComponent = (kind: CompComponentKind, taken: readonly ComponentValues[], today: string) => {
  const ids = new Set(taken.map((component) => component.id));
  let id = kind.replace('_', '-');
  for (let n = 2; ids.has(id); n++) id = `${kind.replace('_', '-')}-${n}`;
  const values: ComponentValues = {
    key: rowKey(),
    kind,
    id,
    name: '',
    rateType: 'flat',
    ratePercent: '',
    tiers: [newTier('0')],
    tierMode: 'marginal',
    overlay: false,
    rules: [newRule()],
    spiffTarget: 'product',
    productId: null,
    productLineId: null,
    per: 'unit',
    amount: '',
    startsOn: today,
    endsOn: '',
    goalId: null,
    bonusType: 'fixed',
    percentOfBase: '',
    perPeriod: '',
    perDeal: '',
    recoverable: true,
    windowDays: '90',
  };
  return values;
};

const blank = (text: string): string | undefined => amountText(text).trim() || undefined;

/** One component as the contract takes it: the fields of its kind, blanks left out. */
const componentInputOf = (c: ComponentValues): Record<string, unknown> => {
  const head = { kind: c.kind, id: c.id, name: c.name.trim() || undefined };
  switch (c.kind) {
    case 'commission':
      return c.rateType === 'flat'
        ? { ...head, ratePercent: blank(c.ratePercent), overlay: c.overlay || undefined }
        : {
            ...head,
            overlay: c.overlay || undefined,
            tiers: c.tiers.map((tier) => ({
              fromPercent: amountText(tier.fromPercent),
              ratePercent: amountText(tier.ratePercent),
            })),
            tierMode: c.tierMode,
          };
    case 'product_line':
      return {
        ...head,
        rules: c.rules.map((rule) => ({
          productLineId: rule.match === 'line' ? (rule.productLineId ?? undefined) : undefined,
          priority: rule.match === 'priority' ? (rule.priority ?? undefined) : undefined,
          ratePercent: rule.effect === 'rate' ? blank(rule.ratePercent) : undefined,
          multiplier: rule.effect === 'multiplier' ? blank(rule.multiplier) : undefined,
        })),
      };
    case 'spiff':
      return {
        ...head,
        productId: c.spiffTarget === 'product' ? (c.productId ?? undefined) : undefined,
        productLineId: c.spiffTarget === 'line' ? (c.productLineId ?? undefined) : undefined,
        per: c.per,
        amount: blank(c.amount),
        startsOn: c.startsOn,
        endsOn: c.endsOn,
      };
    case 'goal_bonus':
      return {
        ...head,
        goalId: c.goalId ?? '',
        amount: c.bonusType === 'fixed' ? blank(c.amount) : undefined,
        percentOfBase: c.bonusType === 'percent' ? blank(c.percentOfBase) : undefined,
      };
    case 'cap':
      return { ...head, perPeriod: blank(c.perPeriod), perDeal: blank(c.perDeal) };
    case 'draw':
      return { ...head, amount: blank(c.amount), recoverable: c.recoverable };
    case 'clawback':
      return { ...head, windowDays: c.windowDays.trim() === '' ? undefined : Number(c.windowDays) };
  }
};

/** The terms as the contract takes them. */
export const termsInputOf = (terms: PlanValues['terms']) => ({
  baseSalary: blank(terms.baseSalary),
  payOnlyWhenInvoicePaid: terms.payOnlyWhenInvoicePaid || undefined,
  components: terms.components.map(componentInputOf),
});

/** The new plan's input (name, currency, version 1 from a day, its terms). */
export const createInputOf = (values: PlanValues) => ({
  name: values.name,
  currency: values.currency,
  effectiveFrom: values.effectiveFrom,
  note: values.note.trim() || undefined,
  terms: termsInputOf(values.terms),
});

/** A new version's input: from a day, its terms, why. */
export const versionInputOf = (values: PlanValues) => ({
  effectiveFrom: values.effectiveFrom,
  note: values.note.trim() || undefined,
  terms: termsInputOf(values.terms),
});

/** Check a new plan with the contract the server uses; errors by field, in the reader's language. */
export const validateNewPlan = (values: PlanValues, t: TFunction): Record<string, string> => {
  const result = createCompPlanSchema.safeParse(createInputOf(values));
  return result.success ? {} : compIssuesToErrors(result.error.issues, t);
};

/** A new version: the contract's field checks, then the engine's plan checks in the plan's currency. */
export const validateNewVersion = (values: PlanValues, currency: string, t: TFunction): Record<string, string> => {
  const result = addCompPlanVersionSchema.safeParse(versionInputOf(values));
  if (!result.success) return compIssuesToErrors(result.error.issues, t);
  const problems = planProblems({
    currency,
    ...result.data.terms,
    components: result.data.terms.components as CompComponent[],
  });
  const issues = problems.map(
    (problem) =>
      ({
        code: 'custom',
        message: problem.message,
        path: ['terms', ...problem.path],
        input: undefined,
      }) as z.core.$ZodIssue,
  );
  return compIssuesToErrors(issues, t);
};
