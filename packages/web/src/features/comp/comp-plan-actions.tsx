import { Button, Modal, TextInput } from '@mantine/core';
import { type CompPlanDetail, updateCompPlanSchema } from '@pacer/core';
import { IconArchive, IconPencil, IconRestore, IconVersions } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/form-modal';
import { RowActionsMenu } from '../../components/row-actions-menu';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { compApi } from './comp-api';

const RenameForm = ({ plan, onDone }: { plan: CompPlanDetail; onDone: () => void }) => {
  const { t } = useTranslation();
  const form = useSchemaForm({ schema: updateCompPlanSchema, initialValues: { name: plan.name } });
  const save = useSaveMutation({
    form,
    save: (input: { name: string }) => compApi.rename(plan.id, input.name),
    savedMessage: () => t('states.saved'),
    refresh: [['comp-plans']],
    onDone,
  });
  return (
    <ModalForm
      onSubmit={form.onSubmit((input) => save.mutate(input))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('actions.save')}
      loading={save.isPending}
      onCancel={onDone}
    >
      <TextInput label={t('comp.list.name')} required data-autofocus {...form.getInputProps('name')} />
    </ModalForm>
  );
};

/** A plan's actions: a new version of its terms from a day on, renaming, archiving or restoring. */
export const CompPlanActions = ({ plan }: { plan: CompPlanDetail }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const archive = useMutation({
    mutationFn: (archived: boolean) => compApi.archive(plan.id, archived),
    onSuccess: async (saved) => {
      notifySuccess(t(saved.archivedAt ? 'comp.plan.archivedDone' : 'comp.plan.restoredDone'));
      await queryClient.invalidateQueries({ queryKey: ['comp-plans'] });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <>
      {plan.archivedAt ? null : (
        <Button
          renderRoot={(props) => <Link to="/comp-plans/$planId/versions/new" params={{ planId: plan.id }} {...props} />}
          leftSection={<IconVersions size={16} />}
          data-testid="comp-plan-new-version"
        >
          {t('comp.plan.newVersion')}
        </Button>
      )}
      <RowActionsMenu
        label={t('labels.actionsFor', { name: plan.name })}
        actions={[
          { label: t('comp.plan.rename'), icon: <IconPencil size={16} />, onClick: () => setRenaming(true) },
          plan.archivedAt
            ? { label: t('actions.restore'), icon: <IconRestore size={16} />, onClick: () => archive.mutate(false) }
            : {
                label: t('actions.archive'),
                icon: <IconArchive size={16} />,
                danger: true,
                dividerBefore: true,
                onClick: () => archive.mutate(true),
              },
        ]}
      />
      <Modal opened={renaming} onClose={() => setRenaming(false)} title={t('comp.plan.rename')}>
        {renaming ? <RenameForm plan={plan} onDone={() => setRenaming(false)} /> : null}
      </Modal>
    </>
  );
};
