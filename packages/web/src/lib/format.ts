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
