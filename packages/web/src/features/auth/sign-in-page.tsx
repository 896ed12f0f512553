import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { signInSchema } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';
import { startSession } from './session';

const route = getRouteApi('/public/sign-in');

/** Only paths inside the app are followed after sign-in, never another site. */
const safeRedirect = (target: string | undefined): string =>
  target?.startsWith('/') && !target.startsWith('//') ? target : '/';

export const SignInPage = () => {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSchemaForm({ schema: signInSchema, initialValues: { email: '', password: '' } });
  const signIn = useMutation({
    mutationFn: authApi.signIn,
    onSuccess: async (session) => {
      startSession(queryClient, session);
      await navigate({ href: safeRedirect(redirect) });
    },
    onError: (error) => showFormError(form, error),
  });

  return (
    <>
      <FormHeading title={t('auth.signIn.title')} subtitle={t('auth.signIn.subtitle')} />
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('auth.fields.email')}
            placeholder={t('auth.fields.emailPlaceholder')}
            type="email"
            autoComplete="email"
            required
            size="md"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            size="md"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.signIn.forgot')}
            </Anchor>
          </Group>
          <Button type="submit" size="md" fullWidth loading={signIn.isPending}>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Text ta="center" size="sm" c="dimmed" mt="xl">
        {t('auth.signIn.noAccount')}{' '}
        <Anchor component={Link} to="/sign-up" fw={600}>
          {t('auth.signIn.createOrg')}
        </Anchor>
      </Text>
    </>
  );
};
