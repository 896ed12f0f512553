import { Button, Drawer, Select, Stack, Text, TextInput } from '@mantine/core';
import { type Member, type MemberStatus, type RepType, type Role, updateMemberSchema } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../../components/feedback';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { repTypeOptions, roleOptions, statusOptions } from './member-labels';
import { peopleApi } from './people-api';

interface EditValues extends Record<string, unknown> {
  role: Role;
  repType: RepType | null;
  title: string;
  status: MemberStatus;
}

const EditMemberForm = ({ member, onDone }: { member: Member; onDone: () => void }) => {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: updateMemberSchema,
    initialValues: {
      role: member.role,
      repType: member.repType,
      title: member.title ?? '',
      status: member.status,
    } as EditValues,
    toInput: ({ role, repType, title, status }) => ({
      role,
      repType: role === 'rep' ? repType : null,
      title: title.trim() || null,
      status,
    }),
  });
  const save = useSaveMutation({
    form,
    save: (input: Parameters<typeof peopleApi.updateMember>[1]) => peopleApi.updateMember(member.userId, input),
    savedMessage: (updated) => t('people.edit.saved', { name: updated.name }),
    refresh: [['members'], ['teams']],
    onDone,
  });
  const isRep = form.values.role === 'rep';

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <Stack gap={0}>
          <Text fw={700}>{member.name}</Text>
          <Text size="sm" c="dimmed">
            {member.email}
          </Text>
        </Stack>
        <Select
          label={t('people.edit.role')}
          data={roleOptions(t)}
          allowDeselect={false}
          {...form.getInputProps('role')}
          onChange={(value) => {
            form.setFieldValue('role', (value ?? member.role) as Role);
            if (value !== 'rep') form.setFieldValue('repType', null);
            else if (!form.values.repType) form.setFieldValue('repType', 'inside');
          }}
        />
        <Select
          label={t('people.edit.repType')}
          description={isRep ? undefined : t('people.edit.repTypeHint')}
          data={repTypeOptions(t)}
          disabled={!isRep}
          allowDeselect={false}
          {...form.getInputProps('repType')}
        />
        <TextInput
          label={t('people.edit.jobTitle')}
          placeholder={t('people.edit.jobTitlePlaceholder')}
          {...form.getInputProps('title')}
        />
        <Select
          label={t('people.edit.status')}
          description={t('people.edit.statusHint')}
          data={statusOptions(t)}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <DialogButtons mt="md" cancelLabel={t('actions.cancel')} onCancel={onDone}>
          <Button type="submit" loading={save.isPending}>
            {t('actions.saveChanges')}
          </Button>
        </DialogButtons>
      </Stack>
    </form>
  );
};

/** Change a member's role, rep type, title or status. */
export const EditMemberDrawer = ({ member, onClose }: { member: Member | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Drawer opened={member !== null} onClose={onClose} title={t('people.edit.title')} position="right" size="md">
      {member ? <EditMemberForm key={member.userId} member={member} onDone={onClose} /> : null}
    </Drawer>
  );
};
