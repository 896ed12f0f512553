import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { createRegionSchema, type Region, subtreeIds } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { treeOptions } from '../../components/tree-list';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { regionsApi } from './regions-api';

/** What the modal edits: an existing region, or a new one (maybe below a given parent). */
export type RegionFormTarget = { mode: 'edit'; region: Region } | { mode: 'create'; parentId: string | null };

interface RegionValues extends Record<string, unknown> {
  name: string;
  parentId: string | null;
}

const RegionForm = ({
  target,
  regions,
  onDone,
}: {
  target: RegionFormTarget;
  regions: Region[];
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const region = target.mode === 'edit' ? target.region : null;
  const form = useSchemaForm({
    schema: createRegionSchema,
    initialValues: {
      name: region?.name ?? '',
      parentId: region ? region.parentId : target.mode === 'create' ? target.parentId : null,
    } as RegionValues,
  });
  // A region cannot move below itself or its own sub-regions.
  const parentOptions = useMemo(
    () => treeOptions(regions, region ? subtreeIds(regions, [region.id]) : new Set()),
    [regions, region],
  );
  const save = useMutation({
    mutationFn: (input: RegionValues) => (region ? regionsApi.update(region.id, input) : regionsApi.create(input)),
    onSuccess: async (saved) => {
      notifySuccess(t(region ? 'regions.form.saved' : 'regions.form.created', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: ['regions'] });
      onDone();
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values as RegionValues))} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('regions.form.name')}
          placeholder={t('regions.form.namePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('regions.form.parent')}
          placeholder={t('regions.form.parentPlaceholder')}
          data={parentOptions}
          searchable
          clearable
          {...form.getInputProps('parentId')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {region ? t('actions.saveChanges') : t('actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** Create or edit a region: name and parent. */
export const RegionFormModal = ({
  target,
  regions,
  onClose,
}: {
  target: RegionFormTarget | null;
  regions: Region[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('regions.form.editTitle') : t('regions.form.createTitle')}
    >
      {target ? (
        <RegionForm
          key={target.mode === 'edit' ? target.region.id : `new-${target.parentId}`}
          target={target}
          regions={regions}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
};
