import { formatLocalDate, localDateOf, parseLocalDate } from '@pacer/core';
import i18next from 'i18next';

const locale = (): string => (i18next.language === 'de' ? 'de-DE' : 'en-GB');

/** Today in the org's time zone, YYYY-MM-DD: the day a rep's report is cut in. */
export const todayIn = (timeZone: string, now = new Date()): string => localDateOf(now, timeZone);

/** The day `count` days after (or before) a day. */
export const shiftDay = (day: string, count: number): string => {
  const { year, month, day: date } = parseLocalDate(day);
  const shifted = new Date(Date.UTC(year, month - 1, date + count));
  return formatLocalDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
};

/** A day as the reader says it, with its weekday: "Mon, 2 Mar 2026" / "Mo., 2. März 2026". */
export const formatDay = (day: string, style: 'long' | 'short' = 'long'): string => {
  const { year, month, day: date } = parseLocalDate(day);
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
};

/** The time of day of an instant in the org's time zone, e.g. 14:05. */
export const formatTimeIn = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));

/** HH:mm of an instant in a time zone, for a time input. */
export const timeOfDayIn = (instant: Date, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('hour')}:${get('minute')}`;
};

// How far a time zone is ahead of UTC at an instant, in milliseconds.
const offsetAt = (instant: Date, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
};

/** The instant a wall-clock time on a day is in a time zone, as ISO 8601 in UTC. */
export const instantOn = (day: string, time: string, timeZone: string): string => {
  const { year, month, day: date } = parseLocalDate(day);
  const [hours = 12, minutes = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hours, minutes);
  // Twice, so a day where the offset changes (summer time) still lands right.
  const first = wall - offsetAt(new Date(wall), timeZone);
  return new Date(wall - offsetAt(new Date(first), timeZone)).toISOString();
};
