import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Skeleton, Text } from '@mantine/core';
import { type Goal, type GoalSeries, metricCatalog } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { SectionCard } from '../records/record-details';
import { formatGoalValue, statusColors } from './goal-format';
import { goalSeriesQuery } from './goals-api';

/** A calendar day as a short axis label, e.g. "3 Mar" / "3. März", without shifting it through a time zone. */
const shortDay = (day: string, language: string): string => {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
};

/** An axis tick in few characters: "$1.2M", "850" — the tooltip shows the exact value. */
const compactTick = (value: number, currency: string | null, language: string): string =>
  new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    notation: 'compact',
    maximumFractionDigits: 1,
    ...(currency ? { style: 'currency', currency } : {}),
  }).format(value);

interface Point {
  day: string;
  label: string;
  actual: number | null;
  expected: number;
}

const pointsOf = (series: GoalSeries, language: string): Point[] =>
  series.points.map((point) => ({
    day: point.day,
    label: shortDay(point.day, language),
    actual: point.actual === null ? null : Number(point.actual),
    expected: Number(point.expected),
  }));

/** The burn-up of a goal: the running total to today (solid) against the pace line (dashed) and the target. */
export const GoalBurnupChart = ({ goal }: { goal: Goal }) => {
  const { t, i18n } = useTranslation();
  const series = useQuery(goalSeriesQuery(goal.id));
  const data = useMemo(() => (series.data ? pointsOf(series.data, i18n.language) : []), [series.data, i18n.language]);
  const target = Number(series.data?.target ?? goal.target);
  const top = Math.max(target, ...data.map((point) => Math.max(point.actual ?? 0, point.expected)));
  const money = metricCatalog[goal.metric]?.unit === 'money';
  const todayLabel = series.data ? data.find((point) => point.day === series.data.today)?.label : undefined;

  return (
    <SectionCard title={t('goals.page.burnup')} testId="goal-burnup">
      {series.isError ? (
        <QueryLoadError query={series} />
      ) : !series.data ? (
        <Skeleton height={280} radius="md" />
      ) : data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.page.burnupEmpty')}
        </Text>
      ) : (
        <LineChart
          h={280}
          data={data}
          dataKey="label"
          series={[
            {
              name: 'actual',
              label: t('goals.page.series.actual'),
              color: goal.pace ? `${statusColors[goal.pace.status]}.6` : 'blue.6',
            },
            {
              name: 'expected',
              label: t('goals.page.series.expected'),
              color: 'gray.6',
              strokeDasharray: '6 4',
            },
          ]}
          referenceLines={[
            { y: target, label: t('goals.page.series.target'), color: 'red.6', labelPosition: 'insideTopLeft' },
            ...(todayLabel ? [{ x: todayLabel, color: 'gray.5' }] : []),
          ]}
          curveType="linear"
          withDots={false}
          connectNulls={false}
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 40 }}
          valueFormatter={(value) => formatGoalValue(value.toFixed(4), goal)}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 40 }}
          yAxisProps={{
            domain: [0, Math.ceil(top * 1.05) || 1],
            allowDecimals: money || metricCatalog[goal.metric]?.unit === 'percent',
            tickFormatter: (tick: number) => compactTick(tick, money ? goal.currency : null, i18n.language),
          }}
          gridAxis="y"
        />
      )}
    </SectionCard>
  );
};
