import { Anchor, Group, Stack } from '@mantine/core';
import { signInSchema } from '@pacer/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';
import { AuthSubmitButton, AuthSwitchPrompt, EmailField, PasswordField } from './auth-form-parts';
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
          <EmailField size="md" input={form.getInputProps('email')} />
          <PasswordField
            label={t('auth.fields.password')}
            autoComplete="current-password"
            size="md"
            input={form.getInputProps('password')}
          />
          <Group justify="flex-end" mt={-8}>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('auth.signIn.forgot')}
            </Anchor>
          </Group>
          <AuthSubmitButton loading={signIn.isPending}>{t('auth.signIn.submit')}</AuthSubmitButton>
        </Stack>
      </form>
      <AuthSwitchPrompt question={t('auth.signIn.noAccount')} linkLabel={t('auth.signIn.createOrg')} to="/sign-up" />
    </>
  );
};
