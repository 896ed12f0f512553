import { currencyMinorUnits, Money, roundToCurrency } from '@pacer/core';
import i18next from 'i18next';

const locale = (): string => (i18next.language === 'de' ? 'de-DE' : 'en-GB');

/** A date as the reader's language writes it, e.g. 3 Mar 2026 / 3. März 2026. */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
};

/** Date and time, for things that happened today or recently. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
};

/** Names of the twelve months in the reader's language, January first. */
export const monthNames = (): string[] => {
  const format = new Intl.DateTimeFormat(locale(), { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2024, index, 1))));
};

/** A currency's name in the reader's language, e.g. "Euro". Falls back to the code. */
export const currencyName = (code: string): string => {
  try {
    return new Intl.DisplayNames([locale()], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** Two letters for an avatar: first letters of the first and last word. */
export const initialsOf = (name: string): string => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
};

const amountPattern = /^-?\d+(\.\d+)?$/;

/**
 * An amount in its currency, exact: the decimal string is rounded half-up to the currency's minor
 * unit with decimal.js and handed to Intl as a string (no float on the way), e.g. "1234.5" EUR →
 * €1,234.50 / 1.234,50 €. Something that is not a decimal string is shown as it came.
 */
export const formatMoney = (amount: string | null | undefined, currency: string): string => {
  if (amount === null || amount === undefined || amount === '') return '';
  if (!amountPattern.test(amount)) return amount;
  try {
    const digits = currencyMinorUnits(currency);
    const format = new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return format.format(roundToCurrency(amount, currency) as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
};

/** A decimal string (quantity, percent) as the reader writes numbers, exact, without trailing zeros. */
export const formatDecimal = (value: string | number | null | undefined, maxDigits = 4): string => {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (!amountPattern.test(text)) return text;
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: maxDigits }).format(
    new Money(text).toDecimalPlaces(maxDigits).toFixed() as Intl.StringNumericLiteral,
  );
};

/** A whole number with the reader's grouping, e.g. 12,400 / 12.400. */
export const formatCount = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : new Intl.NumberFormat(locale()).format(value);

/** How long ago (or until) an instant, e.g. "3 hours ago" / "in 2 days". */
export const formatRelative = (iso: string | null | undefined, now: number = Date.now()): string => {
  if (!iso) return '';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['week', 7 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
};

/** A calendar day (YYYY-MM-DD) as the reader writes it, without shifting it through a time zone. */
export const formatDay = (day: string | null | undefined): string => {
  if (!day) return '';
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
};

/** Select options of named things (pipelines, product lines): the id picks, the name shows. */
export const namedOptions = (items: readonly { id: string; name: string }[] | undefined) =>
  (items ?? []).map((item) => ({ value: item.id, label: item.name }));

/** A clock time, e.g. 14:05, for when a board was last refreshed. */
export const formatTime = (instant: number): string =>
  new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
