import { Button, Card, Group, SegmentedControl, Stack, Switch, useMatches } from '@mantine/core';
import { localDateOf } from '@pacer/core';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../auth/session';
import { GoalAttainment } from './goal-attainment';
import { GoalFormModal } from './goal-form';
import { dueBy, type GoalListPeriod, goalListPeriods, mergeGoals } from './goal-list-periods';
import { GoalRow } from './goal-row';
import { goalsQuery, useCanSetGoals } from './goals-api';

const route = getRouteApi('/app/goals');

/** The goals in reach with their pace; a rep sees their own and the company's as "My pace". */
export const GoalsPage = () => {
  const { t } = useTranslation();
  const { user, member, org } = useSession();
  const canManage = useCanSetGoals();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const [creating, setCreating] = useState(false);
  // Four periods in a row do not fit a phone at the normal size.
  const compact = useMatches({ base: 'xs', sm: 'sm' });

  const period: GoalListPeriod = search.period ?? 'year';
  const archived = search.archived ?? false;
  const today = localDateOf(new Date(), org.timeZone);
  const last = dueBy(period, today, org.fiscalYearStartMonth);
  const on = last ? today : undefined;
  const rep = member.role === 'rep';
  const [showParts, setShowParts] = useState(false);

  // A rep's page is theirs: their own goals (and their teams'), plus the ones of the whole company.
  const mine = useQuery(goalsQuery(rep ? { on, archived, repId: user.id } : { on, archived }));
  const company = useQuery({ ...goalsQuery({ on, archived, scopeKind: 'org' }), enabled: rep });
  const failed = mine.isError ? mine : company.isError ? company : null;
  const loaded = Boolean(mine.data) && (!rep || Boolean(company.data));
  // A leader's list shows the goals they set; their parts (one per rep of a split) are one click
  // away on each goal's page, or here on demand. A rep's own part is their goal: always shown.
  const goals = mergeGoals([mine.data?.items, rep ? company.data?.items : undefined]).filter(
    (goal) => (!last || goal.endsOn <= last) && (rep || showParts || goal.parentId === null),
  );

  return (
    <>
      <PageHeader
        title={rep ? t('goals.myTitle') : t('goals.title')}
        description={rep ? t('goals.mySubtitle') : t('goals.subtitle')}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="goal-new">
              {t('goals.new')}
            </Button>
          ) : null
        }
      />
      {rep ? <GoalAttainment repId={user.id} /> : null}
      <Card mb="lg" p="md">
        <Group gap="md" wrap="wrap" justify="space-between">
          <SegmentedControl
            size={compact}
            aria-label={t('goals.periodFilter')}
            data={goalListPeriods.map((p) => ({ value: p, label: t(`goals.periods.${p}`) }))}
            value={period}
            onChange={(value) => setSearch({ period: value as GoalListPeriod })}
            data-testid="goal-period"
          />
          {rep ? null : (
            <Switch
              label={t('goals.showParts')}
              checked={showParts}
              onChange={(event) => setShowParts(event.currentTarget.checked)}
              data-testid="goal-show-parts"
            />
          )}
          <Switch
            label={t('labels.showArchived')}
            checked={archived}
            onChange={(event) => setSearch({ archived: event.currentTarget.checked || undefined })}
            data-testid="goal-show-archived"
          />
        </Group>
      </Card>
      {failed ? (
        <QueryLoadError query={failed} />
      ) : !loaded ? (
        <RowsSkeleton rows={5} height={84} />
      ) : goals.length === 0 ? (
        <EmptyCard
          icon={<IconTarget size={28} />}
          title={t('goals.emptyTitle')}
          description={t('goals.emptyBody')}
          action={
            canManage && !archived ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('goals.new')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <Stack gap="sm" data-testid="goal-list">
          {goals.map((goal) => (
            <GoalRow key={goal.id} goal={goal} />
          ))}
        </Stack>
      )}
      <GoalFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
};
