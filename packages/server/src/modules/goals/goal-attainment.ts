import {
  AppError,
  type DateRange,
  type GoalAttainment,
  goalPeriodOf,
  Money,
  roundToCurrency,
  samePeriodLastYear,
  workingDaysIn,
} from '@pacer/core';
import Decimal from 'decimal.js';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { baseTotals } from '../metrics/metric-facts.queries';
import { peoplePredicate } from '../metrics/metrics.service';
import { orgCalendar } from './goals.service';

/**
 * A rep's quota attainment this month, quarter and year: won revenue so far against the revenue
 * quotas of the whole span, and against the same days a year before. The rep's days come in one
 * statement from the rollup (last year's year start to today); the quotas in another.
 */

interface QuotaRow {
  id: string;
  parent_id: string | null;
  starts_on: string;
  ends_on: string;
  target: string;
}

const periods = ['month', 'quarter', 'year'] as const;

/** The part of a quota that falls in a span: all of it inside, else its share of working days. */
const quotaShare = (quota: QuotaRow, span: DateRange): Decimal | null => {
  const start = quota.starts_on > span.start ? quota.starts_on : span.start;
  const end = quota.ends_on < span.end ? quota.ends_on : span.end;
  if (start > end) return null;
  if (start === quota.starts_on && end === quota.ends_on) return new Money(quota.target);
  const whole = workingDaysIn({ start: quota.starts_on, end: quota.ends_on });
  if (whole === 0) return null;
  return new Money(quota.target).times(workingDaysIn({ start, end })).dividedBy(whole);
};

const percentOf = (part: Decimal, whole: Decimal) =>
  whole.isZero() ? null : part.times(100).dividedBy(whole).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

export const goalAttainment = async (db: Db, scope: Scope, clock: Clock, repId: string): Promise<GoalAttainment> => {
  if (scope.userIds && !scope.userIds.has(repId)) throw new AppError('NOT_FOUND', 'No such rep');
  const calendar = await orgCalendar(db, scope, clock);
  const { today, currency } = calendar;
  const spans = periods.map((period) => ({ period, ...goalPeriodOf(period, today, calendar.fiscalStartMonth) }));
  const year = spans[2] as DateRange;
  const lastYearStart = samePeriodLastYear(year).start;
  const [days, quotas] = await Promise.all([
    baseTotals(
      db,
      scope,
      ['won_revenue'],
      { from: lastYearStart, to: today, timeZone: calendar.timeZone, people: peoplePredicate(scope, { repId }) },
      'day',
    ),
    queryRows<QuotaRow>(
      db,
      sql`select id::text, parent_id::text, starts_on::text, ends_on::text, target::text from goals
          where org_id = ${scope.orgId} and scope_kind = 'rep' and scope_id = ${repId} and metric = 'won_revenue'
            and product_line_id is null and archived_at is null and currency = ${currency}
            and starts_on <= ${year.end} and ends_on >= ${year.start}`,
    ),
  ]);
  const byDay = days.filter((row) => row.currency === currency);
  const sumOver = (range: DateRange) =>
    byDay
      .filter((row) => row.group !== null && row.group >= range.start && row.group <= range.end)
      .reduce((total, row) => total.plus(row.value), new Money(0));
  // A quota split into months or quarters counts through its parts, not twice.
  const split = new Set(quotas.map((quota) => quota.parent_id));
  const finest = quotas.filter((quota) => !split.has(quota.id));
  return {
    repId,
    currency,
    spans: spans.map((span) => {
      const actual = sumOver({ start: span.start, end: today });
      const lastYear = sumOver(samePeriodLastYear({ start: span.start, end: today }));
      const shares = finest.map((quota) => quotaShare(quota, span)).filter((share) => share !== null);
      const quota = shares.length ? shares.reduce((total, share) => total.plus(share), new Money(0)) : null;
      return {
        period: span.period,
        start: span.start,
        end: span.end,
        actual: roundToCurrency(actual, currency),
        quota: quota ? roundToCurrency(quota, currency) : null,
        attainmentPercent: quota ? percentOf(actual, quota) : null,
        lastYear: roundToCurrency(lastYear, currency),
        changePercent: percentOf(actual.minus(lastYear), lastYear),
      };
    }),
  };
};
