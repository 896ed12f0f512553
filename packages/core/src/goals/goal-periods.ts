import { assertFiscalStartMonth, type DateRange, fiscalQuarterOf, fiscalYearOf } from '../periods/fiscal-year';
import { daysInMonth, formatLocalDate, type LocalDate, parseLocalDate } from '../periods/local-date';

/** How a goal's period is cut: ISO week, calendar month, fiscal quarter, fiscal year, or any span of days. */
export const goalPeriodKinds = ['day', 'week', 'month', 'quarter', 'year', 'custom'] as const;
export type GoalPeriodKind = (typeof goalPeriodKinds)[number];

/** ISO weekdays (1 = Monday … 7 = Sunday) a rep works on unless the org says otherwise. */
export const defaultWorkingWeekdays: readonly number[] = [1, 2, 3, 4, 5];

const dayMs = 86_400_000;

/** Days since 1970-01-01; throws on a day that does not exist (Date would roll 30 February into March). */
const dayNumberOf = (day: LocalDate): number => {
  const { year, month, day: date } = parseLocalDate(day);
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar day: ${day}`);
  }
  return Date.parse(`${day}T00:00:00Z`) / dayMs;
};

const dayOf = (dayNumber: number): LocalDate => new Date(dayNumber * dayMs).toISOString().slice(0, 10);

/** The day `n` days after (or before, when negative) a day. */
export const addDays = (day: LocalDate, n: number): LocalDate => {
  if (!Number.isInteger(n)) throw new RangeError(`days to add must be a whole number, got ${n}`);
  return dayOf(dayNumberOf(day) + n);
};

/** How many days from `a` to `b`, both included; 0 when `b` is before `a`. */
export const daysBetween = (a: LocalDate, b: LocalDate): number => Math.max(dayNumberOf(b) - dayNumberOf(a) + 1, 0);

// 1970-01-01 was a Thursday (ISO 4).
const weekdayOfNumber = (dayNumber: number): number => ((((dayNumber + 3) % 7) + 7) % 7) + 1;

/** The ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export const isoWeekdayOf = (day: LocalDate): number => weekdayOfNumber(dayNumberOf(day));

export const assertDateRange = (range: DateRange): void => {
  if (dayNumberOf(range.start) > dayNumberOf(range.end)) {
    throw new RangeError(`a period must not end (${range.end}) before it starts (${range.start})`);
  }
};

const assertWorkingWeekdays = (weekdays: readonly number[]): void => {
  for (const weekday of weekdays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`working weekdays are ISO weekdays 1–7, got ${weekday}`);
    }
  }
};

/** Whether a day is one of the working weekdays (ISO, Monday–Friday unless told otherwise). Holidays are not known here. */
export const isWorkingDay = (day: LocalDate, workingWeekdays: readonly number[] = defaultWorkingWeekdays): boolean => {
  assertWorkingWeekdays(workingWeekdays);
  return workingWeekdays.includes(isoWeekdayOf(day));
};

/** How many working days a range holds, both ends included. Counted by whole weeks, so a long range costs nothing. */
export const workingDaysIn = (
  range: DateRange,
  workingWeekdays: readonly number[] = defaultWorkingWeekdays,
): number => {
  assertDateRange(range);
  assertWorkingWeekdays(workingWeekdays);
  const working = new Set(workingWeekdays);
  const first = dayNumberOf(range.start);
  const length = dayNumberOf(range.end) - first + 1;
  let count = Math.floor(length / 7) * working.size;
  for (let offset = length - (length % 7); offset < length; offset++) {
    if (working.has(weekdayOfNumber(first + offset))) count++;
  }
  return count;
};

const calendarMonthOf = (day: LocalDate): DateRange => {
  const { year, month } = parseLocalDate(day);
  return { start: formatLocalDate(year, month, 1), end: formatLocalDate(year, month, daysInMonth(year, month)) };
};

/** The period of a kind that contains a day: the day, its ISO week (Monday–Sunday), calendar month, fiscal quarter or fiscal year. */
export const goalPeriodOf = (
  kind: Exclude<GoalPeriodKind, 'custom'>,
  day: LocalDate,
  fiscalStartMonth: number,
): DateRange => {
  assertFiscalStartMonth(fiscalStartMonth);
  switch (kind) {
    case 'day':
      return { start: day, end: day };
    case 'week': {
      const monday = dayNumberOf(day) - (weekdayOfNumber(dayNumberOf(day)) - 1);
      return { start: dayOf(monday), end: dayOf(monday + 6) };
    }
    case 'month':
      return calendarMonthOf(day);
    case 'quarter': {
      const { start, end } = fiscalQuarterOf(day, fiscalStartMonth);
      return { start, end };
    }
    case 'year': {
      const { start, end } = fiscalYearOf(day, fiscalStartMonth);
      return { start, end };
    }
    default:
      throw new RangeError(`no period of kind ${String(kind)} contains a day by itself`);
  }
};

/**
 * The period after `range`: for week, month, quarter and year the one of that kind containing the
 * day after `range` ends (so a part period is followed by a whole one); for custom, as many days
 * right after.
 */
export const nextGoalPeriod = (kind: GoalPeriodKind, range: DateRange, fiscalStartMonth: number): DateRange => {
  assertDateRange(range);
  const dayAfter = addDays(range.end, 1);
  if (kind !== 'custom') return goalPeriodOf(kind, dayAfter, fiscalStartMonth);
  return { start: dayAfter, end: addDays(range.end, daysBetween(range.start, range.end)) };
};

const isMonthEnd = (day: LocalDate): boolean => {
  const { year, month, day: date } = parseLocalDate(day);
  return date === daysInMonth(year, month);
};

/** The same month and day a year earlier; 29 February becomes 28 February. */
const yearEarlier = (day: LocalDate): LocalDate => {
  const { year, month, day: date } = parseLocalDate(day);
  if (year < 1) throw new RangeError(`no year before ${day}`);
  return formatLocalDate(year - 1, month, Math.min(date, daysInMonth(year - 1, month)));
};

/**
 * The same dates a year earlier, for "vs. last year". A range of whole months (first of a month
 * to the end of one) stays whole: February 2025 compares with all of February 2024, 29th included.
 */
export const samePeriodLastYear = (range: DateRange): DateRange => {
  assertDateRange(range);
  const start = yearEarlier(range.start);
  const wholeMonths = parseLocalDate(range.start).day === 1 && isMonthEnd(range.end);
  const end = yearEarlier(range.end);
  return { start, end: wholeMonths ? calendarMonthOf(end).end : end };
};

const clip = (part: DateRange, range: DateRange): DateRange => ({
  start: part.start < range.start ? range.start : part.start,
  end: part.end > range.end ? range.end : part.end,
});

/** Cuts a range by consecutive periods (each found from its first day), clipped to the range. */
const cutBy = (range: DateRange, periodOf: (day: LocalDate) => DateRange): DateRange[] => {
  assertDateRange(range);
  const parts: DateRange[] = [];
  for (let day = range.start; day <= range.end; ) {
    const period = periodOf(day);
    parts.push(clip(period, range));
    day = addDays(period.end, 1);
  }
  return parts;
};

/** The calendar months a range touches, each clipped to the range; together they cover it exactly. */
export const monthsOf = (range: DateRange): DateRange[] => cutBy(range, calendarMonthOf);

/** The fiscal quarters a range touches, each clipped to the range; together they cover it exactly. */
export const quartersOf = (range: DateRange, fiscalStartMonth: number): DateRange[] => {
  assertFiscalStartMonth(fiscalStartMonth);
  return cutBy(range, (day) => fiscalQuarterOf(day, fiscalStartMonth));
};
