import type { ActivityOutcome, ActivityType } from '@pacer/core';

/** The kinds of activity the quick-log offers, in the order of the picker, each with its key after L. */
export const quickLogTypes = ['call', 'visit', 'meeting', 'email', 'presentation'] as const;
export type QuickLogType = (typeof quickLogTypes)[number] & ActivityType;

export const typeKeys: Record<QuickLogType, string> = {
  call: 'c',
  visit: 'v',
  meeting: 'm',
  email: 'e',
  presentation: 'p',
};

/** What is picked before anyone touches the outcome, so a call logs with two keys and the notes. */
export const defaultOutcome: Record<QuickLogType, ActivityOutcome | null> = {
  call: 'connected',
  visit: 'completed',
  meeting: 'completed',
  email: null,
  presentation: 'presentation_held',
};

/** The quick-log kind a key pressed after L stands for. */
export const typeForKey = (key: string): QuickLogType | undefined =>
  quickLogTypes.find((type) => typeKeys[type] === key.toLowerCase());
