import { Alert, Paper, SimpleGrid, Text } from '@mantine/core';
import type { Goal } from '@pacer/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGoalValue, formatPercent } from './goal-format';
import { GoalLastYear } from './goal-last-year';

const Figure = ({
  label,
  value,
  hint,
  footer,
  testId,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  footer?: ReactNode;
  testId: string;
}) => (
  <Paper withBorder p="sm" radius="md" data-testid={testId}>
    <Text size="xs" c="dimmed" tt="uppercase" fw={700} lts={0.4}>
      {label}
    </Text>
    <Text
      fw={700}
      fz={{ base: 'md', sm: 'lg' }}
      style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}
      data-testid={`${testId}-value`}
    >
      {value || '—'}
    </Text>
    {hint ? (
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    ) : null}
    {footer}
  </Paper>
);

/** The numbers of a goal's pace: where it is (and was a year ago), where it should be, what is left and how likely it is. */
export const GoalFigures = ({ goal }: { goal: Goal }) => {
  const { t } = useTranslation();
  const pace = goal.pace;
  const value = (amount: string | null | undefined) => formatGoalValue(amount, goal);
  if (!pace) {
    return (
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="lg" data-testid="goal-figures">
        <Figure label={t('goals.page.target')} value={value(goal.target)} testId="goal-target" />
        {goal.archivedAt ? null : (
          <Alert variant="light" color="gray" style={{ gridColumn: 'span 3' }}>
            {t('goals.page.noPace')}
          </Alert>
        )}
      </SimpleGrid>
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="lg" data-testid="goal-figures">
      <Figure
        label={t('goals.page.actual')}
        value={value(pace.actual)}
        hint={formatPercent(pace.attainmentPercent)}
        footer={<GoalLastYear goal={goal} />}
        testId="goal-actual"
      />
      <Figure label={t('goals.page.target')} value={value(goal.target)} testId="goal-target" />
      <Figure label={t('goals.page.expected')} value={value(pace.expected)} testId="goal-expected" />
      <Figure
        label={t('goals.page.stillToGo')}
        value={pace.status === 'achieved' ? t('goals.row.reached') : value(pace.distance)}
        hint={
          pace.distancePercent
            ? t('goals.page.stillToGoPercent', { percent: formatPercent(pace.distancePercent) })
            : undefined
        }
        testId="goal-distance"
      />
      <Figure
        label={t('goals.page.perDay')}
        value={pace.status === 'achieved' ? '—' : value(pace.runRateNeeded)}
        hint={t('goals.page.daysLeft', { count: pace.remainingWorkingDays })}
        testId="goal-run-rate-needed"
      />
      <Figure
        label={t('goals.page.projected')}
        value={value(pace.projected)}
        hint={pace.runRate ? t('goals.page.runRate', { value: value(pace.runRate) }) : undefined}
        testId="goal-projected"
      />
      {pace.probability === null ? null : (
        <Figure
          label={t('goals.page.probability')}
          value={formatPercent(Math.round(pace.probability * 100))}
          testId="goal-probability"
        />
      )}
    </SimpleGrid>
  );
};
