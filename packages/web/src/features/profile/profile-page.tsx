import { Avatar, Button, Card, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { type UpdateMeInput, updateMeSchema } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { initialsOf } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { applySession, useSession } from '../auth/session';
import { RepTypeBadge, RoleBadge } from '../people/member-labels';
import { ApiTokensCard } from './api-tokens-card';
import { ChangePasswordCard } from './change-password-card';
import { LanguageSwitch, updateMe } from './language-switch';

const DetailsCard = () => {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const form = useSchemaForm({ schema: updateMeSchema, initialValues: { name: session.user.name } });
  const save = useMutation({
    mutationFn: (input: UpdateMeInput) => updateMe(input),
    onSuccess: (updated) => {
      applySession(queryClient, updated);
      form.resetDirty({ name: updated.user.name });
      notifySuccess(t('profile.details.saved'));
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <Card>
      <Group wrap="nowrap" mb="lg">
        <Avatar color="pacer" size={56} radius="xl">
          {initialsOf(session.user.name)}
        </Avatar>
        <Stack gap={4} miw={0}>
          <Text fw={700} size="lg" truncate>
            {session.user.name}
          </Text>
          <Group gap={6}>
            <RoleBadge role={session.member.role} />
            <RepTypeBadge repType={session.member.repType} />
          </Group>
        </Stack>
      </Group>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="md">
          <TextInput label={t('profile.details.name')} required autoComplete="name" {...form.getInputProps('name')} />
          <TextInput
            label={t('profile.details.email')}
            description={t('profile.details.emailHint')}
            value={session.user.email}
            readOnly
            variant="filled"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('actions.saveChanges')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};

const LanguageCard = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  return (
    <Card>
      <Text fw={700}>{t('profile.language.title')}</Text>
      <Text size="sm" c="dimmed" mb="md">
        {t('profile.language.hint')}
      </Text>
      <LanguageSwitch size="sm" fullWidth />
      {member.locale === null ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('profile.language.followsOrg')}
        </Text>
      ) : null}
    </Card>
  );
};

/** The signed-in person's own settings. */
export const ProfilePage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.subtitle')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <DetailsCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <LanguageCard />
        </Grid.Col>
        <Grid.Col span={12}>
          <ChangePasswordCard />
        </Grid.Col>
        <Grid.Col span={12}>
          <ApiTokensCard />
        </Grid.Col>
      </Grid>
    </>
  );
};
