import { Money, metricCatalog, type WallChart } from '@pacer/core';
import i18next from 'i18next';
import { formatGoalValue } from '../goals/goal-format';

const locale = (): string => (i18next.language === 'de' ? 'de-DE' : 'en-GB');

const dayOf = (day: string): Date | null => {
  const [year, month, date] = day.split('-').map(Number);
  return year && month && date ? new Date(Date.UTC(year, month - 1, date)) : null;
};

/**
 * A goal's days as short as a column header allows, e.g. "1 Oct – 31 Dec" / "1. Okt. – 31. Dez.";
 * the years show only when the period crosses into the next one.
 */
export const formatPeriod = (startsOn: string, endsOn: string): string => {
  const from = dayOf(startsOn);
  const to = dayOf(endsOn);
  if (!from || !to) return `${startsOn} – ${endsOn}`;
  const withYear = from.getUTCFullYear() !== to.getUTCFullYear();
  const format = new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return format.formatRange(from, to);
};

const amountPattern = /^-?\d+(\.\d+)?$/;

/**
 * A value of a column's metric as the goals show it, but money in whole units: read from across
 * the room, cents are noise (the workbook keeps them).
 */
export const formatWallValue = (
  value: string | null | undefined,
  column: Pick<WallChart['columns'][number], 'metric' | 'currency'>,
): string => {
  const money = metricCatalog[column.metric]?.unit === 'money' && column.currency;
  if (!money || !value || !amountPattern.test(value)) return formatGoalValue(value, column);
  try {
    return new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency: money,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(new Money(value).toDecimalPlaces(0).toFixed() as Intl.StringNumericLiteral);
  } catch {
    return formatGoalValue(value, column);
  }
};
