import { Group, Paper, Progress, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { GoalAttainment as Attainment } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { formatMoney } from '../../lib/format';
import { changeColor, formatChange, formatPercent } from './goal-format';
import { goalAttainmentQuery } from './goals-api';

type Span = Attainment['spans'][number];

const numeric = { fontVariantNumeric: 'tabular-nums' } as const;

const SpanTile = ({ span, currency }: { span: Span; currency: string }) => {
  const { t } = useTranslation();
  const percent = span.attainmentPercent === null ? null : Number(span.attainmentPercent);
  const change = span.changePercent === null ? null : Number(span.changePercent);
  return (
    <Paper withBorder radius="md" p="md" data-testid="goal-attainment-span" data-period={span.period}>
      <Group justify="space-between" align="baseline" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t(`goals.periods.${span.period}`)}
        </Text>
        <Text size="sm" fw={700} style={numeric} data-testid="goal-attainment-percent">
          {percent === null ? '—' : formatPercent(percent, 1)}
        </Text>
      </Group>
      <Text size="xl" fw={700} mt={4} style={numeric}>
        {formatMoney(span.actual, currency)}
      </Text>
      <Text size="xs" c="dimmed" style={numeric}>
        {span.quota === null
          ? t('goals.attainment.noQuota')
          : t('goals.attainment.ofQuota', { quota: formatMoney(span.quota, currency) })}
      </Text>
      <Progress value={Math.min(percent ?? 0, 100)} size="sm" radius="xl" mt="xs" aria-hidden />
      <Text size="xs" c="dimmed" mt="xs" style={numeric}>
        {t('goals.page.lastYear', { value: formatMoney(span.lastYear, currency) })}
        {change === null ? null : (
          <Text span inherit fw={600} c={changeColor(change, { metric: 'won_revenue' }) ?? 'dimmed'}>
            {' '}
            ({formatChange(change)})
          </Text>
        )}
      </Text>
    </Paper>
  );
};

/** My quota attainment this month, quarter and year, each against the same days last year. */
export const GoalAttainment = ({ repId }: { repId: string }) => {
  const { t } = useTranslation();
  const attainment = useQuery(goalAttainmentQuery(repId));
  if (attainment.isError) return <QueryLoadError query={attainment} />;
  const data = attainment.data;
  return (
    <section aria-label={t('goals.attainment.title')} data-testid="goal-attainment">
      <Text size="sm" fw={600} c="dimmed" mb="xs">
        {t('goals.attainment.title')}
      </Text>
      {!data ? (
        <Skeleton height={132} radius="md" mb="lg" />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="lg">
          {data.spans.map((span) => (
            <SpanTile key={span.period} span={span} currency={data.currency} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
};
