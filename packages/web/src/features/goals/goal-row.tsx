import { Badge, Box, Card, Group, Stack, Text } from '@mantine/core';
import type { Goal } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { formatDay } from '../../lib/format';
import { formatGoalValue, formatPercent, metricLabel, scopeLabel } from './goal-format';
import { GoalLastYear } from './goal-last-year';
import { GoalPaceBar, GoalStatusBadge } from './goal-pace-bar';

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
  <Stack gap={0} align="flex-end">
    <Text size="xs" c="dimmed" ta="right">
      {label}
    </Text>
    <Text
      size="sm"
      fw={600}
      ta="right"
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      data-testid={testId}
    >
      {value}
    </Text>
  </Stack>
);

/** One goal in the list: what, for whom, by when, its status and bar, last year's figure, and what is still to go. */
export const GoalRow = ({ goal }: { goal: Goal }) => {
  const { t } = useTranslation();
  const pace = goal.pace;
  const done = pace?.status === 'achieved';
  return (
    <Card p="md" data-testid="goal-row" data-goal-id={goal.id}>
      <Group gap="md" align="center" wrap="wrap">
        <Box miw={0} style={{ flex: '1 1 16rem' }}>
          <Stack gap={4} miw={0}>
            <Group gap="xs" wrap="nowrap" miw={0}>
              <AnchorLink to="/goals/$goalId" params={{ goalId: goal.id }} fw={600} truncate data-testid="goal-link">
                {goal.name}
              </AnchorLink>
              {goal.kind === 'goal' ? null : (
                <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                  {t(`goals.kinds.${goal.kind}`)}
                </Badge>
              )}
              {goal.archivedAt ? (
                <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                  {t('goals.archived')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" truncate>
              {metricLabel(goal, t)} · {scopeLabel(goal, t)} · {t('goals.row.due', { date: formatDay(goal.endsOn) })}
            </Text>
          </Stack>
        </Box>
        <Box miw={0} style={{ flex: '1 1 18rem' }}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              {pace ? (
                <GoalStatusBadge status={pace.status} style={{ flexShrink: 0 }} />
              ) : goal.archivedAt ? (
                <span />
              ) : (
                <Text size="xs" c="dimmed">
                  {t('goals.row.noPace')}
                </Text>
              )}
              <Text size="xs" c="dimmed" truncate style={{ fontVariantNumeric: 'tabular-nums' }}>
                {pace ? `${formatGoalValue(pace.actual, goal)} / ` : ''}
                {formatGoalValue(goal.target, goal)}
                {pace?.attainmentPercent ? ` · ${formatPercent(pace.attainmentPercent)}` : ''}
              </Text>
            </Group>
            <GoalPaceBar goal={goal} />
            <GoalLastYear goal={goal} ta="right" />
          </Stack>
        </Box>
        <Box style={{ flex: '0 0 15rem', marginLeft: 'auto' }}>
          <Group justify="flex-end" gap="md" wrap="nowrap">
            <Figure
              label={t('goals.row.stillToGo')}
              value={!pace ? '—' : done ? t('goals.row.reached') : formatGoalValue(pace.distance, goal)}
              testId="goal-distance"
            />
            <Figure
              label={t('goals.row.perDay')}
              value={pace && !done ? formatGoalValue(pace.runRateNeeded, goal) : '—'}
              testId="goal-run-rate-needed"
            />
          </Group>
        </Box>
      </Group>
    </Card>
  );
};
