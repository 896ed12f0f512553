import { Badge, Card, Grid, NavLink, Text } from '@mantine/core';
import { buildTree, type Team } from '@pacer/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { TreeList } from '../../components/tree-list';
import { useSession } from '../auth/session';
import { teamsQuery } from '../teams/teams-api';
import { TeamDetailCard } from './team-detail-card';

const route = getRouteApi('/app/team');

/** The team to show first: the one asked for, else the person's own, else the top of the tree. */
const pickTeam = (teams: Team[], requested: string | undefined, ownTeamIds: string[]): Team | undefined =>
  teams.find((team) => team.id === requested) ??
  teams.find((team) => ownTeamIds.includes(team.id)) ??
  teams.find((team) => !team.parentId || !teams.some((other) => other.id === team.parentId)) ??
  teams[0];

export const MyTeamPage = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  const { teamId } = route.useSearch();
  const navigate = route.useNavigate();
  const teams = useQuery(teamsQuery);
  const roots = useMemo(() => buildTree(teams.data ?? []), [teams.data]);
  const selected = teams.data ? pickTeam(teams.data, teamId, member.teamIds) : undefined;

  const body = () => {
    if (teams.isError) {
      return <QueryLoadError query={teams} />;
    }
    if (!teams.data) return <RowsSkeleton rows={5} height={52} />;
    if (!selected) {
      return (
        <EmptyCard
          icon={<IconUsersGroup size={28} />}
          title={t('myTeam.emptyTitle')}
          description={t('myTeam.emptyBody')}
        />
      );
    }
    const parent = teams.data.find((team) => team.id === selected.parentId);
    return (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card p="sm">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="xs" pt={4} pb="xs" lts={0.6}>
              {t('myTeam.tree')}
            </Text>
            <TreeList
              roots={roots}
              renderNode={(node) => (
                <NavLink
                  component="button"
                  type="button"
                  active={node.id === selected.id}
                  onClick={() => void navigate({ search: { teamId: node.id }, replace: true })}
                  label={node.name}
                  description={node.managerName ?? undefined}
                  rightSection={
                    <Badge size="sm" variant="light" color="gray" circle={node.memberCount < 10}>
                      {node.memberCount}
                    </Badge>
                  }
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  data-testid="team-tree-node"
                />
              )}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <TeamDetailCard teamId={selected.id} parent={parent} />
        </Grid.Col>
      </Grid>
    );
  };

  return (
    <>
      <PageHeader title={t('myTeam.title')} description={t('myTeam.subtitle')} />
      {body()}
    </>
  );
};
