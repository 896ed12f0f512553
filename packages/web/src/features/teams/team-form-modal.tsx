import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { createTeamSchema, subtreeIds, type Team } from '@pacer/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { treeOptions } from '../../components/tree-list';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
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
  const queryClient = useQueryClient();
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
  const parentOptions = useMemo(
    () => treeOptions(teams, team ? subtreeIds(teams, [team.id]) : new Set()),
    [teams, team],
  );
  const save = useMutation({
    mutationFn: (input: TeamValues) => (team ? teamsApi.update(team.id, input) : teamsApi.create(input)),
    onSuccess: async (saved) => {
      notifySuccess(t(team ? 'teams.form.saved' : 'teams.form.created', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: ['teams'] });
      onDone();
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values as TeamValues))} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('teams.form.name')}
          placeholder={t('teams.form.namePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Select
          label={t('teams.form.parent')}
          placeholder={t('teams.form.parentPlaceholder')}
          data={parentOptions}
          searchable
          clearable
          {...form.getInputProps('parentId')}
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
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {team ? t('actions.saveChanges') : t('actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
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
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('teams.form.editTitle') : t('teams.form.createTitle')}
      size="md"
    >
      {target ? (
        <TeamForm
          key={target.mode === 'edit' ? target.team.id : `new-${target.parentId}`}
          target={target}
          teams={teams}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
};
