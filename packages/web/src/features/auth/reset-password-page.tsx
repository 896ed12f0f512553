import { Button, Stack } from '@mantine/core';
import { passwordResetConfirmSchema } from '@pacer/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';
import { AuthAlert, AuthSubmitButton, BackToSignInLink, PasswordField } from './auth-form-parts';

const route = getRouteApi('/public/reset-password');

export const ResetPasswordPage = () => {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const form = useSchemaForm({
    schema: passwordResetConfirmSchema,
    initialValues: { password: '' },
    toInput: (values) => ({ ...values, token }),
  });
  const confirm = useMutation({
    mutationFn: authApi.confirmPasswordReset,
    onError: (error) => showFormError(form, error),
  });

  if (!token) {
    return (
      <>
        <FormHeading title={t('auth.reset.title')} />
        <AuthAlert tone="warning">{t('auth.reset.missingToken')}</AuthAlert>
        <Button component={Link} to="/forgot-password" variant="light" mt="md">
          {t('auth.reset.requestNew')}
        </Button>
        <BackToSignInLink />
      </>
    );
  }

  if (confirm.isSuccess) {
    return (
      <>
        <FormHeading title={t('auth.reset.doneTitle')} />
        <AuthAlert tone="success" icon={<IconCircleCheck size={20} />}>
          {t('auth.reset.doneBody')}
        </AuthAlert>
        <Button component={Link} to="/sign-in" mt="lg" size="md">
          {t('auth.signIn.submit')}
        </Button>
      </>
    );
  }

  return (
    <>
      <FormHeading title={t('auth.reset.title')} subtitle={t('auth.reset.subtitle')} />
      <form onSubmit={form.onSubmit((values) => confirm.mutate(values))} noValidate>
        <Stack gap="md">
          <PasswordField
            label={t('auth.fields.newPassword')}
            description={t('auth.fields.passwordHint')}
            autoComplete="new-password"
            size="md"
            input={form.getInputProps('password')}
          />
          <AuthSubmitButton loading={confirm.isPending}>{t('auth.reset.submit')}</AuthSubmitButton>
        </Stack>
      </form>
      {confirm.isError ? (
        <Button component={Link} to="/forgot-password" variant="subtle" mt="sm">
          {t('auth.reset.requestNew')}
        </Button>
      ) : null}
      <BackToSignInLink />
    </>
  );
};
