import { Badge, Group, Text, ThemeIcon } from '@mantine/core';
import { buildTree, type Region } from '@pacer/core';
import { IconMap2, IconMapPin, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { CreateButton, TreeAdminRow } from '../../components/tree-admin-row';
import { useTreeDelete } from '../../components/tree-delete-confirm';
import { TreeList } from '../../components/tree-list';
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
    <TreeAdminRow
      data-testid="region-row"
      extra={
        teamCount > 0 ? (
          <Badge variant="light" color="gray">
            {t('regions.teams', { count: teamCount })}
          </Badge>
        ) : null
      }
      actionsLabel={t('labels.actionsFor', { name: region.name })}
      actions={[
        { label: t('actions.edit'), icon: <IconPencil size={16} />, onClick: onEdit },
        { label: t('regions.addSubRegion'), icon: <IconPlus size={16} />, onClick: onAddChild },
      ]}
      deleteLabel={t('actions.delete')}
      onDelete={onDelete}
    >
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ThemeIcon variant="light" color={depth === 0 ? 'pacer' : 'gray'} radius="md">
          {depth === 0 ? <IconMap2 size={18} /> : <IconMapPin size={18} />}
        </ThemeIcon>
        <Text fw={600} truncate>
          {region.name}
        </Text>
      </Group>
    </TreeAdminRow>
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
  const teamCount = (regionId: string) => teams.data?.filter((team) => team.regionId === regionId).length ?? 0;

  const remove = useTreeDelete({
    remove: (region: Region) => regionsApi.remove(region.id),
    onDeleted: async () => {
      await queryClient.invalidateQueries({ queryKey: ['regions'] });
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
    },
    labels: {
      title: t('regions.delete.title'),
      message: (name) => t('regions.delete.body', { name }),
      confirm: t('actions.delete'),
      cancel: t('actions.cancel'),
      done: t('regions.delete.done'),
      hasChildren: t('regions.delete.hasChildren'),
      refused: t('regions.delete.refused'),
    },
  });
  const createTop = () => setFormTarget({ mode: 'create', parentId: null });
  const createButton = <CreateButton label={t('regions.create')} onClick={createTop} />;

  const body = () => {
    if (regions.isError) return <QueryLoadError query={regions} />;
    if (!regions.data) return <RowsSkeleton rows={4} height={56} />;
    if (regions.data.length === 0) {
      return (
        <EmptyCard
          icon={<IconMap2 size={28} />}
          title={t('regions.emptyTitle')}
          description={t('regions.emptyBody')}
          action={createButton}
        />
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
            onDelete={() => remove.ask(region)}
          />
        )}
      />
    );
  };

  return (
    <>
      <PageHeader title={t('regions.title')} description={t('regions.subtitle')} actions={createButton} />
      {body()}
      <RegionFormModal target={formTarget} regions={regions.data ?? []} onClose={() => setFormTarget(null)} />
      {remove.modal}
    </>
  );
};
