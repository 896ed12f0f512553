import { createRegionSchema, type Region } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, ModalForm, NameParentFields } from '../../components/form-modal';
import { parentOptions } from '../../components/tree-list';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
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
  const region = target.mode === 'edit' ? target.region : null;
  const form = useSchemaForm({
    schema: createRegionSchema,
    initialValues: {
      name: region?.name ?? '',
      parentId: region ? region.parentId : target.mode === 'create' ? target.parentId : null,
    } as RegionValues,
  });
  // A region cannot move below itself or its own sub-regions.
  const parents = useMemo(() => parentOptions(regions, region), [regions, region]);
  const save = useSaveMutation({
    form,
    save: (input: RegionValues) => (region ? regionsApi.update(region.id, input) : regionsApi.create(input)),
    savedMessage: (saved) => t(region ? 'regions.form.saved' : 'regions.form.created', { name: saved.name }),
    refresh: [['regions']],
    onDone,
  });

  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => save.mutate(values as RegionValues))}
      cancelLabel={t('actions.cancel')}
      submitLabel={region ? t('actions.saveChanges') : t('actions.create')}
      loading={save.isPending}
      onCancel={onDone}
    >
      <NameParentFields
        labels={{
          name: t('regions.form.name'),
          namePlaceholder: t('regions.form.namePlaceholder'),
          parent: t('regions.form.parent'),
          parentPlaceholder: t('regions.form.parentPlaceholder'),
        }}
        parentOptions={parents}
        nameInput={form.getInputProps('name')}
        parentInput={form.getInputProps('parentId')}
      />
    </ModalForm>
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
    <FormModal
      target={target}
      title={target?.mode === 'edit' ? t('regions.form.editTitle') : t('regions.form.createTitle')}
      formKey={(open) => (open.mode === 'edit' ? open.region.id : `new-${open.parentId}`)}
      onClose={onClose}
    >
      {(open) => <RegionForm target={open} regions={regions} onDone={onClose} />}
    </FormModal>
  );
};
