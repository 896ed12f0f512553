import type { ActivityOutcome, ActivityType } from '@pacer/core';
import { type Icon, IconMail, IconMapPin, IconPhone, IconPresentation, IconUsers } from '@tabler/icons-react';

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

export const typeIcons: Record<QuickLogType, Icon> = {
  call: IconPhone,
  visit: IconMapPin,
  meeting: IconUsers,
  email: IconMail,
  presentation: IconPresentation,
};

/** The outcomes that make sense for each kind, the likeliest first. */
export const outcomesFor: Record<QuickLogType, readonly ActivityOutcome[]> = {
  call: [
    'connected',
    'no_answer',
    'left_message',
    'busy',
    'appointment_booked',
    'follow_up_needed',
    'not_interested',
    'wrong_number',
  ],
  visit: ['completed', 'appointment_booked', 'presentation_held', 'follow_up_needed', 'not_interested'],
  meeting: ['completed', 'appointment_booked', 'presentation_held', 'follow_up_needed', 'not_interested'],
  email: ['completed', 'follow_up_needed', 'appointment_booked', 'not_interested'],
  presentation: ['presentation_held', 'follow_up_needed', 'appointment_booked', 'not_interested'],
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
