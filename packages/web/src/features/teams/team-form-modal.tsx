import { Select } from '@mantine/core';
import { createTeamSchema, type Team } from '@pacer/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal, ModalForm, NameParentFields } from '../../components/form-modal';
import { parentOptions, treeOptions } from '../../components/tree-list';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { MemberPicker } from '../people/member-picker';
import { regionsQuery } from '../regions/regions-api';
import { teamsApi } from './teams-api';

/** What the modal edits: an existing team, or a new one (maybe below a given parent). */
export type TeamFormTarget = { mode: 'edit'; team: Team } | { mode: 'create'; parentId: string | null };

interface TeamValues extends Record<string, unknown> {
  name: string;
  parentId: string | null;
  managerId: string | null;
  regionId: string | null;
}

const TeamForm = ({ target, teams, onDone }: { target: TeamFormTarget; teams: Team[]; onDone: () => void }) => {
  const { t } = useTranslation();
  const regions = useQuery(regionsQuery);
  const team = target.mode === 'edit' ? target.team : null;
  const form = useSchemaForm({
    schema: createTeamSchema,
    initialValues: {
      name: team?.name ?? '',
      parentId: team ? team.parentId : target.mode === 'create' ? target.parentId : null,
      managerId: team?.managerId ?? null,
      regionId: team?.regionId ?? null,
    } as TeamValues,
  });
  // A team cannot move below itself or its own sub-teams.
  const parents = useMemo(() => parentOptions(teams, team), [teams, team]);
  const save = useSaveMutation({
    form,
    save: (input: TeamValues) => (team ? teamsApi.update(team.id, input) : teamsApi.create(input)),
    savedMessage: (saved) => t(team ? 'teams.form.saved' : 'teams.form.created', { name: saved.name }),
    refresh: [['teams']],
    onDone,
  });

  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => save.mutate(values as TeamValues))}
      cancelLabel={t('actions.cancel')}
      submitLabel={team ? t('actions.saveChanges') : t('actions.create')}
      loading={save.isPending}
      onCancel={onDone}
    >
      <NameParentFields
        labels={{
          name: t('teams.form.name'),
          namePlaceholder: t('teams.form.namePlaceholder'),
          parent: t('teams.form.parent'),
          parentPlaceholder: t('teams.form.parentPlaceholder'),
        }}
        parentOptions={parents}
        nameInput={form.getInputProps('name')}
        parentInput={form.getInputProps('parentId')}
      />
      <MemberPicker
        label={t('teams.form.manager')}
        placeholder={t('teams.form.managerPlaceholder')}
        nothingFoundMessage={t('teams.picker.nothingFound')}
        selectedName={team?.managerName}
        value={form.values.managerId}
        onChange={(userId) => form.setFieldValue('managerId', userId)}
        error={form.errors.managerId}
      />
      <Select
        label={t('teams.form.region')}
        placeholder={t('teams.form.regionPlaceholder')}
        data={treeOptions(regions.data ?? [])}
        searchable
        clearable
        {...form.getInputProps('regionId')}
      />
    </ModalForm>
  );
};

/** Create or edit a team: name, parent, manager, region. */
export const TeamFormModal = ({
  target,
  teams,
  onClose,
}: {
  target: TeamFormTarget | null;
  teams: Team[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <FormModal
      target={target}
      title={target?.mode === 'edit' ? t('teams.form.editTitle') : t('teams.form.createTitle')}
      formKey={(open) => (open.mode === 'edit' ? open.team.id : `new-${open.parentId}`)}
      onClose={onClose}
    >
      {(open) => <TeamForm target={open} teams={teams} onDone={onClose} />}
    </FormModal>
  );
};
