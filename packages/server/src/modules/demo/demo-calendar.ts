import { formatLocalDate, type LocalDate, localDateOf } from '@pacer/core';

const dayMs = 86_400_000;
const minuteMs = 60_000;

/** A calendar day of the plan: its number (days since 1970-01-01), date and weekday in the org's zone. */
export interface PlanDay {
  n: number;
  date: LocalDate;
  year: number;
  /** 1–12. */
  month: number;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** Weekday and not a company holiday. */
  working: boolean;
}

// Fixed-date holidays are enough for demo data: nobody logs calls on New Year's Day or at Christmas.
const holidays = new Set(['01-01', '07-04', '12-24', '12-25', '12-26', '12-31']);

/**
 * How busy each month is for an industrial supplier (January = index 0): quarter ends and the
 * year-end budget flush are strong, the summer holidays slow.
 */
export const seasonality = [0.85, 0.92, 1.12, 0.95, 1.02, 1.12, 0.82, 0.78, 1.05, 1.1, 1.0, 1.2] as const;

/** Days and instants in the org's time zone, with the offset of each day cached (DST-aware, working hours). */
export class OrgCalendar {
  readonly today: PlanDay;
  readonly days: PlanDay[];
  private readonly offsets = new Map<number, number>();
  private readonly parts: Intl.DateTimeFormat;

  constructor(
    readonly timeZone: string,
    readonly now: Date,
    years: number,
  ) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const todayDate = localDateOf(now, timeZone);
    const todayN = Math.floor(Date.parse(`${todayDate}T00:00:00Z`) / dayMs);
    const start = new Date(todayN * dayMs);
    start.setUTCFullYear(start.getUTCFullYear() - years);
    const startN = Math.floor(start.getTime() / dayMs) + 1;
    this.days = [];
    for (let n = startN; n <= todayN; n++) this.days.push(this.day(n));
    this.today = this.days.at(-1) as PlanDay;
  }

  get first(): PlanDay {
    return this.days[0] as PlanDay;
  }

  /** The plan day of a day number (inside or outside the history). */
  day(n: number): PlanDay {
    const date = new Date(n * dayMs);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const weekday = date.getUTCDay();
    const local = formatLocalDate(year, month, date.getUTCDate());
    const working = weekday !== 0 && weekday !== 6 && !holidays.has(local.slice(5));
    return { n, date: local, year, month, weekday, working };
  }

  /** The zone's offset from UTC at noon of a day, in milliseconds. */
  private offset(n: number): number {
    let offset = this.offsets.get(n);
    if (offset === undefined) {
      const noon = n * dayMs + 12 * 3_600_000;
      const get = (type: string, parts: Intl.DateTimeFormatPart[]) => Number(parts.find((p) => p.type === type)?.value);
      const parts = this.parts.formatToParts(new Date(noon));
      const wall = Date.UTC(
        get('year', parts),
        get('month', parts) - 1,
        get('day', parts),
        get('hour', parts),
        get('minute', parts),
      );
      offset = wall - noon;
      this.offsets.set(n, offset);
    }
    return offset;
  }

  /** The instant of a local wall-clock time on a day, in epoch milliseconds. */
  at(n: number, minuteOfDay: number): number {
    return n * dayMs + minuteOfDay * minuteMs - this.offset(n);
  }

  /** The day number an instant falls on in the org's zone. */
  dayOf(instant: number): number {
    const n = Math.floor(instant / dayMs);
    // The local day is the UTC day or its neighbour; the offset of either settles it.
    const local = instant + this.offset(n);
    return Math.floor(local / dayMs);
  }

  /** The local minute of the day of an instant. */
  minuteOf(instant: number): number {
    const n = this.dayOf(instant);
    return Math.floor((instant + this.offset(n) - n * dayMs) / minuteMs);
  }

  /** The next working day on or after day `n`. */
  workingOnOrAfter(n: number): number {
    let day = n;
    while (!this.day(day).working) day++;
    return day;
  }
}
