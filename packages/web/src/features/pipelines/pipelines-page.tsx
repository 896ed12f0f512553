import { Badge, Button, Card, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import type { Pipeline } from '@pacer/core';
import { IconArchive, IconArchiveOff, IconLayoutKanban, IconPencil, IconPlus, IconStar } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { RowActionsMenu } from '../../components/row-actions-menu';
import { notifyError, notifySuccess } from '../../lib/notify';
import { salesRoleLabel, stageKindColors } from '../records/vocab';
import { PipelineEditor } from './pipeline-editor';
import { allPipelinesQuery, pipelinesApi } from './pipelines-api';

const StageChips = ({ pipeline }: { pipeline: Pipeline }) => {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {pipeline.stages.map((stage) => (
        <Tooltip key={stage.id} label={stage.ownerRole ? salesRoleLabel(t, stage.ownerRole) : `${stage.probability} %`}>
          <Badge
            variant={stage.kind === 'open' ? 'light' : 'filled'}
            color={stageKindColors[stage.kind]}
            size="lg"
            radius="sm"
            rightSection={
              <Text span size="xs" fw={500} opacity={0.8}>
                {stage.probability}%
              </Text>
            }
            data-testid="stage-chip"
          >
            {stage.name}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
};

/** Admin: the org's pipelines with their ordered stages. */
export const PipelinesPage = () => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pipelines = useQuery(allPipelinesQuery);
  const [editing, setEditing] = useState<Pipeline | 'new' | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['pipelines'] });
  const change = useMutation({
    mutationFn: ({ pipeline, action }: { pipeline: Pipeline; action: 'default' | 'archive' | 'restore' }) =>
      action === 'default'
        ? pipelinesApi.update(pipeline.id, { isDefault: true })
        : pipelinesApi.archive(pipeline.id, action === 'archive'),
    onSuccess: async (saved, { action }) => {
      if (action !== 'default')
        notifySuccess(
          t(action === 'archive' ? 'pipelines.form.archived' : 'pipelines.form.restored', { name: saved.name }),
        );
      else notifySuccess(t('pipelines.form.saved', { name: saved.name }));
      await refresh();
    },
    onError: (error) => notifyError(error),
  });
  const shown = (pipelines.data ?? []).filter((pipeline) => showArchived || !pipeline.archivedAt);
  const createButton = (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')} data-testid="create-pipeline">
      {t('pipelines.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('pipelines.title')} description={t('pipelines.subtitle')} actions={createButton} />
      {pipelines.isError ? (
        <QueryLoadError query={pipelines} />
      ) : !pipelines.data ? (
        <RowsSkeleton rows={3} height={110} />
      ) : pipelines.data.length === 0 ? (
        <EmptyCard
          icon={<IconLayoutKanban size={28} />}
          title={t('pipelines.empty.title')}
          description={t('pipelines.empty.body')}
          action={createButton}
        />
      ) : (
        <Stack gap="md">
          <Switch
            label={t('labels.showArchived')}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
          {shown.map((pipeline) => (
            <Card key={pipeline.id} data-testid="pipeline-card" style={{ opacity: pipeline.archivedAt ? 0.6 : 1 }}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" mb="sm">
                <Group gap="sm" wrap="wrap">
                  <Text fw={700} size="lg">
                    {pipeline.name}
                  </Text>
                  {pipeline.isDefault ? (
                    <Badge variant="light" leftSection={<IconStar size={12} />}>
                      {t('pipelines.default')}
                    </Badge>
                  ) : null}
                  {pipeline.archivedAt ? (
                    <Badge variant="light" color="orange">
                      {t('labels.archived')}
                    </Badge>
                  ) : null}
                  <Text size="sm" c="dimmed">
                    {t('pipelines.stages', { count: pipeline.stages.length })}
                  </Text>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconPencil size={14} />}
                    onClick={() => setEditing(pipeline)}
                  >
                    {t('pipelines.actions.edit')}
                  </Button>
                  <RowActionsMenu
                    label={t('labels.actionsFor', { name: pipeline.name })}
                    actions={[
                      !pipeline.isDefault &&
                        !pipeline.archivedAt && {
                          label: t('pipelines.actions.makeDefault'),
                          icon: <IconStar size={16} />,
                          onClick: () => change.mutate({ pipeline, action: 'default' }),
                        },
                      pipeline.archivedAt
                        ? {
                            label: t('actions.restore'),
                            icon: <IconArchiveOff size={16} />,
                            onClick: () => change.mutate({ pipeline, action: 'restore' }),
                          }
                        : {
                            label: t('actions.archive'),
                            icon: <IconArchive size={16} />,
                            danger: true,
                            disabled: pipeline.isDefault,
                            onClick: () => change.mutate({ pipeline, action: 'archive' }),
                          },
                    ]}
                  />
                </Group>
              </Group>
              <StageChips pipeline={pipeline} />
            </Card>
          ))}
        </Stack>
      )}
      <PipelineEditor pipeline={editing} onClose={() => setEditing(null)} />
    </>
  );
};
