import { addDays, type DateRange, fiscalQuarterOf, goalPeriodOf } from '@pacer/core';
import type { TFunction } from 'i18next';

export const runPeriodKinds = ['quarter', 'month'] as const;
export type RunPeriodKind = (typeof runPeriodKinds)[number];

export interface RunPeriod extends DateRange {
  label: string;
}

const monthLabel = (start: string, language: string): string => {
  const [year, month] = start.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
};

/** The period of a kind around today and the ones before it, newest first, each named (Q1 2026, March 2026). */
export const recentPeriods = (
  kind: RunPeriodKind,
  today: string,
  fiscalStartMonth: number,
  t: TFunction,
  language: string,
  count = 6,
): RunPeriod[] => {
  const periods: RunPeriod[] = [];
  let day = today;
  for (let index = 0; index < count; index++) {
    const range = goalPeriodOf(kind, day, fiscalStartMonth);
    const { quarter, year } = fiscalQuarterOf(range.start, fiscalStartMonth);
    const label = kind === 'quarter' ? t('comp.run.quarterName', { quarter, year }) : monthLabel(range.start, language);
    periods.push({ ...range, label });
    day = addDays(range.start, -1);
  }
  return periods;
};
