/** A calendar day without a time zone, as `YYYY-MM-DD`. Periods are cut in these. */
export type LocalDate = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatLocalDate = (year: number, month: number, day: number): LocalDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const parseLocalDate = (date: LocalDate): { year: number; month: number; day: number } => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
};

// Making a formatter costs far more than using one: one per time zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormatOf = (timeZone: string): Intl.DateTimeFormat => {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format;
};

/** The calendar day an instant falls on in a time zone (the org's, for period cuts). */
export const localDateOf = (instant: Date, timeZone: string): LocalDate => {
  const parts = dayFormatOf(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return formatLocalDate(get('year'), get('month'), get('day'));
};

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
