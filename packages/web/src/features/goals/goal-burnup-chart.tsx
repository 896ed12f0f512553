import '@mantine/charts/styles.css';
import { ChartLegend, CompositeChart, type CompositeChartSeries } from '@mantine/charts';
import { Skeleton, Text } from '@mantine/core';
import { type Goal, metricCatalog } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { SectionCard } from '../records/record-details';
import { type BurnupPoint, burnupPointsOf, burnupTop, compactTick } from './goal-burnup-data';
import { type BurnupColors, BurnupTooltip } from './goal-burnup-tooltip';
import { statusColors } from './goal-format';
import { goalSeriesQuery } from './goals-api';

/**
 * The burn-up of a goal: the running total to today (solid) against the pace line (dashed) and the
 * target, and after today the likely running total (dashed) inside its 10th–90th percentile band.
 */
export const GoalBurnupChart = ({ goal }: { goal: Goal }) => {
  const { t, i18n } = useTranslation();
  const series = useQuery(goalSeriesQuery(goal.id));
  const data = useMemo(
    () => (series.data ? burnupPointsOf(series.data, i18n.language) : []),
    [series.data, i18n.language],
  );
  const target = Number(series.data?.target ?? goal.target);
  const top = burnupTop(data, target);
  const money = metricCatalog[goal.metric]?.unit === 'money';
  const todayLabel = series.data ? data.find((point) => point.day === series.data.today)?.label : undefined;
  const withFan = (series.data?.fan.length ?? 0) > 0;
  // A target changed from a day on is drawn as a stepped line; one that never changed as a reference line.
  const stepped = (series.data?.targetSteps.length ?? 0) > 1;
  const colors: BurnupColors = {
    actual: goal.pace ? `${statusColors[goal.pace.status]}.6` : 'blue.6',
    expected: 'gray.6',
    projection: 'violet.6',
    target: 'red.6',
  };
  const lines: CompositeChartSeries[] = [
    // The band first, so the lines are drawn over it.
    ...(withFan ? [{ name: 'band', type: 'area' as const, color: 'violet.4' }] : []),
    {
      name: 'expected',
      type: 'line',
      label: t('goals.page.series.expected'),
      color: colors.expected,
      strokeDasharray: '6 4',
    },
    ...(withFan
      ? [
          {
            name: 'projection',
            type: 'line' as const,
            label: t('goals.page.series.projection'),
            color: colors.projection,
            strokeDasharray: '3 3',
          },
        ]
      : []),
    { name: 'actual', type: 'line', label: t('goals.page.series.actual'), color: colors.actual },
    ...(stepped
      ? [{ name: 'target', type: 'line' as const, label: t('goals.page.series.target'), color: colors.target }]
      : []),
  ];

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
        <CompositeChart
          h={280}
          data={data}
          dataKey="label"
          series={lines}
          referenceLines={[
            ...(stepped
              ? []
              : [
                  {
                    y: target,
                    label: t('goals.page.series.target'),
                    color: colors.target,
                    labelPosition: 'insideTopLeft' as const,
                  },
                ]),
            ...(todayLabel ? [{ x: todayLabel, color: 'gray.5' }] : []),
          ]}
          curveType="linear"
          withDots={false}
          connectNulls={false}
          withLegend
          legendProps={{
            verticalAlign: 'bottom',
            height: 40,
            // The band belongs to the projection: one legend entry for both.
            content: (props) => (
              <ChartLegend
                payload={props.payload?.filter((item) => item.dataKey !== 'band')}
                series={lines}
                legendPosition="bottom"
                onHighlight={() => undefined}
                data-testid="goal-burnup-legend"
              />
            ),
          }}
          areaProps={{ stroke: 'none', fillOpacity: 0.25, activeDot: false }}
          tooltipProps={{
            content: ({ payload }) => (
              <BurnupTooltip
                point={payload?.[0]?.payload as BurnupPoint | undefined}
                goal={goal}
                target={(payload?.[0]?.payload as BurnupPoint | undefined)?.target ?? target}
                colors={colors}
              />
            ),
          }}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 40 }}
          yAxisProps={{
            domain: [0, Math.ceil(top * 1.05) || 1],
            allowDecimals: money || metricCatalog[goal.metric]?.unit === 'percent',
            tickFormatter: (tick: number) => compactTick(tick, money ? goal.currency : null, i18n.language),
          }}
          gridAxis="x"
        />
      )}
    </SectionCard>
  );
};
