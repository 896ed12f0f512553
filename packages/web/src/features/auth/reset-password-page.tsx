import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { passwordResetConfirmSchema } from '@pacer/core';
import { IconAlertTriangle, IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';

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

  const back = (
    <Anchor component={Link} to="/sign-in" size="sm" mt="xl" ta="center">
      <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('auth.forgot.backToSignIn')}
    </Anchor>
  );

  if (!token) {
    return (
      <>
        <FormHeading title={t('auth.reset.title')} />
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />}>
          {t('auth.reset.missingToken')}
        </Alert>
        <Button component={Link} to="/forgot-password" variant="light" mt="md">
          {t('auth.reset.requestNew')}
        </Button>
        {back}
      </>
    );
  }

  if (confirm.isSuccess) {
    return (
      <>
        <FormHeading title={t('auth.reset.doneTitle')} />
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />}>
          {t('auth.reset.doneBody')}
        </Alert>
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
          <PasswordInput
            label={t('auth.fields.newPassword')}
            description={t('auth.fields.passwordHint')}
            autoComplete="new-password"
            required
            size="md"
            {...form.getInputProps('password')}
          />
          <Button type="submit" size="md" fullWidth loading={confirm.isPending}>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
      {confirm.isError ? (
        <Button component={Link} to="/forgot-password" variant="subtle" mt="sm">
          {t('auth.reset.requestNew')}
        </Button>
      ) : null}
      {back}
    </>
  );
};
