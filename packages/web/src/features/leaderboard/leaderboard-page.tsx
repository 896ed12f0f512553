import { Badge, Card, Group, Input, SegmentedControl, Select, Table, Text, useMatches } from '@mantine/core';
import type { LeaderboardRow, MetricDefinition, MetricKey } from '@pacer/core';
import { IconArrowDownRight, IconArrowUpRight, IconMinus, IconTrophy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatDecimal, formatMoney } from '../../lib/format';
import { useSession } from '../auth/session';
import { TeamSelect } from '../teams/team-select';
import { type LeaderboardRanking, leaderboardQuery, leaderboardRankings, metricCatalogQuery } from './leaderboard-api';
import { type LeaderboardPeriod, leaderboardPeriods, periodRange } from './leaderboard-periods';

const route = getRouteApi('/app/leaderboard');

/**
 * A metric's value as people read it: money with its currency, percentages and days with one
 * decimal; ranked by target, every value is a share of the rep's own target.
 */
const shown = (
  value: string | null,
  metric: MetricDefinition | undefined,
  currency: string | null,
  rankBy: LeaderboardRanking,
): string => {
  if (value === null) return '—';
  if (rankBy === 'target') return `${formatDecimal(value, 1)} %`;
  if (metric?.unit === 'money' && currency) return formatMoney(value, currency);
  if (metric?.unit === 'percent') return `${formatDecimal(value, 1)} %`;
  return formatDecimal(value, metric?.unit === 'days' ? 1 : 2);
};

/** How far a rep moved since the period before: up is a smaller rank number. */
const Movement = ({ row }: { row: LeaderboardRow }) => {
  const { t } = useTranslation();
  if (row.rank === null || row.previousRank === null || row.rank === row.previousRank) {
    return (
      <Group gap={4} c="dimmed" wrap="nowrap" aria-label={t('leaderboard.same')}>
        <IconMinus size={14} />
      </Group>
    );
  }
  const up = row.rank < row.previousRank;
  const count = Math.abs(row.previousRank - row.rank);
  return (
    <Group
      gap={2}
      c={up ? 'teal' : 'red'}
      wrap="nowrap"
      aria-label={t(up ? 'leaderboard.up' : 'leaderboard.down', { count })}
    >
      {up ? <IconArrowUpRight size={16} /> : <IconArrowDownRight size={16} />}
      <Text size="sm" fw={600}>
        {count}
      </Text>
    </Group>
  );
};

/** Reps ranked on a catalog metric (or their share of their own target on it) for this week, month, quarter or year, with their movement. */
export const LeaderboardPage = () => {
  const { t } = useTranslation();
  const { user, member } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setSearch = (patch: Partial<typeof search>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const metric = search.metric ?? 'won_revenue';
  const period: LeaderboardPeriod = search.period ?? 'month';
  const rankBy: LeaderboardRanking = search.rankBy ?? 'value';
  // Four periods in a row do not fit a phone at the normal size.
  const compact = useMatches({ base: 'xs', sm: 'sm' });
  const catalog = useQuery(metricCatalogQuery);
  const board = useQuery(leaderboardQuery({ metric, ...periodRange(period), teamId: search.teamId ?? null }, rankBy));
  const definition = catalog.data?.find((m) => m.key === metric);
  const pickable = (catalog.data ?? []).filter((m) => !m.internal && m.aggregation.kind !== 'snapshot');

  const rows = board.data?.rows ?? [];
  return (
    <>
      <PageHeader title={t('leaderboard.title')} description={t('leaderboard.subtitle')} />
      <Card mb="lg" p="md">
        <Group gap="md" wrap="wrap" align="flex-end">
          <Select
            label={t('leaderboard.metric')}
            data={pickable.map((m) => ({ value: m.key, label: t(`leaderboard.metrics.${m.key}`) }))}
            value={metric}
            onChange={(value) => value && setSearch({ metric: value as MetricKey })}
            searchable
            allowDeselect={false}
            w={260}
            data-testid="leaderboard-metric"
          />
          {member.role === 'rep' ? null : (
            <TeamSelect
              label={t('leaderboard.team')}
              placeholder={t('leaderboard.allTeams')}
              value={search.teamId ?? null}
              onChange={(value) => setSearch({ teamId: value ?? undefined })}
              w={240}
            />
          )}
          <SegmentedControl
            size={compact}
            data={leaderboardPeriods.map((p) => ({ value: p, label: t(`leaderboard.periods.${p}`) }))}
            value={period}
            onChange={(value) => setSearch({ period: value as LeaderboardPeriod })}
            data-testid="leaderboard-period"
          />
          <Input.Wrapper label={t('leaderboard.rankBy')}>
            <SegmentedControl
              size={compact}
              display="flex"
              data={leaderboardRankings.map((r) => ({ value: r, label: t(`leaderboard.rankings.${r}`) }))}
              value={rankBy}
              onChange={(value) => setSearch({ rankBy: value === 'target' ? 'target' : undefined })}
              data-testid="leaderboard-rank-by"
            />
          </Input.Wrapper>
        </Group>
        {rankBy === 'target' ? (
          <Text size="sm" c="dimmed" mt="sm" data-testid="leaderboard-target-note">
            {t('leaderboard.targetNote')}
          </Text>
        ) : null}
      </Card>
      {board.isError ? (
        <QueryLoadError query={board} />
      ) : !board.data ? (
        <RowsSkeleton rows={8} />
      ) : rows.length === 0 ? (
        <EmptyCard
          icon={<IconTrophy size={28} />}
          title={t('leaderboard.emptyTitle')}
          description={t('leaderboard.emptyBody')}
        />
      ) : (
        <Card p={0}>
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="leaderboard">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('leaderboard.rank')}</Table.Th>
                  <Table.Th w={70} />
                  <Table.Th>{t('leaderboard.rep')}</Table.Th>
                  <Table.Th ta="right">
                    {t(rankBy === 'target' ? 'leaderboard.ofTarget' : 'leaderboard.value')}
                  </Table.Th>
                  <Table.Th ta="right">{t('leaderboard.before')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr
                    key={row.repId}
                    data-testid="leaderboard-row"
                    bg={row.repId === user.id ? 'var(--mantine-primary-color-light)' : undefined}
                  >
                    <Table.Td>
                      <Text fw={700}>{row.rank ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Movement row={row} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text fw={500}>{row.repName}</Text>
                        {row.repId === user.id ? (
                          <Badge size="sm" variant="light">
                            {t('leaderboard.you')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right" fw={600} data-testid="leaderboard-value">
                      {rankBy === 'target' && row.value === null ? (
                        <Text span size="sm" c="dimmed">
                          {t('leaderboard.noGoal')}
                        </Text>
                      ) : (
                        shown(row.value, definition, board.data.currency, rankBy)
                      )}
                    </Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {shown(row.previousValue, definition, board.data.currency, rankBy)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {board.data?.currency ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('leaderboard.currencyNote', { currency: board.data.currency })}
        </Text>
      ) : null}
    </>
  );
};
