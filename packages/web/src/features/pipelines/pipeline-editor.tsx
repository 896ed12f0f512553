import { ActionIcon, Alert, Group, NumberInput, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { createPipelineSchema, type Pipeline, type SalesRole, type StageKind, updatePipelineSchema } from '@pacer/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from '../../components/row-buttons';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { FormActions, FormSection, RecordDrawer } from '../records/record-form';
import { salesRoleOptions, stageKindColors, stageKindOptions } from '../records/vocab';
import { pipelinesApi } from './pipelines-api';

interface StageValues {
  id?: string;
  name: string;
  probability: number;
  kind: StageKind;
  ownerRole: SalesRole | null;
}

interface PipelineValues extends Record<string, unknown> {
  name: string;
  isDefault: boolean;
  stages: StageValues[];
}

const templateStages = (t: TFunction): StageValues[] => [
  { name: t('pipelines.template.qualify'), probability: 10, kind: 'open', ownerRole: null },
  { name: t('pipelines.template.proposal'), probability: 40, kind: 'open', ownerRole: null },
  { name: t('pipelines.template.negotiation'), probability: 70, kind: 'open', ownerRole: null },
  { name: t('pipelines.template.won'), probability: 100, kind: 'won', ownerRole: null },
  { name: t('pipelines.template.lost'), probability: 0, kind: 'lost', ownerRole: null },
];

// The core's stage rules speak English; the page says them in the reader's language.
const ruleKeys: Record<string, 'open' | 'won' | 'lost' | 'names'> = {
  'At least one open stage': 'open',
  'Exactly one won stage': 'won',
  'At least one lost stage': 'lost',
  'Names must differ': 'names',
};

const PipelineForm = ({ pipeline, onDone }: { pipeline: Pipeline | null; onDone: () => void }) => {
  const { t } = useTranslation();
  const session = useSession();
  const form = useSchemaForm({
    schema: pipeline ? updatePipelineSchema : createPipelineSchema,
    initialValues: {
      name: pipeline?.name ?? '',
      isDefault: pipeline?.isDefault ?? false,
      stages:
        pipeline?.stages.map((stage) => ({
          id: stage.id,
          name: stage.name,
          probability: stage.probability,
          kind: stage.kind,
          ownerRole: stage.ownerRole,
        })) ?? templateStages(t),
    } as PipelineValues,
  });
  const save = useSaveMutation({
    form,
    save: (input: Parameters<typeof pipelinesApi.update>[1]) =>
      pipeline
        ? pipelinesApi.update(pipeline.id, input)
        : pipelinesApi.create(input as Parameters<typeof pipelinesApi.create>[0]),
    savedMessage: (saved) => t(pipeline ? 'pipelines.form.saved' : 'pipelines.form.created', { name: saved.name }),
    refresh: [['pipelines'], ['deals']],
    onDone,
  });
  const stages = form.values.stages;
  const showRoles = session.org.salesModel === 'assembly_line' || stages.some((stage) => stage.ownerRole);
  const stageError = typeof form.errors.stages === 'string' ? form.errors.stages : null;

  const setKind = (index: number, kind: StageKind) => {
    form.setFieldValue(`stages.${index}.kind`, kind);
    if (kind === 'won') form.setFieldValue(`stages.${index}.probability`, 100);
    if (kind === 'lost') form.setFieldValue(`stages.${index}.probability`, 0);
  };

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="lg">
        <FormSection>
          <TextInput
            label={t('pipelines.form.name')}
            placeholder={t('pipelines.form.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Switch
            label={t('pipelines.form.isDefault')}
            description={t('pipelines.form.isDefaultHint')}
            disabled={pipeline?.isDefault}
            {...form.getInputProps('isDefault', { type: 'checkbox' })}
          />
        </FormSection>
        <FormSection title={t('pipelines.form.stages')}>
          <Text size="xs" c="dimmed">
            {t('pipelines.form.stagesHint')}
          </Text>
          {stageError ? (
            <Alert color="red" variant="light" py="xs">
              {ruleKeys[stageError] ? t(`pipelines.rules.${ruleKeys[stageError]}`) : stageError}
            </Alert>
          ) : null}
          {stages.map((stage, index) => (
            <Paper
              key={stage.id ?? `new-${index}`}
              withBorder
              p="xs"
              radius="md"
              data-testid="stage-row"
              style={{ borderLeft: `3px solid var(--mantine-color-${stageKindColors[stage.kind]}-5)` }}
            >
              <Group gap="xs" align="flex-end" wrap="wrap">
                <Stack gap={2}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={t('pipelines.form.up')}
                    disabled={index === 0}
                    onClick={() => form.reorderListItem('stages', { from: index, to: index - 1 })}
                  >
                    <IconArrowUp size={14} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={t('pipelines.form.down')}
                    disabled={index === stages.length - 1}
                    onClick={() => form.reorderListItem('stages', { from: index, to: index + 1 })}
                  >
                    <IconArrowDown size={14} />
                  </ActionIcon>
                </Stack>
                <TextInput
                  label={index === 0 ? t('pipelines.form.stageName') : undefined}
                  aria-label={t('pipelines.form.stageName')}
                  style={{ flex: '1 1 10rem' }}
                  size="sm"
                  {...form.getInputProps(`stages.${index}.name`)}
                />
                <NumberInput
                  label={index === 0 ? t('pipelines.form.probability') : undefined}
                  aria-label={t('pipelines.form.probability')}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  suffix=" %"
                  w={88}
                  size="sm"
                  {...form.getInputProps(`stages.${index}.probability`)}
                />
                <Select
                  label={index === 0 ? t('pipelines.form.kind') : undefined}
                  aria-label={t('pipelines.form.kind')}
                  data={stageKindOptions(t)}
                  allowDeselect={false}
                  w={116}
                  size="sm"
                  value={stage.kind}
                  onChange={(kind) => kind && setKind(index, kind as StageKind)}
                />
                {showRoles ? (
                  <Select
                    label={index === 0 ? t('pipelines.form.ownerRole') : undefined}
                    aria-label={t('pipelines.form.ownerRole')}
                    placeholder={t('pipelines.form.anyRole')}
                    data={salesRoleOptions(t)}
                    clearable
                    w={170}
                    size="sm"
                    {...form.getInputProps(`stages.${index}.ownerRole`)}
                  />
                ) : null}
                <RemoveRowButton
                  mb={4}
                  label={t('pipelines.form.remove')}
                  onClick={() => form.removeListItem('stages', index)}
                />
              </Group>
            </Paper>
          ))}
          <AddRowButton
            label={t('pipelines.form.addStage')}
            onClick={() => {
              // New open stages go before the first closing one.
              const firstClosed = stages.findIndex((stage) => stage.kind !== 'open');
              form.insertListItem(
                'stages',
                {
                  name: t('pipelines.form.newStage'),
                  probability: 50,
                  kind: 'open',
                  ownerRole: null,
                } satisfies StageValues,
                firstClosed === -1 ? undefined : firstClosed,
              );
            }}
            data-testid="add-stage"
          />
          {showRoles ? (
            <Text size="xs" c="dimmed">
              {t('pipelines.form.ownerRoleHint')}
            </Text>
          ) : null}
        </FormSection>
      </Stack>
      <FormActions
        onCancel={onDone}
        submitLabel={t(pipeline ? 'actions.saveChanges' : 'pipelines.form.create')}
        loading={save.isPending}
      />
    </form>
  );
};

/** Create a pipeline or rewrite one: its name, default flag and ordered stages. */
export const PipelineEditor = ({ pipeline, onClose }: { pipeline: Pipeline | 'new' | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <RecordDrawer
      target={pipeline}
      title={t(pipeline === 'new' ? 'pipelines.form.createTitle' : 'pipelines.form.editTitle')}
      formKey={(target) => (target === 'new' ? 'new' : target.id)}
      onClose={onClose}
    >
      {(target) => <PipelineForm pipeline={target === 'new' ? null : target} onDone={onClose} />}
    </RecordDrawer>
  );
};
