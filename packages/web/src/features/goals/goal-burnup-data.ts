import type { GoalSeries } from '@pacer/core';

const intlLocale = (language: string) => (language === 'de' ? 'de-DE' : 'en-GB');

/** A calendar day as a short axis label, e.g. "3 Mar" / "3. März", without shifting it through a time zone. */
export const shortDay = (day: string, language: string): string => {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
};

/** An axis tick in few characters: "$1.2M", "850" — the tooltip shows the exact value. */
export const compactTick = (value: number, currency: string | null, language: string): string =>
  new Intl.NumberFormat(intlLocale(language), {
    notation: 'compact',
    maximumFractionDigits: 1,
    ...(currency ? { style: 'currency', currency } : {}),
  }).format(value);

/** One day of the burn-up: the running total, the pace line and, from today on, the projection fan. */
export interface BurnupPoint {
  day: string;
  label: string;
  actual: number | null;
  expected: number;
  /** The likely running total (50th percentile); from today, where it starts at the actual. */
  projection: number | null;
  /** The 10th to 90th percentile, drawn as a band. */
  band: [number, number] | null;
  /** The target in effect on this day (it steps where the target was changed from a day on). */
  target: number;
}

/**
 * The series as chart rows. The fan starts tomorrow; today's row carries the actual as its start so
 * the projection grows out of the solid line without a gap.
 */
export const burnupPointsOf = (series: GoalSeries, language: string): BurnupPoint[] => {
  const fan = new Map(series.fan.map((point) => [point.day, point]));
  const today = series.points.find((point) => point.day === series.today);
  const start = fan.size > 0 && today && today.actual !== null ? Number(today.actual) : null;
  const steps = series.targetSteps;
  let step = 0;
  return series.points.map((point) => {
    while (steps[step + 1] && (steps[step + 1] as { from: string }).from <= point.day) step += 1;
    const ahead = fan.get(point.day);
    const startsHere = start !== null && point.day === series.today;
    return {
      day: point.day,
      label: shortDay(point.day, language),
      actual: point.actual === null ? null : Number(point.actual),
      expected: Number(point.expected),
      projection: ahead ? Number(ahead.mid) : startsHere ? start : null,
      band: ahead ? [Number(ahead.low), Number(ahead.high)] : startsHere ? [start, start] : null,
      target: Number(steps[step]?.target ?? series.target),
    };
  });
};

/** The highest value the chart must show, so the band's top is not cut off. */
export const burnupTop = (points: BurnupPoint[], target: number): number =>
  Math.max(
    target,
    ...points.map((point) => Math.max(point.actual ?? 0, point.expected, point.band?.[1] ?? 0, point.target)),
  );
