import { Badge, Button, Group, Paper, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { acceptInvitationSchema, nameSchema } from '@pacer/core';
import { IconMail } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi, type InvitationPreview } from './auth-api';
import { AuthAlert, AuthSubmitButton, PasswordField } from './auth-form-parts';
import { startSession } from './session';

const route = getRouteApi('/public/invite');

// New logins must give a name; the contract leaves it optional for people who already have one.
const newUserSchema = acceptInvitationSchema.extend({ name: nameSchema });

const AcceptForm = ({ token, preview }: { token: string; preview: InvitationPreview }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: preview.existingUser ? acceptInvitationSchema : newUserSchema,
    initialValues: { name: '', password: '' },
    toInput: ({ name, password }) => ({ token, password, ...(preview.existingUser ? {} : { name }) }),
  });
  const accept = useMutation({
    mutationFn: authApi.acceptInvitation,
    onSuccess: async (session) => {
      // The token is spent: its preview must not be asked for again.
      queryClient.removeQueries({ queryKey: ['invitation-preview'] });
      startSession(queryClient, session);
      notifySuccess(t('auth.invite.welcome', { org: session.org.name }));
      await navigate({ to: '/' });
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <form onSubmit={form.onSubmit((values) => accept.mutate(values))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {preview.existingUser ? t('auth.invite.existingUser') : t('auth.invite.newUser')}
        </Text>
        {preview.existingUser ? null : (
          <TextInput
            label={t('auth.fields.name')}
            placeholder={t('auth.fields.namePlaceholder')}
            autoComplete="name"
            required
            size="md"
            {...form.getInputProps('name')}
          />
        )}
        <PasswordField
          label={t('auth.fields.password')}
          description={preview.existingUser ? undefined : t('auth.fields.passwordHint')}
          autoComplete={preview.existingUser ? 'current-password' : 'new-password'}
          size="md"
          input={form.getInputProps('password')}
        />
        <AuthSubmitButton loading={accept.isPending}>{t('auth.invite.submit')}</AuthSubmitButton>
      </Stack>
    </form>
  );
};

export const InvitePage = () => {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => authApi.previewInvitation(token),
    enabled: token.length > 0,
    retry: false,
  });

  if (!token || preview.isError) {
    return (
      <>
        <FormHeading title={t('auth.invite.invalidTitle')} />
        <AuthAlert tone="warning">{t('auth.invite.invalidBody')}</AuthAlert>
        <Button component={Link} to="/sign-in" variant="light" mt="lg">
          {t('auth.forgot.backToSignIn')}
        </Button>
      </>
    );
  }

  if (!preview.data) {
    return (
      <Stack gap="md">
        <Skeleton height={32} width="70%" />
        <Skeleton height={18} width="50%" />
        <Skeleton height={64} mt="md" />
        <Skeleton height={42} />
        <Skeleton height={42} />
      </Stack>
    );
  }

  const invitation = preview.data;
  return (
    <>
      <FormHeading
        title={t('auth.invite.title', { org: invitation.orgName })}
        subtitle={t('auth.invite.subtitle', { role: t(`roles.${invitation.role}`) })}
      />
      <Paper withBorder radius="md" p="sm" mb="lg" bg="var(--mantine-color-default-hover)">
        <Group gap="sm" wrap="nowrap">
          <IconMail size={20} color="var(--mantine-color-pacer-6)" />
          <Stack gap={0} miw={0} flex={1}>
            <Text size="xs" c="dimmed">
              {t('auth.invite.invitedEmail')}
            </Text>
            <Text fw={600} truncate data-testid="invite-email">
              {invitation.email}
            </Text>
          </Stack>
          <Badge variant="light">{t(`roles.${invitation.role}`)}</Badge>
        </Group>
      </Paper>
      <AcceptForm token={token} preview={invitation} />
    </>
  );
};
