import { baseMetricsOf, metricCatalog, metricValue, samePeriodLastYear } from '@pacer/core';
import type { Scope } from '../../platform/auth/access-policy';
import type { Db } from '../../platform/db/client';
import { baseTotals } from '../metrics/metric-facts.queries';
import { batchesOf, filtersOf, isRep, peopleOf, questionOf, teamPeopleOf, to } from './goal-paces';
import type { PaceCalendar } from './goal-progress';
import type { GoalRow } from './goal-rows';

/**
 * Each goal's metric over the same span a year before, up to the same day ("1 Jan – 25 Nov" last
 * year for a year running to 25 November): what my pace compares this year with. Reps' goals asking
 * the same question share one statement. A snapshot (the open pipeline) and a checklist have no
 * such number.
 */
export const lastYearOfGoals = async (
  db: Db,
  scope: Scope,
  goals: GoalRow[],
  calendar: PaceCalendar,
): Promise<Map<string, string | null>> => {
  const counted = goals.filter(
    (goal) =>
      !goal.checklist && metricCatalog[goal.metric].aggregation.kind !== 'snapshot' && calendar.today >= goal.starts_on,
  );
  const teams = await teamPeopleOf(db, scope, counted);
  const answers = new Map<string, string | null>();
  await Promise.all(
    batchesOf(counted, (g) => questionOf(g, calendar.today)).map(async (batch) => {
      const [first] = batch;
      const span = samePeriodLastYear({ start: first.starts_on, end: to(first, calendar.today) });
      const filters = {
        ...filtersOf(first, calendar.today, calendar.timeZone, peopleOf(scope, batch, teams).predicate),
        from: span.start,
        to: span.end,
      };
      const byRep = isRep(first);
      const bases = [...new Set(batch.flatMap((goal) => baseMetricsOf(goal.metric)))];
      const rows = await baseTotals(db, scope, bases, filters, byRep ? 'rep' : 'none');
      for (const goal of batch) {
        const totals = byRep ? rows.filter((row) => row.group === goal.scope_id) : rows;
        const currency = metricCatalog[goal.metric].unit === 'money' ? goal.currency : null;
        const values = metricValue(goal.metric, totals);
        answers.set(goal.id, (values.find((v) => v.currency === currency) ?? values[0])?.value ?? null);
      }
    }),
  );
  return answers;
};
