import { Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Team } from '@pacer/core';
import { IconMap2, IconUser, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { useSession } from '../auth/session';
import { regionsQuery } from '../regions/regions-api';
import { teamQuery } from '../teams/teams-api';
import { TeamMemberList } from './team-member-row';

/** The selected team: who leads it, where it sells, and its members. */
export const TeamDetailCard = ({ teamId, parent }: { teamId: string; parent: Team | undefined }) => {
  const { t } = useTranslation();
  const { user } = useSession();
  const team = useQuery(teamQuery(teamId));
  const regions = useQuery(regionsQuery);

  if (team.isError) {
    return <QueryLoadError query={team} />;
  }
  if (!team.data) {
    return (
      <Card>
        <Skeleton height={28} width="40%" mb="sm" />
        <Skeleton height={16} width="60%" mb="xl" />
        <RowsSkeleton rows={4} height={48} />
      </Card>
    );
  }

  const detail = team.data;
  const region = regions.data?.find((candidate) => candidate.id === detail.regionId);
  const members = [...detail.members].sort(
    (a, b) =>
      Number(b.userId === detail.managerId) - Number(a.userId === detail.managerId) || a.name.localeCompare(b.name),
  );
  return (
    <Card data-testid="team-detail">
      <Stack gap={6} mb="md">
        <Title order={3}>{detail.name}</Title>
        {parent ? (
          <Text size="sm" c="dimmed">
            {t('myTeam.parent', { name: parent.name })}
          </Text>
        ) : null}
        <Group gap="lg" mt={4}>
          <Group gap={6} c="dimmed">
            <IconUser size={16} />
            <Text size="sm">
              {t('myTeam.manager')}: <b>{detail.managerName ?? t('labels.none')}</b>
            </Text>
          </Group>
          {region ? (
            <Group gap={6} c="dimmed">
              <IconMap2 size={16} />
              <Text size="sm">
                {t('myTeam.region')}: <b>{region.name}</b>
              </Text>
            </Group>
          ) : null}
          <Group gap={6} c="dimmed">
            <IconUsers size={16} />
            <Text size="sm">{t('labels.members', { count: detail.members.length })}</Text>
          </Group>
        </Group>
      </Stack>
      <TeamMemberList
        members={members}
        managerId={detail.managerId}
        youId={user.id}
        emptyTitle={t('myTeam.noMembersTitle')}
        emptyBody={t('myTeam.noMembersBody')}
      />
    </Card>
  );
};
