import { isAmount } from '../money/money';

/**
 * Reading the cells of an imported file: dates as people and other CRMs write them, amounts with
 * currency signs and thousands separators, yes/no in its many spellings. Each parser answers the
 * canonical text Pacer stores, or a message a sales-ops person can act on.
 */

/** How the day, month and year of a date are ordered when the year does not come first. */
export type DateOrder = 'iso' | 'dmy' | 'mdy';

export type CellResult = { ok: true; value: string } | { ok: false; message: string };

const ok = (value: string): CellResult => ({ ok: true, value });
const fail = (message: string): CellResult => ({ ok: false, message });

const pad2 = (n: number) => String(n).padStart(2, '0');

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const isCalendarDay = (year: number, month: number, day: number) => {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

const fullYear = (text: string) => {
  const year = Number(text);
  if (text.length > 2) return year;
  // Two-digit years: 00–69 are this century, 70–99 the last (as spreadsheets guess).
  return year < 70 ? 2000 + year : 1900 + year;
};

const dayText = (year: number, month: number, day: number): CellResult =>
  isCalendarDay(year, month, day)
    ? ok(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`)
    : fail('Not a calendar date');

const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const numericDate = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;
const dayMonthName = /^(\d{1,2})[-\s.]+([a-z]{3,9})\.?[-\s,.]+(\d{2}|\d{4})$/i;
const monthNameDay = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{2}|\d{4})$/i;

const monthOf = (name: string) => months[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)];

/** A calendar day as YYYY-MM-DD, from ISO, day-first or month-first text, or with an English month name. */
export const parseDateCell = (text: string, order: DateOrder): CellResult => {
  const value = text.trim();
  // An instant or a date with a time: the day part is what a date field keeps.
  const head = /^\d{4}-\d{2}-\d{2}[T ]/.test(value) ? value.slice(0, 10) : value;
  let match = isoDate.exec(head);
  if (match) return dayText(Number(match[1]), Number(match[2]), Number(match[3]));
  match = dayMonthName.exec(value);
  if (match) {
    const month = monthOf(match[2] as string);
    return month ? dayText(fullYear(match[3] as string), month, Number(match[1])) : fail('Unknown month name');
  }
  match = monthNameDay.exec(value);
  if (match) {
    const month = monthOf(match[1] as string);
    return month ? dayText(fullYear(match[3] as string), month, Number(match[2])) : fail('Unknown month name');
  }
  match = numericDate.exec(value);
  if (match) {
    if (order === 'iso') return fail('Day and month order is unclear: choose the date format DD/MM/YYYY or MM/DD/YYYY');
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return dayText(fullYear(match[3] as string), month, day);
  }
  return fail(order === 'iso' ? 'Not a date: use YYYY-MM-DD' : 'Not a date');
};

const timePart = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*(am|pm)?$/i;

/** A time of day as HH:MM:SS, from 24-hour or 12-hour (am/pm) text. */
export const parseTimeCell = (text: string): CellResult => {
  const match = timePart.exec(text.trim());
  if (!match) return fail('Not a time: use HH:MM');
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  const meridiem = match[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return fail('Not a time');
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return fail('Not a time');
  return ok(`${pad2(hour)}:${pad2(minute)}:${pad2(second)}`);
};

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const canonicalInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * An instant. Text with a zone (Z or an offset) becomes UTC, `2024-03-15T10:30:00.000Z`; text
 * without one is a wall-clock time, `2024-03-15 10:30:00`, placed in the org's time zone on import.
 * A date alone is midnight.
 */
export const parseDateTimeCell = (text: string, order: DateOrder): CellResult => {
  const value = text.trim();
  if (isoInstant.test(value)) {
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return fail('Not a date and time');
    // Already in the canonical form, and a real day (Date rolls 02-30 over to March): keep the text.
    if (canonicalInstant.test(value) && instant.getUTCDate() === Number(value.slice(8, 10))) return ok(value);
    return ok(instant.toISOString());
  }
  const split = /^(.+?)(?:[T\s]+|,\s*)(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,6})?)?\s*(?:am|pm)?)$/i.exec(value);
  const date = parseDateCell(split ? (split[1] as string) : value, order);
  if (!date.ok) return date;
  const time = split ? parseTimeCell(split[2] as string) : ok('00:00:00');
  if (!time.ok) return time;
  return ok(`${date.value} ${time.value}`);
};

const currencyNoise = /[\s\u00a0'’]|[$€£¥₹₩₽¢]|^[A-Z]{3}|[A-Z]{3}$/g;

/** An exact decimal amount: "$1,234.50", "1.234,50 €", "EUR 1 234,5", "(100)" are all understood. */
export const parseAmountCell = (text: string): CellResult => {
  let value = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  value = value.replace(currencyNoise, '');
  if (value.startsWith('-')) {
    negative = !negative;
    value = value.slice(1);
  } else if (value.startsWith('+')) value = value.slice(1);
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both separators: the later one is the decimal point.
    value = lastComma > lastDot ? value.replaceAll('.', '').replace(',', '.') : value.replaceAll(',', '');
  } else if (lastComma >= 0) {
    // "1,234,567" groups thousands; "12,5" is a decimal comma.
    value = /^\d{1,3}(,\d{3})+$/.test(value) ? value.replaceAll(',', '') : value.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?$/.test(value)) return fail('Not an amount: use a number like 1234.50');
  const [whole = '0', fraction = ''] = value.split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  if (decimals.length > 4) return fail('At most 4 decimals');
  const canonical = `${negative && (digits !== '0' || decimals) ? '-' : ''}${digits}${decimals ? `.${decimals}` : ''}`;
  return isAmount(canonical) ? ok(canonical) : fail('Too large: at most 15 digits before the decimal point');
};

/** A whole number within the field's range; "1,200" and "12.0" are accepted. */
export const parseIntegerCell = (text: string, min = 0, max = 2_147_483_647): CellResult => {
  const amount = parseAmountCell(text);
  if (!amount.ok || amount.value.includes('.')) return fail('Not a whole number');
  const value = Number(amount.value);
  if (value < min || value > max) return fail(`Must be between ${min} and ${max}`);
  return ok(String(value));
};

/** Minutes, from "90", "1:30" (hours and minutes) or "01:30:00". */
export const parseDurationCell = (text: string): CellResult => {
  const value = text.trim();
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (clock) {
    const minutes = Number(clock[1]) * 60 + Number(clock[2]) + (Number(clock[3] ?? 0) >= 30 ? 1 : 0);
    return minutes <= 24 * 60 ? ok(String(minutes)) : fail('At most 24 hours');
  }
  return parseIntegerCell(value, 0, 24 * 60);
};

const truthy = new Set([
  'true',
  't',
  'yes',
  'y',
  '1',
  'x',
  '✓',
  '✔',
  'checked',
  'on',
  'done',
  'completed',
  'ja',
  'oui',
  'si',
  'sí',
]);
const falsy = new Set([
  'false',
  'f',
  'no',
  'n',
  '0',
  '-',
  'unchecked',
  'off',
  'to do',
  'todo',
  'not done',
  'open',
  'not started',
  'in progress',
  'waiting on someone else',
  'deferred',
  'nein',
  'non',
]);

/** Yes or no, as `t` or `f`: true/false, yes/no, 1/0, x, checked, done/to do, completed/not started. */
export const parseBooleanCell = (text: string): CellResult => {
  const value = text.trim().toLowerCase();
  if (truthy.has(value)) return ok('t');
  if (falsy.has(value)) return ok('f');
  return fail('Not yes or no: use true or false');
};

/** Lower-case letters and digits only: "Closed - Won" and "closed_won" compare alike. */
export const normalizeWord = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * One of a fixed list of values, matched loosely (case, spaces and punctuation ignored) against the
 * values themselves and the other names other systems give them.
 */
export const parseChoiceCell = (
  text: string,
  options: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = {},
): CellResult => {
  const word = normalizeWord(text);
  for (const option of options) {
    if (normalizeWord(option) === word) return ok(option);
  }
  for (const [option, names] of Object.entries(aliases)) {
    if (names.some((name) => normalizeWord(name) === word)) return ok(option);
  }
  return fail(`Not one of: ${options.join(', ')}`);
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address, trimmed and lower-cased. */
export const parseEmailCell = (text: string): CellResult => {
  const value = text.trim().toLowerCase();
  if (value.length > 254 || !emailPattern.test(value)) return fail('Not an e-mail address');
  return ok(value);
};
