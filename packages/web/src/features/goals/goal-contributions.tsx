import { Anchor, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { Goal } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { formatDay } from '../../lib/format';
import { SectionCard } from '../records/record-details';
import { formatGoalValue } from './goal-format';
import { goalContributionsQuery } from './goals-api';

interface Part {
  key: string;
  name: string;
  value: string | null;
}

/** Parts largest first, each with a bar relative to the largest (a negative or missing part draws none). */
const PartBars = ({
  title,
  parts,
  goal,
  testId,
  onPick,
}: {
  title: string;
  parts: Part[];
  goal: Goal;
  testId: string;
  onPick?: (key: string) => void;
}) => {
  const { t } = useTranslation();
  const sorted = [...parts].sort((a, b) => Number(b.value ?? 0) - Number(a.value ?? 0));
  const largest = Math.max(0, ...sorted.map((part) => Number(part.value ?? 0)));
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text fw={600} mb="sm">
        {title}
      </Text>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('goals.page.contributions.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {sorted.map((part) => {
            const amount = Number(part.value ?? 0);
            const share = largest > 0 && amount > 0 ? (amount / largest) * 100 : 0;
            return (
              <div key={part.key} data-testid="goal-contribution">
                <Group justify="space-between" gap="xs" wrap="nowrap" mb={2}>
                  {onPick ? (
                    <Anchor component="button" type="button" size="sm" truncate onClick={() => onPick(part.key)}>
                      {part.name}
                    </Anchor>
                  ) : (
                    <Text size="sm" truncate>
                      {part.name}
                    </Text>
                  )}
                  <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {formatGoalValue(part.value, goal)}
                  </Text>
                </Group>
                <Progress value={share} size="sm" radius="xl" aria-label={part.name} />
              </div>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
};

/**
 * Who and which product lines made the goal's number so far, side by side (stacked on phones);
 * a rep's name narrows the records behind the number to theirs.
 */
export const GoalContributions = ({ goal, onPickRep }: { goal: Goal; onPickRep?: (repId: string) => void }) => {
  const { t } = useTranslation();
  const contributions = useQuery(goalContributionsQuery(goal.id));
  const data = contributions.data;
  return (
    <SectionCard
      title={t('goals.page.contributions.title')}
      action={
        data ? (
          <Text size="xs" c="dimmed" ta="right">
            {t('goals.page.period', { from: formatDay(data.from), to: formatDay(data.to) })}
          </Text>
        ) : null
      }
      testId="goal-contributions"
    >
      {contributions.isError ? (
        <QueryLoadError query={contributions} />
      ) : !data ? (
        <Skeleton height={160} radius="md" />
      ) : (
        <SimpleGrid cols={{ base: 1, md: data.byProductLine ? 2 : 1 }} spacing="md">
          <PartBars
            title={t('goals.page.contributions.byRep')}
            parts={data.byRep.map((rep) => ({ key: rep.repId, name: rep.repName, value: rep.value }))}
            goal={goal}
            testId="goal-contributions-by-rep"
            {...(onPickRep ? { onPick: onPickRep } : {})}
          />
          {data.byProductLine ? (
            <PartBars
              title={t('goals.page.contributions.byProductLine')}
              parts={data.byProductLine.map((line) => ({
                key: line.productLineId,
                name: line.name,
                value: line.value,
              }))}
              goal={goal}
              testId="goal-contributions-by-product-line"
            />
          ) : null}
        </SimpleGrid>
      )}
    </SectionCard>
  );
};
