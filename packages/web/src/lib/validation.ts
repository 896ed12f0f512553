import type { TFunction } from 'i18next';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

// Custom checks in the core contracts carry English messages; these are their translations.
const customMessages: Record<string, 'repTypeRequired' | 'repTypeOnlyForReps' | 'currency' | 'timeZone'> = {
  'A rep needs a rep type': 'repTypeRequired',
  'Only reps have a rep type': 'repTypeOnlyForReps',
  'Not an ISO 4217 currency code': 'currency',
  'Not an IANA time zone': 'timeZone',
};

/** One zod issue as a sentence in the reader's language. */
export const issueMessage = (issue: Issue, t: TFunction): string => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('validation.required')
          : t('validation.minLength', { min: Number(issue.minimum) });
      }
      return t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.maxLength', { max: Number(issue.maximum) })
        : t('validation.invalid');
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_type':
    case 'invalid_value':
      return t('validation.required');
    case 'custom': {
      const key = customMessages[issue.message];
      return key ? t(`validation.${key}`) : issue.message;
    }
    default:
      return issue.message || t('validation.invalid');
  }
};

/** Zod issues as Mantine form errors: the first message per dotted field path. */
export const issuesToErrors = (issues: readonly Issue[], t: TFunction): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issueMessage(issue, t);
  }
  return errors;
};
