import {
  type DateRange,
  fiscalQuarterOf,
  type GoalContributions,
  type GoalYearOverYear,
  type MetricValueRow,
  Money,
  metricCatalog,
  quartersOf,
  roundToCurrency,
  samePeriodLastYear,
} from '@pacer/core';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../platform/auth/access-policy';
import type { Clock } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { metricValues } from '../metrics/metrics.service';
import { pacedOf } from './goal-progress';
import { readGoal } from './goal-rows';
import { metricQueryOf } from './goal-scope';
import { orgCalendar } from './goals.service';

/** The value of the goal's currency (or the only one) among a metric's rows. */
const pick = (rows: MetricValueRow[], currency: string | null) =>
  (rows.find((row) => row.currency === currency) ?? rows.find((row) => row.currency === null))?.value ?? null;

/**
 * Who and what made a goal's number so far: its metric per rep (the reps the caller may see) and,
 * for metrics that have one, per product line.
 */
export const goalContributions = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<GoalContributions> => {
  const [row, calendar] = await Promise.all([readGoal(db, scope, id), orgCalendar(db, scope, clock)]);
  const goal = pacedOf(row);
  const to = calendar.today < goal.endsOn ? calendar.today : goal.endsOn;
  const from = goal.startsOn;
  if (to < from) return { from, to: from, byRep: [], byProductLine: null };
  const lined =
    metricCatalog[goal.metric].filters.includes('product_line') &&
    !goal.productLineId &&
    row.scope_kind !== 'product_line';
  const lines = lined
    ? await queryRows<{ id: string; name: string }>(
        db,
        sql`select id::text, name from product_lines where org_id = ${scope.orgId} order by name`,
      )
    : [];
  const [reps, perLine] = await Promise.all([
    metricValues(db, scope, metricQueryOf(goal, from, to, 'rep')),
    Promise.all(
      lines.map(async (line) => {
        const answer = await metricValues(
          db,
          scope,
          { ...metricQueryOf(goal, from, to), productLineId: line.id },
          null,
        );
        return { productLineId: line.id, name: line.name, value: pick(answer.rows, goal.currency) };
      }),
    ),
  ]);
  const byRep = reps.rows
    .filter((r) => r.repId && (r.currency === goal.currency || r.currency === null))
    .map((r) => ({ repId: r.repId as string, repName: r.repName ?? '', value: r.value }))
    .sort((a, b) => Number(b.value ?? 0) - Number(a.value ?? 0));
  return { from, to, byRep, byProductLine: lined ? perLine : null };
};

/** The same span this year and the two years before, newest first; this year's ends today. */
const spansOf = (range: DateRange, today: string): DateRange[] => {
  const last = samePeriodLastYear(range);
  const before = samePeriodLastYear(last);
  return [{ start: range.start, end: today < range.end ? today : range.end }, last, before];
};

/**
 * A goal's metric by month and quarter against the two years before: the same months of the
 * goal's span in each year. Totals and the quarters of a rate are computed from their own span,
 * never added up from months.
 */
export const goalYearOverYear = async (db: Db, scope: Scope, clock: Clock, id: string): Promise<GoalYearOverYear> => {
  const [row, calendar] = await Promise.all([readGoal(db, scope, id), orgCalendar(db, scope, clock)]);
  const goal = pacedOf(row);
  const range = { start: goal.startsOn, end: goal.endsOn };
  const spans = spansOf(range, calendar.today);
  const addsUp = metricCatalog[goal.metric].aggregation.kind === 'sum';
  const valueOver = async (span: DateRange) =>
    span.end < span.start
      ? null
      : pick((await metricValues(db, scope, metricQueryOf(goal, span.start, span.end), null)).rows, goal.currency);
  const byMonth = await Promise.all(
    spans.map(async (span) =>
      span.end < span.start
        ? new Map<string, string | null>()
        : new Map(
            (await metricValues(db, scope, metricQueryOf(goal, span.start, span.end, 'month'), null)).rows
              .filter((r) => r.currency === goal.currency || r.currency === null)
              .map((r) => [r.period as string, r.value]),
          ),
    ),
  );
  const monthKeys: string[] = [];
  for (let month = range.start.slice(0, 7); month <= range.end.slice(0, 7); ) {
    monthKeys.push(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const yearsBack = (month: string, k: number) => `${Number(month.slice(0, 4)) - k}${month.slice(4)}`;
  const zero = addsUp ? (goal.currency ? roundToCurrency(0, goal.currency) : '0') : null;
  const months = monthKeys.map((month) => ({
    month,
    values: spans.map((span, k) =>
      k === 0 && `${month}-01` > span.end ? null : (byMonth[k]?.get(yearsBack(month, k)) ?? zero),
    ),
  }));
  const quarterRanges = quartersOf(range, calendar.fiscalStartMonth);
  const quarters = await Promise.all(
    quarterRanges.map(async (quarter) => {
      const shifted = spansOf(quarter, calendar.today);
      const values = addsUp
        ? shifted.map((_span, k) => {
            if (k === 0 && quarter.start > calendar.today) return null;
            const inQuarter = months.filter(
              (m) => `${m.month}-01` >= quarter.start.slice(0, 7).concat('-01') && m.month <= quarter.end.slice(0, 7),
            );
            const sum = inQuarter.reduce((total, m) => total.plus(m.values[k] ?? '0'), new Money(0));
            return goal.currency ? roundToCurrency(sum, goal.currency) : sum.toFixed();
          })
        : await Promise.all(
            shifted.map((span, k) => (k === 0 && quarter.start > calendar.today ? null : valueOver(span))),
          );
      return { quarter: fiscalQuarterOf(quarter.start, calendar.fiscalStartMonth).quarter, values };
    }),
  );
  const totals = await Promise.all(spans.map((span) => valueOver(span)));
  return { years: spans.map((span) => `${span.start} – ${span.end}`), months, quarters, totals };
};
