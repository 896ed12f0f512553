import type { UseFormReturnType } from '@mantine/form';
import {
  type CreateGoalInput,
  createGoalSchema,
  type GoalKind,
  type GoalScopeKind,
  goalBaselines,
  type goalPacings,
  type goalPeriodKindSchema,
  type MetricKey,
} from '@pacer/core';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueMessage } from '../../lib/validation';

/** What the new-goal form holds: text as typed, pickers as ids, the target as absolute or relative. */
export interface GoalValues extends Record<string, unknown> {
  name: string;
  kind: GoalKind;
  metric: MetricKey | null;
  scopeKind: GoalScopeKind;
  scopeId: string | null;
  /** The name of the picked rep, so the picker shows it before any search. */
  scopeName: string | null;
  accountIds: string[];
  productLineId: string | null;
  periodKind: z.infer<typeof goalPeriodKindSchema>;
  startsOn: string;
  endsOn: string;
  targetType: 'absolute' | 'relative';
  target: string;
  baseline: (typeof goalBaselines)[number];
  upliftPercent: string;
  checklist: boolean;
  /** A recurring quota: the next period starts by itself with the same target. */
  repeats: boolean;
  pacing: (typeof goalPacings)[number];
  note: string;
  rewardText: string;
  rewardAmount: string;
}

/** The new-goal form: what it holds, and the API input it submits. */
export type GoalForm = UseFormReturnType<GoalValues, CreateGoalInput>;

/** Scopes that name one region, team, rep or product line. */
export const scopesWithId: readonly GoalScopeKind[] = ['region', 'team', 'rep', 'product_line'];

/** Scopes a goal may narrow to one product line (a quota per product line). */
export const scopesWithProductLine: readonly GoalScopeKind[] = ['region', 'team', 'rep'];

export const initialGoalValues = (today: string): GoalValues => ({
  name: '',
  kind: 'goal',
  metric: 'won_revenue',
  scopeKind: 'org',
  scopeId: null,
  scopeName: null,
  accountIds: [],
  productLineId: null,
  periodKind: 'month',
  startsOn: today,
  endsOn: '',
  targetType: 'absolute',
  target: '',
  baseline: goalBaselines[0],
  upliftPercent: '',
  checklist: false,
  repeats: false,
  pacing: 'linear',
  note: '',
  rewardText: '',
  rewardAmount: '',
});

const blankToUndefined = (text: string): string | undefined => text.trim() || undefined;
const blankToNull = (text: string): string | null => text.trim() || null;

/**
 * A typed number as the API takes it: spaces go, and a decimal comma with one or two digits
 * ("1250,5") becomes a point; "1,000" stays ambiguous and is refused by the contract.
 */
export const amountText = (text: string): string => {
  const compact = text.replace(/\s/g, '');
  return /^-?\d+,\d{1,2}$/.test(compact) ? compact.replace(',', '.') : compact;
};

/** The API input of the form: fields that do not apply to the chosen scope, period or target type are left out. */
export const goalInputOf = (values: GoalValues): Record<string, unknown> => {
  const absolute = values.targetType === 'absolute';
  const accountSet = values.scopeKind === 'account_set';
  return {
    name: values.name,
    kind: values.kind,
    metric: values.metric ?? undefined,
    scopeKind: values.scopeKind,
    scopeId: scopesWithId.includes(values.scopeKind) ? (values.scopeId ?? undefined) : undefined,
    accountIds: accountSet && values.accountIds.length > 0 ? values.accountIds : undefined,
    productLineId: scopesWithProductLine.includes(values.scopeKind) ? values.productLineId : undefined,
    periodKind: values.periodKind,
    startsOn: values.startsOn,
    endsOn: values.periodKind === 'custom' ? blankToUndefined(values.endsOn) : undefined,
    target: absolute ? blankToUndefined(amountText(values.target)) : undefined,
    baseline: absolute ? undefined : values.baseline,
    upliftPercent: absolute ? undefined : blankToUndefined(amountText(values.upliftPercent)),
    checklist: accountSet && values.checklist,
    repeats: absolute && values.periodKind !== 'custom' && values.repeats,
    pacing: values.pacing,
    note: blankToNull(values.note),
    rewardText: blankToNull(values.rewardText),
    rewardAmount: blankToNull(amountText(values.rewardAmount)),
  };
};

// The contract's own checks speak English; these are their words in the reader's language.
const goalMessages: Record<string, 'required' | 'target' | 'deadlineBefore' | 'accounts' | 'number' | 'negative'> = {
  'Give either a target or a baseline': 'target',
  'Required with a baseline': 'required',
  'A custom period needs its deadline': 'required',
  'The deadline is before the start': 'deadlineBefore',
  'Name the region, team, rep or product line': 'required',
  'Accounts belong to an account_set goal only': 'accounts',
  'Use a plain decimal number like 1234.50': 'number',
  'Must not be negative': 'negative',
  'Use YYYY-MM-DD': 'required',
};

/** Zod issues as form errors by field, the contract's English checks in the reader's language. */
export const goalIssuesToErrors = (issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (path in errors) continue;
    const key = goalMessages[issue.message];
    errors[path] = key ? t(`goals.form.errors.${key}`) : issueMessage(issue, t);
  }
  return errors;
};

/** Check the form with the contract the server uses; errors by field, in the reader's language. */
export const validateGoal = (values: GoalValues, t: TFunction): Record<string, string> => {
  const result = createGoalSchema.safeParse(goalInputOf(values));
  return result.success ? {} : goalIssuesToErrors(result.error.issues, t);
};

/** The API input to send, parsed (defaults applied) when it passes the contract. */
export const parseGoalInput = (values: GoalValues): CreateGoalInput => {
  const result = createGoalSchema.safeParse(goalInputOf(values));
  return result.success ? result.data : (goalInputOf(values) as CreateGoalInput);
};
