import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueMessage } from '../../lib/validation';

/*
 * The comp contracts and the engine's plan checks speak English; these are their words in the
 * reader's language, so an error shows on its field as the rest of the form reads.
 */

type CompIssue =
  | 'rateOrTiers'
  | 'firstTier'
  | 'tiersUp'
  | 'overlayFlat'
  | 'lineOrPriority'
  | 'rateOrMultiplier'
  | 'productOrLine'
  | 'windowBackwards'
  | 'amountOrPercent'
  | 'capNeeded'
  | 'idsUnique'
  | 'baseNeeded'
  | 'positive'
  | 'number'
  | 'negative'
  | 'date'
  | 'pickOne'
  | 'endsBefore';

const fixed: Record<string, CompIssue> = {
  'Give either a flat rate or tiers': 'rateOrTiers',
  'The first tier starts at 0': 'firstTier',
  'Tiers go up in attainment': 'tiersUp',
  'An overlay pays a flat rate': 'overlayFlat',
  'Match either a product line or a priority': 'lineOrPriority',
  'Give either a rate or a multiplier': 'rateOrMultiplier',
  'Give either a product or a product line': 'productOrLine',
  'The window ends before it starts': 'windowBackwards',
  'Give either an amount or a percent of base': 'amountOrPercent',
  'Give a cap per period, per deal, or both': 'capNeeded',
  'Ids must be unique': 'idsUnique',
  'A percent-of-base bonus needs the base salary': 'baseNeeded',
  'Must be > 0': 'positive',
  'Use a plain decimal number like 1234.50': 'number',
  'Must not be negative': 'negative',
  'Use YYYY-MM-DD': 'date',
  'Not a calendar date': 'date',
  'Give exactly one of repId, teamId or role': 'pickOne',
  'Ends before it starts': 'endsBefore',
};

/** One issue of a comp contract as a sentence in the reader's language. */
export const compIssueMessage = (issue: z.core.$ZodIssue, t: TFunction): string => {
  const key = fixed[issue.message];
  if (key) return t(`comp.issues.${key}`);
  const single = /^One (\w+) per plan$/.exec(issue.message);
  if (single) return t('comp.issues.onePerPlan', { kind: t(`comp.terms.kinds.${single[1] as 'cap'}`) });
  const decimals = /^Too many decimals for (\w+)$/.exec(issue.message);
  if (decimals) return t('comp.issues.decimals', { currency: decimals[1] });
  return issueMessage(issue, t);
};

/** Zod issues as form errors by dotted path, the first one per field. */
export const compIssuesToErrors = (issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = compIssueMessage(issue, t);
  }
  return errors;
};
