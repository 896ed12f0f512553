import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { createInvitationSchema, type RepType, type Role } from '@pacer/core';
import { IconInfoCircle, IconMailForward } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../../components/copy-value';
import { ModalForm } from '../../components/form-modal';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { teamsQuery } from '../teams/teams-api';
import { repTypeOptions, roleOptions } from './member-labels';
import { peopleApi, type SentInvitation } from './people-api';

/** The accept link of a just-sent invitation, to copy and pass on when mail is off. */
export const InvitationLink = ({ invitation }: { invitation: SentInvitation }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="invitation-mail-status">
        {t(invitation.mailSent ? 'people.inviteForm.sentBody' : 'people.inviteForm.notSentBody', {
          email: invitation.email,
        })}
      </Text>
      <CopyValue
        value={invitation.acceptUrl}
        copyLabel={t('actions.copy')}
        copiedLabel={t('actions.copied')}
        testId="accept-url"
      />
      <Alert variant="light" color="yellow" icon={<IconInfoCircle size={18} />} py="xs">
        <Text size="xs">{t('people.inviteForm.linkOnce')}</Text>
      </Alert>
    </Stack>
  );
};

interface InviteValues extends Record<string, unknown> {
  email: string;
  role: Role;
  repType: RepType | null;
  teamId: string | null;
}

const initialValues: InviteValues = { email: '', role: 'rep', repType: 'inside', teamId: null };

const InviteForm = ({ onSent, onCancel }: { onSent: (invitation: SentInvitation) => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const teams = useQuery(teamsQuery);
  const form = useSchemaForm({
    schema: createInvitationSchema,
    initialValues,
    toInput: ({ email, role, repType, teamId }) => ({ email, role, repType: role === 'rep' ? repType : null, teamId }),
  });
  const invite = useMutation({
    mutationFn: peopleApi.invite,
    onSuccess: async (invitation) => {
      await queryClient.invalidateQueries({ queryKey: ['invitations'] });
      onSent(invitation);
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <ModalForm
      onSubmit={form.onSubmit((values) => invite.mutate(values))}
      cancelLabel={t('actions.cancel')}
      submitLabel={t('people.inviteForm.submit')}
      submitIcon={<IconMailForward size={18} />}
      loading={invite.isPending}
      onCancel={onCancel}
    >
      <TextInput
        label={t('people.inviteForm.email')}
        type="email"
        placeholder={t('people.inviteForm.emailPlaceholder')}
        required
        data-autofocus
        {...form.getInputProps('email')}
      />
      <Group grow align="flex-start" wrap="wrap">
        <Select
          label={t('people.inviteForm.role')}
          data={roleOptions(t)}
          allowDeselect={false}
          miw={160}
          {...form.getInputProps('role')}
          onChange={(value) => {
            form.setFieldValue('role', (value ?? 'rep') as Role);
            form.setFieldValue('repType', value === 'rep' ? (form.values.repType ?? 'inside') : null);
          }}
        />
        {form.values.role === 'rep' ? (
          <Select
            label={t('people.inviteForm.repType')}
            data={repTypeOptions(t)}
            allowDeselect={false}
            required
            miw={160}
            {...form.getInputProps('repType')}
          />
        ) : null}
      </Group>
      <Select
        label={t('people.inviteForm.team')}
        placeholder={t('people.inviteForm.teamPlaceholder')}
        data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        searchable
        clearable
        {...form.getInputProps('teamId')}
      />
    </ModalForm>
  );
};

/** Invite someone by e-mail; afterwards show the accept link to copy. */
export const InviteModal = ({
  opened,
  onClose,
  onSent,
}: {
  opened: boolean;
  onClose: () => void;
  onSent?: () => void;
}) => {
  const { t } = useTranslation();
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const [formKey, setFormKey] = useState(0);
  const close = () => {
    onClose();
    setSent(null);
    setFormKey((key) => key + 1);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={
        <Group gap="sm">
          <ThemeIcon variant="light" size="lg" radius="md">
            <IconMailForward size={20} />
          </ThemeIcon>
          <Title order={4}>{sent ? t('people.inviteForm.sentTitle') : t('people.inviteForm.title')}</Title>
        </Group>
      }
    >
      {sent ? (
        <Stack gap="md">
          <InvitationLink invitation={sent} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setSent(null);
                setFormKey((key) => key + 1);
              }}
            >
              {t('people.inviteForm.another')}
            </Button>
            <Button onClick={close}>{t('people.inviteForm.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <InviteForm
          key={formKey}
          onSent={(invitation) => {
            setSent(invitation);
            onSent?.();
          }}
          onCancel={close}
        />
      )}
    </Modal>
  );
};
