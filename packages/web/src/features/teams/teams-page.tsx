import { ActionIcon, Button, Card, EmptyState, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { buildTree, type Team } from '@pacer/core';
import {
  IconDots,
  IconMap2,
  IconPencil,
  IconPlus,
  IconSitemap,
  IconTrash,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, LoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { TreeList } from '../../components/tree-list';
import { isApiError } from '../../lib/api-client';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { regionsQuery } from '../regions/regions-api';
import { TeamFormModal, type TeamFormTarget } from './team-form-modal';
import { TeamMembersDrawer } from './team-members-drawer';
import { teamsApi, teamsQuery } from './teams-api';

interface TeamRowProps {
  team: Team;
  regionName: string | undefined;
  onEdit: () => void;
  onMembers: () => void;
  onAddChild: () => void;
  onDelete: () => void;
}

const TeamRow = ({ team, regionName, onEdit, onMembers, onAddChild, onDelete }: TeamRowProps) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" px="md" radius="md" data-testid="team-row">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Text fw={700} truncate>
            {team.name}
          </Text>
          <Group gap="md" c="dimmed" wrap="wrap" style={{ rowGap: 2 }}>
            <Group gap={4} wrap="nowrap">
              <IconUser size={14} />
              <Text size="xs">{team.managerName ?? t('teams.noManager')}</Text>
            </Group>
            {regionName ? (
              <Group gap={4} wrap="nowrap">
                <IconMap2 size={14} />
                <Text size="xs">{regionName}</Text>
              </Group>
            ) : null}
          </Group>
        </Stack>
        <Group gap={6} wrap="nowrap">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconUsers size={14} />}
            onClick={onMembers}
            aria-label={`${t('teams.manageMembers')}: ${t('labels.members', { count: team.memberCount })}`}
          >
            {team.memberCount}
          </Button>
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('teams.actionsFor', { name: team.name })}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
                {t('actions.edit')}
              </Menu.Item>
              <Menu.Item leftSection={<IconUsers size={16} />} onClick={onMembers}>
                {t('teams.manageMembers')}
              </Menu.Item>
              <Menu.Item leftSection={<IconPlus size={16} />} onClick={onAddChild}>
                {t('teams.addSubTeam')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
                {t('actions.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
    </Paper>
  );
};

/** Admin: the team tree; create, edit, delete teams and manage their members. */
export const TeamsPage = () => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const teams = useQuery(teamsQuery);
  const regions = useQuery(regionsQuery);
  const roots = useMemo(() => buildTree(teams.data ?? []), [teams.data]);
  const [formTarget, setFormTarget] = useState<TeamFormTarget | null>(null);
  const [membersOf, setMembersOf] = useState<Team | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const regionName = (id: string | null) => regions.data?.find((region) => region.id === id)?.name;

  const remove = useMutation({
    mutationFn: (team: Team) => teamsApi.remove(team.id),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t('teams.delete.done'));
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
    },
    onError: (error) => {
      setDeleting(null);
      notifyError(
        error,
        isApiError(error) && error.code === 'HAS_CHILDREN' ? t('teams.delete.hasChildren') : undefined,
        t('teams.delete.refused'),
      );
    },
  });

  const body = () => {
    if (teams.isError) {
      return (
        <LoadError
          title={t('states.loadFailed')}
          message={errorMessage(teams.error)}
          retryLabel={t('actions.retry')}
          onRetry={() => void teams.refetch()}
        />
      );
    }
    if (!teams.data) return <RowsSkeleton rows={5} height={60} />;
    if (teams.data.length === 0) {
      return (
        <Card>
          <EmptyState
            icon={<IconSitemap size={28} />}
            variant="light"
            title={t('teams.emptyTitle')}
            description={t('teams.emptyBody')}
            py="xl"
          >
            <EmptyState.Actions>
              <Button
                leftSection={<IconPlus size={18} />}
                onClick={() => setFormTarget({ mode: 'create', parentId: null })}
              >
                {t('teams.create')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Card>
      );
    }
    return (
      <TreeList
        roots={roots}
        renderNode={(team) => (
          <TeamRow
            team={team}
            regionName={regionName(team.regionId)}
            onEdit={() => setFormTarget({ mode: 'edit', team })}
            onMembers={() => setMembersOf(team)}
            onAddChild={() => setFormTarget({ mode: 'create', parentId: team.id })}
            onDelete={() => setDeleting(team)}
          />
        )}
      />
    );
  };

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        description={t('teams.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => setFormTarget({ mode: 'create', parentId: null })}
          >
            {t('teams.create')}
          </Button>
        }
      />
      {body()}
      <TeamFormModal target={formTarget} teams={teams.data ?? []} onClose={() => setFormTarget(null)} />
      <TeamMembersDrawer team={membersOf} onClose={() => setMembersOf(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('teams.delete.title')}
        message={t('teams.delete.body', { name: deleting?.name ?? '' })}
        confirmLabel={t('actions.delete')}
        cancelLabel={t('actions.cancel')}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
};
