import { Badge, type BadgeProps, Box, Progress, Tooltip } from '@mantine/core';
import type { Goal } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { formatGoalValue, formatPercent, type GoalStatus, shareOfTarget, statusColors } from './goal-format';

/** A goal's pace status as a coloured badge. */
export const GoalStatusBadge = ({
  status,
  testId = 'goal-status',
  ...props
}: { status: GoalStatus; testId?: string } & Omit<BadgeProps, 'color'>) => {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} data-testid={testId} data-status={status} {...props}>
      {t(`goals.statuses.${status}`)}
    </Badge>
  );
};

/** Attainment as a bar in the status colour, with a tick where the goal should be by today. */
export const GoalPaceBar = ({ goal, size = 10 }: { goal: Goal; size?: number }) => {
  const { t } = useTranslation();
  const pace = goal.pace;
  if (!pace) return <Progress value={0} size={size} radius="xl" aria-hidden />;
  const actual = shareOfTarget(pace.actual, goal.target);
  const expected = shareOfTarget(pace.expected, goal.target);
  const label = t('goals.row.bar', {
    actual: formatGoalValue(pace.actual, goal),
    target: formatGoalValue(goal.target, goal),
    attainment: formatPercent(pace.attainmentPercent),
    expected: formatGoalValue(pace.expected, goal),
  });
  return (
    <Tooltip label={label} withArrow multiline maw={320}>
      <Box pos="relative" py={4} role="img" aria-label={label} data-testid="goal-pace-bar">
        <Progress.Root size={size} radius="xl">
          <Progress.Section value={actual} color={statusColors[pace.status]} />
        </Progress.Root>
        <Box
          pos="absolute"
          top={0}
          bottom={0}
          w={2}
          bg="var(--mantine-color-text)"
          style={{ left: `calc(${expected}% - 1px)`, borderRadius: 1, opacity: 0.7 }}
          data-testid="goal-expected-marker"
        />
      </Box>
    </Tooltip>
  );
};
