import { Button, Group, Stack, Text } from '@mantine/core';
import { buildTree, type Team } from '@pacer/core';
import { IconMap2, IconPencil, IconPlus, IconSitemap, IconUser, IconUsers } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { CreateButton, TreeAdminRow } from '../../components/tree-admin-row';
import { useTreeDelete } from '../../components/tree-delete-confirm';
import { TreeList } from '../../components/tree-list';
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
    <TreeAdminRow
      data-testid="team-row"
      extra={
        <Button
          variant="light"
          size="xs"
          leftSection={<IconUsers size={14} />}
          onClick={onMembers}
          aria-label={`${t('teams.manageMembers')}: ${t('labels.members', { count: team.memberCount })}`}
        >
          {team.memberCount}
        </Button>
      }
      actionsLabel={t('labels.actionsFor', { name: team.name })}
      actions={[
        { label: t('actions.edit'), icon: <IconPencil size={16} />, onClick: onEdit },
        { label: t('teams.manageMembers'), icon: <IconUsers size={16} />, onClick: onMembers },
        { label: t('teams.addSubTeam'), icon: <IconPlus size={16} />, onClick: onAddChild },
      ]}
      deleteLabel={t('actions.delete')}
      onDelete={onDelete}
    >
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
    </TreeAdminRow>
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
  const regionName = (id: string | null) => regions.data?.find((region) => region.id === id)?.name;

  const remove = useTreeDelete({
    remove: (team: Team) => teamsApi.remove(team.id),
    onDeleted: () => queryClient.invalidateQueries({ queryKey: ['teams'] }),
    labels: {
      title: t('teams.delete.title'),
      message: (name) => t('teams.delete.body', { name }),
      confirm: t('actions.delete'),
      cancel: t('actions.cancel'),
      done: t('teams.delete.done'),
      hasChildren: t('teams.delete.hasChildren'),
      refused: t('teams.delete.refused'),
    },
  });
  const createButton = (
    <CreateButton label={t('teams.create')} onClick={() => setFormTarget({ mode: 'create', parentId: null })} />
  );

  const body = () => {
    if (teams.isError) return <QueryLoadError query={teams} />;
    if (!teams.data) return <RowsSkeleton rows={5} height={60} />;
    if (teams.data.length === 0) {
      return (
        <EmptyCard
          icon={<IconSitemap size={28} />}
          title={t('teams.emptyTitle')}
          description={t('teams.emptyBody')}
          action={createButton}
        />
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
            onDelete={() => remove.ask(team)}
          />
        )}
      />
    );
  };

  return (
    <>
      <PageHeader title={t('teams.title')} description={t('teams.subtitle')} actions={createButton} />
      {body()}
      <TeamFormModal target={formTarget} teams={teams.data ?? []} onClose={() => setFormTarget(null)} />
      <TeamMembersDrawer team={membersOf} onClose={() => setMembersOf(null)} />
      {remove.modal}
    </>
  );
};
