import { Alert, Anchor, Badge, Box, Group, Skeleton, Stack, Text } from '@mantine/core';
import type { GoalDetail } from '@pacer/core';
import { IconArchive, IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDay, formatMoney } from '../../lib/format';
import { useSession } from '../auth/session';
import { productLinesQuery } from '../products/products-api';
import { GoalActions } from './goal-actions';
import { GoalChildren, GoalHistory } from './goal-children';
import { GoalContributions } from './goal-contributions';
import { GoalFacts } from './goal-facts';
import { GoalFigures } from './goal-figures';
import { formatGoalValue, formatPercent, metricLabel, scopeLabel } from './goal-format';
import { GoalPaceBar, GoalStatusBadge } from './goal-pace-bar';
import { goalQuery, useCanSetGoals } from './goals-api';

const route = getRouteApi('/app/goals/$goalId');

// The chart library is big and only this page draws with it: it loads when the page does.
const GoalBurnupChart = lazy(() =>
  import('./goal-burnup-chart').then((module) => ({ default: module.GoalBurnupChart })),
);
const GoalYearOverYearSection = lazy(() =>
  import('./goal-year-over-year').then((module) => ({ default: module.GoalYearOverYearSection })),
);

/** What the goal is about and over which days, in one line under its name. */
const GoalSubtitle = ({ goal }: { goal: GoalDetail }) => {
  const { t } = useTranslation();
  const lines = useQuery({ ...productLinesQuery('all'), enabled: Boolean(goal.productLineId) });
  const productLine = lines.data?.find((line) => line.id === goal.productLineId)?.name;
  const parts = [
    t(`goals.kinds.${goal.kind}`),
    metricLabel(goal, t),
    productLine ? `${scopeLabel(goal, t)} (${productLine})` : scopeLabel(goal, t),
    `${t(`goals.periodKinds.${goal.periodKind}`)}: ${t('goals.page.period', {
      from: formatDay(goal.startsOn),
      to: formatDay(goal.endsOn),
    })}`,
  ];
  return <span data-testid="goal-subtitle">{parts.join(' · ')}</span>;
};

/** Note, reward, why a missed goal was missed, and the baseline of a relative target. */
const GoalNotes = ({ goal }: { goal: GoalDetail }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const reward = goal.rewardAmount ? formatMoney(goal.rewardAmount, goal.currency ?? org.currency) : null;
  const notes = [
    goal.baseline && goal.baselineValue !== null
      ? {
          label: t('goals.form.baseline'),
          text: t('goals.page.baseline', {
            baseline: t(`goals.form.baselines.${goal.baseline}`),
            value: formatGoalValue(goal.baselineValue, goal),
            percent: formatPercent(goal.upliftPercent, 2),
          }),
        }
      : null,
    goal.note ? { label: t('goals.page.note'), text: goal.note } : null,
    goal.rewardText || goal.rewardAmount
      ? {
          label: t('goals.page.reward'),
          text: [goal.rewardText, reward].filter(Boolean).join(' · '),
        }
      : null,
    goal.missedReason ? { label: t('goals.page.missedReason'), text: goal.missedReason } : null,
  ].filter((note) => note !== null);
  if (notes.length === 0) return null;
  return (
    <Stack gap={4} mb="lg" data-testid="goal-notes">
      {notes.map((note) => (
        <Text key={note.label} size="sm">
          <Text span fw={600}>
            {note.label}:
          </Text>{' '}
          {note.text}
        </Text>
      ))}
    </Stack>
  );
};

/** One goal: its pace in numbers, the burn-up, who contributed, last years, its parts and the history of its target. */
export const GoalPage = () => {
  const { t } = useTranslation();
  const { goalId } = route.useParams();
  const canManage = useCanSetGoals();
  const goal = useQuery(goalQuery(goalId));
  // The rep the drill-down is narrowed to, forgotten when another goal opens.
  const [narrowed, setNarrowed] = useState<{ goalId: string; repId: string | null } | null>(null);
  const factsRep = narrowed?.goalId === goalId ? narrowed.repId : null;
  const setFactsRep = (repId: string | null) => setNarrowed({ goalId, repId });

  const back = (
    <Anchor component={Link} to="/goals" size="sm">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} />
        {t('goals.page.back')}
      </Group>
    </Anchor>
  );
  if (goal.isError) {
    return (
      <Stack>
        {back}
        <QueryLoadError query={goal} />
      </Stack>
    );
  }
  if (!goal.data) return <RowsSkeleton rows={5} height={64} />;
  const data = goal.data;

  return (
    <Stack gap={0} data-testid="goal-page">
      <Group mb="sm">{back}</Group>
      <PageHeader
        title={data.name}
        description={<GoalSubtitle goal={data} />}
        actions={canManage ? <GoalActions goal={data} /> : null}
      />
      {data.archivedAt ? (
        <Alert variant="light" color="gray" icon={<IconArchive size={18} />} mb="lg">
          {t('goals.page.archivedNotice')}
        </Alert>
      ) : null}
      {data.rolledFromId ? (
        <AnchorLink to="/goals/$goalId" params={{ goalId: data.rolledFromId }} size="sm" mb="sm">
          {t(data.repeats ? 'goals.page.repeatedFrom' : 'goals.page.rolledFrom')}
        </AnchorLink>
      ) : null}
      {data.linkedGoalId ? (
        <AnchorLink
          to="/goals/$goalId"
          params={{ goalId: data.linkedGoalId }}
          size="sm"
          mb="sm"
          data-testid="goal-linked"
        >
          {t('goals.page.follows', { factor: data.linkedFactor })}
        </AnchorLink>
      ) : null}
      <GoalNotes goal={data} />
      <Group gap="md" mb="lg" wrap="nowrap" align="center">
        {data.pace ? <GoalStatusBadge status={data.pace.status} size="lg" /> : null}
        {data.repeats ? (
          <Badge variant="light" color="blue" size="lg" data-testid="goal-repeats-badge">
            {t('goals.page.repeats')}
          </Badge>
        ) : null}
        {data.archivedAt ? (
          <Badge variant="light" color="gray" size="lg">
            {t('goals.archived')}
          </Badge>
        ) : null}
        {data.pace ? (
          <Box style={{ flex: 1 }}>
            <GoalPaceBar goal={data} size={14} />
          </Box>
        ) : null}
      </Group>
      <GoalFigures goal={data} />
      <Stack gap="lg">
        <Suspense fallback={<Skeleton height={340} radius="md" />}>
          <GoalBurnupChart goal={data} />
        </Suspense>
        <GoalContributions goal={data} onPickRep={setFactsRep} />
        <GoalFacts goal={data} repId={factsRep} onRepChange={setFactsRep} />
        <Suspense fallback={<Skeleton height={320} radius="md" />}>
          <GoalYearOverYearSection goal={data} />
        </Suspense>
        <GoalChildren goal={data} />
        <GoalHistory goal={data} />
      </Stack>
    </Stack>
  );
};
