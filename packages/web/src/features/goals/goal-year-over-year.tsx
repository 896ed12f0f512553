import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Skeleton, Stack, Text } from '@mantine/core';
import { type Goal, type GoalYearOverYear, metricCatalog } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { SectionCard } from '../records/record-details';
import { compactTick } from './goal-burnup-data';
import { formatGoalValue } from './goal-format';
import { GoalYearOverYearTable, yearLabel } from './goal-year-over-year-table';
import { goalYearOverYearQuery } from './goals-api';

/** This year stands out; the years before fade. */
const yearColors = ['blue.6', 'blue.3', 'gray.5'];

/** A month ("2026-03") by its short name, with the year when the span runs longer than a year. */
const monthLabel = (month: string, language: string, withYear: boolean): string => {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    month: 'short',
    ...(withYear ? { year: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 1)));
};

const toNumber = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/** The months of the span as bars, one per year side by side. */
const MonthBars = ({ goal, data }: { goal: Goal; data: GoalYearOverYear }) => {
  const { i18n } = useTranslation();
  const money = metricCatalog[goal.metric]?.unit === 'money';
  const rows = data.months.map((row) => ({
    month: monthLabel(row.month, i18n.language, data.months.length > 12),
    ...Object.fromEntries(data.years.map((_, index) => [`y${index}`, toNumber(row.values[index])])),
  }));
  return (
    <BarChart
      h={260}
      data={rows}
      dataKey="month"
      series={data.years.map((span, index) => ({
        name: `y${index}`,
        label: yearLabel(span),
        color: yearColors[index] ?? 'gray.4',
      }))}
      withLegend
      legendProps={{ verticalAlign: 'bottom', height: 40 }}
      valueFormatter={(value) => formatGoalValue(value.toFixed(4), goal)}
      yAxisProps={{
        tickFormatter: (tick: number) => compactTick(tick, money ? goal.currency : null, i18n.language),
      }}
      gridAxis="x"
      data-testid="goal-year-over-year-chart"
    />
  );
};

/** The goal's metric this span against the same span in the two years before: by month, by quarter, in total. */
export const GoalYearOverYearSection = ({ goal }: { goal: Goal }) => {
  const { t } = useTranslation();
  const comparison = useQuery(goalYearOverYearQuery(goal.id));
  const data = comparison.data;
  const withChart = (data?.months.length ?? 0) > 1;
  return (
    <SectionCard title={t('goals.page.yearOverYear.title')} testId="goal-year-over-year">
      {comparison.isError ? (
        <QueryLoadError query={comparison} />
      ) : !data ? (
        <Skeleton height={260} radius="md" />
      ) : data.years.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.page.yearOverYear.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {withChart ? <MonthBars goal={goal} data={data} /> : null}
          <GoalYearOverYearTable goal={goal} data={data} />
        </Stack>
      )}
    </SectionCard>
  );
};
