import { Alert, Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useFullscreenDocument } from '@mantine/hooks';
import type { ContestDetail } from '@pacer/core';
import { IconArrowLeft, IconBan, IconDeviceTv, IconTrophy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../auth/session';
import { ContestActions } from './contest-actions';
import { ContestBoard, shownValue } from './contest-board';
import { canRunContests } from './contest-form-page';
import { contestPeriod, contestRule, prizeLabel, statusColor } from './contest-format';
import { ContestTv } from './contest-tv';
import { contestLeaderboardQuery, contestQuery } from './incentives-api';

const route = getRouteApi('/app/contests/$contestId');

/** The prizes, and once finished, who won what (a cash prize sits on their comp statement). */
const Outcome = ({ contest, currency }: { contest: ContestDetail; currency: string | null }) => {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} mb="lg">
      <Card p="md">
        <Title order={4} mb="xs">
          {t('incentives.contest.prizes')}
        </Title>
        <List size="sm" spacing={4} data-testid="contest-prizes">
          {contest.prizes.map((prize, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: prizes have no id and never reorder
            <List.Item key={index}>
              <Text span fw={600}>
                {prize.place === null
                  ? t('incentives.contest.prizeFor.every')
                  : t('incentives.contest.prizeFor.place', { place: prize.place })}
                :
              </Text>{' '}
              {prizeLabel(prize)} ({t(`incentives.form.prizeKinds.${prize.kind}`)})
            </List.Item>
          ))}
        </List>
      </Card>
      {contest.status === 'finished' ? (
        <Card p="md" data-testid="contest-winners">
          <Title order={4} mb="xs">
            {t('incentives.contest.winners')}
          </Title>
          {contest.winners.length === 0 ? <Text size="sm">{t('incentives.contest.noWinners')}</Text> : null}
          <Stack gap={6}>
            {contest.winners.map((winner) => (
              <Group key={winner.repId} gap="xs" wrap="wrap">
                <IconTrophy size={16} color="var(--mantine-color-yellow-6)" />
                <Text fw={600}>{winner.repName}</Text>
                <Badge variant="light">
                  {winner.place
                    ? t('incentives.contest.place', { place: winner.place })
                    : t('incentives.contest.qualified')}
                </Badge>
                <Text size="sm" c="dimmed">
                  {shownValue(winner.value, currency)} · {winner.prizes.map(prizeLabel).join(', ')}
                </Text>
                {winner.statementId ? (
                  <Badge color="teal" variant="outline">
                    {t('incentives.contest.statement')}
                  </Badge>
                ) : null}
              </Group>
            ))}
          </Stack>
        </Card>
      ) : null}
    </SimpleGrid>
  );
};

/** A contest: its rule and prizes, the live leaderboard (also on a TV); changing, cancelling and finishing it. */
export const ContestPage = () => {
  const { t } = useTranslation();
  const { user, member } = useSession();
  const { contestId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const screen = useFullscreenDocument();
  const contest = useQuery(contestQuery(contestId));
  const board = useQuery(contestLeaderboardQuery(contestId));
  const tv = search.tv === 1;
  const enterTv = () => {
    void navigate({ search: { tv: 1 }, replace: true });
    if (!screen.fullscreen) screen.toggle().catch(() => undefined);
  };
  const exitTv = () => {
    void navigate({ search: {}, replace: true });
    if (screen.fullscreen) screen.toggle().catch(() => undefined);
  };

  if (contest.isError) return <QueryLoadError query={contest} />;
  if (!contest.data) return <RowsSkeleton rows={6} />;
  const data = contest.data;
  const boardBody = board.isError ? (
    <QueryLoadError query={board} />
  ) : !board.data ? (
    <RowsSkeleton rows={5} />
  ) : (
    <ContestBoard contest={data} board={board.data} userId={user.id} />
  );
  if (tv) {
    return (
      <ContestTv
        contest={data}
        board={board.data}
        userId={user.id}
        updatedAt={board.dataUpdatedAt}
        refreshing={board.isFetching}
        fallback={boardBody}
        onExit={exitTv}
      />
    );
  }
  const over = data.status === 'finished' || data.status === 'cancelled';
  return (
    <>
      <Anchor
        component={Link}
        to="/contests"
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} />
        {t('incentives.contest.back')}
      </Anchor>
      <PageHeader
        title={data.name}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" color={statusColor[data.status]} data-testid="contest-status">
              {t(`incentives.contests.statuses.${data.status}`)}
            </Badge>
            <span>
              {t(`leaderboard.metrics.${data.metric}`)} · {contestPeriod(data)} · {contestRule(data, t)}
            </span>
          </Group>
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDeviceTv size={16} />}
              onClick={enterTv}
              data-testid="contest-tv"
            >
              {t('incentives.contest.tv')}
            </Button>
            {canRunContests(member.role) ? <ContestActions contest={data} /> : null}
          </>
        }
      />
      {data.description ? (
        <Text mb="md" maw={880} style={{ whiteSpace: 'pre-line' }} data-testid="contest-description">
          {data.description}
        </Text>
      ) : null}
      {data.status === 'cancelled' ? (
        <Alert color="red" variant="light" mb="md" icon={<IconBan size={18} />} data-testid="contest-cancelled">
          {t('incentives.contest.cancelledNote')}
        </Alert>
      ) : null}
      <Outcome contest={data} currency={board.data?.currency ?? null} />
      <Card p={0}>
        <Group justify="space-between" p="md" pb={0}>
          <Title order={4}>{t('incentives.contest.leaderboard')}</Title>
          <Text size="xs" c="dimmed">
            {t(over ? 'incentives.contest.final' : 'incentives.contest.live')}
          </Text>
        </Group>
        {boardBody}
      </Card>
    </>
  );
};
