import { Text, type TextProps, Tooltip } from '@mantine/core';
import type { Goal } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { changeColor, changePercent, formatChange, formatGoalValue } from './goal-format';

/**
 * "Last year: X (+12 %)": the metric over the same span a year before, up to the same day, and the
 * actual against it; the percentage is left out when last year was 0 or there is no actual yet.
 */
export const GoalLastYear = ({ goal, ...props }: { goal: Goal } & TextProps) => {
  const { t } = useTranslation();
  if (goal.lastYear === null) return null;
  const change = goal.pace ? changePercent(goal.pace.actual, goal.lastYear) : null;
  return (
    <Tooltip label={t('goals.page.lastYearHint')} withArrow>
      <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="goal-last-year" {...props}>
        {t('goals.page.lastYear', { value: formatGoalValue(goal.lastYear, goal) })}
        {change === null ? null : (
          <>
            {' '}
            <Text span inherit style={{ whiteSpace: 'nowrap' }}>
              {'('}
              <Text span inherit fw={600} c={changeColor(change, goal) ?? 'dimmed'} data-testid="goal-last-year-change">
                {formatChange(change)}
              </Text>
              {')'}
            </Text>
          </>
        )}
      </Text>
    </Tooltip>
  );
};
