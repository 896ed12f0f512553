import { ActionIcon, Badge, Button, Card, EmptyState, Group, Menu, Paper, Text, ThemeIcon } from '@mantine/core';
import { buildTree, type Region } from '@pacer/core';
import { IconDots, IconMap2, IconMapPin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, LoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { TreeList } from '../../components/tree-list';
import { isApiError } from '../../lib/api-client';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { teamsQuery } from '../teams/teams-api';
import { RegionFormModal, type RegionFormTarget } from './region-form-modal';
import { regionsApi, regionsQuery } from './regions-api';

interface RegionRowProps {
  region: Region;
  depth: number;
  teamCount: number;
  onEdit: () => void;
  onAddChild: () => void;
  onDelete: () => void;
}

const RegionRow = ({ region, depth, teamCount, onEdit, onAddChild, onDelete }: RegionRowProps) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" px="md" radius="md" data-testid="region-row">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <ThemeIcon variant="light" color={depth === 0 ? 'pacer' : 'gray'} radius="md">
            {depth === 0 ? <IconMap2 size={18} /> : <IconMapPin size={18} />}
          </ThemeIcon>
          <Text fw={600} truncate>
            {region.name}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          {teamCount > 0 ? (
            <Badge variant="light" color="gray">
              {t('regions.teams', { count: teamCount })}
            </Badge>
          ) : null}
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('regions.actionsFor', { name: region.name })}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
                {t('actions.edit')}
              </Menu.Item>
              <Menu.Item leftSection={<IconPlus size={16} />} onClick={onAddChild}>
                {t('regions.addSubRegion')}
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

/** Admin: the region and territory tree. */
export const RegionsPage = () => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const regions = useQuery(regionsQuery);
  const teams = useQuery(teamsQuery);
  const roots = useMemo(() => buildTree(regions.data ?? []), [regions.data]);
  const [formTarget, setFormTarget] = useState<RegionFormTarget | null>(null);
  const [deleting, setDeleting] = useState<Region | null>(null);
  const teamCount = (regionId: string) => teams.data?.filter((team) => team.regionId === regionId).length ?? 0;

  const remove = useMutation({
    mutationFn: (region: Region) => regionsApi.remove(region.id),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t('regions.delete.done'));
      await queryClient.invalidateQueries({ queryKey: ['regions'] });
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
    },
    onError: (error) => {
      setDeleting(null);
      notifyError(
        error,
        isApiError(error) && error.code === 'HAS_CHILDREN' ? t('regions.delete.hasChildren') : undefined,
        t('regions.delete.refused'),
      );
    },
  });
  const createTop = () => setFormTarget({ mode: 'create', parentId: null });

  const body = () => {
    if (regions.isError) {
      return (
        <LoadError
          title={t('states.loadFailed')}
          message={errorMessage(regions.error)}
          retryLabel={t('actions.retry')}
          onRetry={() => void regions.refetch()}
        />
      );
    }
    if (!regions.data) return <RowsSkeleton rows={4} height={56} />;
    if (regions.data.length === 0) {
      return (
        <Card>
          <EmptyState
            icon={<IconMap2 size={28} />}
            variant="light"
            title={t('regions.emptyTitle')}
            description={t('regions.emptyBody')}
            py="xl"
          >
            <EmptyState.Actions>
              <Button leftSection={<IconPlus size={18} />} onClick={createTop}>
                {t('regions.create')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Card>
      );
    }
    return (
      <TreeList
        roots={roots}
        renderNode={(region, depth) => (
          <RegionRow
            region={region}
            depth={depth}
            teamCount={teamCount(region.id)}
            onEdit={() => setFormTarget({ mode: 'edit', region })}
            onAddChild={() => setFormTarget({ mode: 'create', parentId: region.id })}
            onDelete={() => setDeleting(region)}
          />
        )}
      />
    );
  };

  return (
    <>
      <PageHeader
        title={t('regions.title')}
        description={t('regions.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={createTop}>
            {t('regions.create')}
          </Button>
        }
      />
      {body()}
      <RegionFormModal target={formTarget} regions={regions.data ?? []} onClose={() => setFormTarget(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('regions.delete.title')}
        message={t('regions.delete.body', { name: deleting?.name ?? '' })}
        confirmLabel={t('actions.delete')}
        cancelLabel={t('actions.cancel')}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
};
