import {
  Avatar,
  Button,
  Card,
  EmptyState,
  Grid,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronRight, IconSitemap, IconUser, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { initialsOf } from '../../lib/format';
import { useSession } from '../auth/session';
import { RepTypeBadge, RoleBadge } from '../people/member-labels';
import { teamsQuery } from '../teams/teams-api';
import { SetupChecklist } from './setup-checklist';

const greetingKey = (hour: number) => (hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening');

const ProfileCard = () => {
  const { t } = useTranslation();
  const { user, org, member } = useSession();
  return (
    <Card data-testid="profile-summary">
      <Group wrap="nowrap" mb="md">
        <Avatar color="pacer" size={52} radius="xl">
          {initialsOf(user.name)}
        </Avatar>
        <Stack gap={0} miw={0}>
          <Text fw={700} truncate>
            {user.name}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {user.email}
          </Text>
        </Stack>
      </Group>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('home.you.org')}
          </Text>
          <Text size="sm" fw={600} truncate>
            {org.name}
          </Text>
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('home.you.role')}
          </Text>
          <RoleBadge role={member.role} />
        </Group>
        {member.repType ? (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('home.you.repType')}
            </Text>
            <RepTypeBadge repType={member.repType} />
          </Group>
        ) : null}
        {member.title ? (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t('home.you.jobTitle')}
            </Text>
            <Text size="sm" truncate>
              {member.title}
            </Text>
          </Group>
        ) : null}
        <Text size="sm" c="dimmed">
          {member.teamIds.length > 0 ? t('home.you.teams', { count: member.teamIds.length }) : t('home.you.noTeam')}
        </Text>
      </Stack>
    </Card>
  );
};

const VisibleTeams = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  const teams = useQuery(teamsQuery);

  if (teams.isError) {
    return <QueryLoadError query={teams} />;
  }
  if (!teams.data) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Skeleton height={92} radius="lg" />
        <Skeleton height={92} radius="lg" />
      </SimpleGrid>
    );
  }
  if (teams.data.length === 0) {
    return (
      <Card>
        <EmptyState
          icon={<IconSitemap size={28} />}
          variant="light"
          title={t('home.teams.emptyTitle')}
          description={member.role === 'admin' ? t('home.teams.emptyAdmin') : t('home.teams.emptyBody')}
        >
          {member.role === 'admin' ? (
            <EmptyState.Actions>
              <Button component={Link} to="/teams" variant="light">
                {t('home.teams.createTeam')}
              </Button>
            </EmptyState.Actions>
          ) : null}
        </EmptyState>
      </Card>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="visible-teams">
      {teams.data.map((team) => (
        <UnstyledButton
          key={team.id}
          renderRoot={(props) => <Link to="/team" search={{ teamId: team.id }} {...props} />}
        >
          <Card h="100%" className="pacer-hover-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4} miw={0}>
                <Text fw={700} truncate>
                  {team.name}
                </Text>
                <Group gap={6} c="dimmed" wrap="nowrap">
                  <IconUser size={14} />
                  <Text size="sm" truncate>
                    {team.managerName ? t('home.teams.managedBy', { name: team.managerName }) : t('labels.noManager')}
                  </Text>
                </Group>
                <Group gap={6} c="dimmed" wrap="nowrap">
                  <IconUsers size={14} />
                  <Text size="sm">{t('labels.members', { count: team.memberCount })}</Text>
                </Group>
              </Stack>
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" />
            </Group>
          </Card>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
};

export const HomePage = () => {
  const { t } = useTranslation();
  const { user, org, member } = useSession();
  const firstName = user.name.split(/\s+/)[0] ?? user.name;
  return (
    <>
      <PageHeader
        title={t(`home.greeting.${greetingKey(new Date().getHours())}`, { name: firstName })}
        description={t('home.subtitle', { org: org.name })}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {member.role === 'admin' ? <SetupChecklist /> : null}
            <Stack gap="sm">
              <Group justify="space-between" align="flex-end">
                <Stack gap={0}>
                  <Text fw={700} size="lg">
                    {t('home.teams.title')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('home.teams.subtitle')}
                  </Text>
                </Stack>
              </Group>
              <VisibleTeams />
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ProfileCard />
        </Grid.Col>
      </Grid>
    </>
  );
};
