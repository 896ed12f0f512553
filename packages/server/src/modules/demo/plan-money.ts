/** Exact money for the planner: whole cents as integers, written as decimal strings. */

/** "1234.50" from 123450 cents. */
export const centsText = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/**
 * quantity × unit price × (1 − discount / 100), rounded half-up to the cent once: the rule of
 * `lineItemTotal` in core, in integers (exact while the product stays below 2^53).
 */
export const lineTotalCents = (quantity: number, unitCents: number, discountPercent: number): number =>
  Math.floor((quantity * unitCents * (100 - discountPercent) + 50) / 100);
