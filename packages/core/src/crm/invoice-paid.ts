import type { LocalDate } from '../periods/local-date';
import type { StageKind } from './vocabulary';

/**
 * Checks the day a deal's invoice was paid: only a won deal has an invoice to pay, and a payment
 * is recorded once it happened (a future day would pay commission in advance). Clearing it is
 * always allowed, so a deal reopened since can still be corrected.
 */
export const invoicePaidProblem = (
  kind: StageKind,
  invoicePaidOn: LocalDate | null,
  today: LocalDate,
): string | null => {
  if (invoicePaidOn === null) return null;
  if (kind !== 'won') return 'Only a won deal has an invoice to mark paid';
  if (invoicePaidOn > today) return 'The invoice cannot be paid after today';
  return null;
};
