import { Stack } from '@mantine/core';
import { passwordResetRequestSchema } from '@pacer/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';
import { AuthAlert, AuthSubmitButton, BackToSignInLink, EmailField } from './auth-form-parts';

export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  const form = useSchemaForm({ schema: passwordResetRequestSchema, initialValues: { email: '' } });
  const request = useMutation({
    mutationFn: authApi.requestPasswordReset,
    onError: (error) => showFormError(form, error),
  });

  return (
    <>
      <FormHeading title={t('auth.forgot.title')} subtitle={t('auth.forgot.subtitle')} />
      {request.isSuccess ? (
        <AuthAlert tone="success" icon={<IconMailCheck size={20} />} title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sentBody')}
        </AuthAlert>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
          <Stack gap="md">
            <EmailField size="md" input={form.getInputProps('email')} />
            <AuthSubmitButton loading={request.isPending}>{t('auth.forgot.submit')}</AuthSubmitButton>
          </Stack>
        </form>
      )}
      <BackToSignInLink />
    </>
  );
};
