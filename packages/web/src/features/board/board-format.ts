import i18next from 'i18next';

const locale = (): string => (i18next.language === 'de' ? 'de-DE' : 'en-GB');

type DecimalText = `${number}`;

/** Whether a decimal string has nothing but zeros after the point ("1200.00" yes, "1200.50" no). */
const isWhole = (amount: string): boolean => !/\.\d*[1-9]/.test(amount);

/**
 * A money amount exactly as the server sent it: Intl formats the decimal string itself, so no
 * float ever touches it. Whole amounts drop the cents to keep column headers short.
 */
export const formatAmount = (amount: string, currency: string): string => {
  try {
    return new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency,
      ...(isWhole(amount) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(amount as DecimalText);
  } catch {
    return `${amount} ${currency}`;
  }
};

/** Several sums in different currencies, one after the other ("€12,000 · $3,500"). */
export const formatAmounts = (amounts: readonly { currency: string; sum: string }[]): string =>
  amounts.map((amount) => formatAmount(amount.sum, amount.currency)).join(' · ');

/** A calendar day (YYYY-MM-DD) as a short date; the year only when it is not this year's. */
export const formatDay = (day: string, today: string): string => {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
};
