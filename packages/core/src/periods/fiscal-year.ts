import { daysInMonth, formatLocalDate, type LocalDate, parseLocalDate } from './local-date';

/** A span of whole days, both ends included. */
export interface DateRange {
  start: LocalDate;
  end: LocalDate;
}

export interface FiscalYear extends DateRange {
  /** Named by the calendar year in which it ends: with a February start, FY2027 runs Feb 2026 – Jan 2027. */
  year: number;
}

/** Month arithmetic on (year, month 1–12) pairs. */
const addMonths = (year: number, month: number, delta: number) => {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

const monthRange = (year: number, month: number, count: number): DateRange => {
  const last = addMonths(year, month, count - 1);
  return {
    start: formatLocalDate(year, month, 1),
    end: formatLocalDate(last.year, last.month, daysInMonth(last.year, last.month)),
  };
};

export const assertFiscalStartMonth = (startMonth: number): void => {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`fiscal year start month must be 1–12, got ${startMonth}`);
  }
};

/** The fiscal year a day belongs to, for an org whose fiscal year starts in `startMonth`. */
export const fiscalYearOf = (date: LocalDate, startMonth: number): FiscalYear => {
  assertFiscalStartMonth(startMonth);
  const { year, month } = parseLocalDate(date);
  const startYear = month >= startMonth ? year : year - 1;
  const range = monthRange(startYear, startMonth, 12);
  return { ...range, year: startMonth === 1 ? startYear : startYear + 1 };
};

/** The fiscal quarter (1–4) of a day and its range. */
export const fiscalQuarterOf = (date: LocalDate, startMonth: number): DateRange & { quarter: number; year: number } => {
  const fy = fiscalYearOf(date, startMonth);
  const { year, month } = parseLocalDate(date);
  const fyStart = parseLocalDate(fy.start);
  const monthsIn = (year - fyStart.year) * 12 + (month - fyStart.month);
  const quarter = Math.floor(monthsIn / 3) + 1;
  const first = addMonths(fyStart.year, fyStart.month, (quarter - 1) * 3);
  return { ...monthRange(first.year, first.month, 3), quarter, year: fy.year };
};
