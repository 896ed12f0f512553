import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { passwordResetRequestSchema } from '@pacer/core';
import { IconArrowLeft, IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';

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
        <Alert color="teal" variant="light" icon={<IconMailCheck size={20} />} title={t('auth.forgot.sentTitle')}>
          {t('auth.forgot.sentBody')}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => request.mutate(values))} noValidate>
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
            <Button type="submit" size="md" fullWidth loading={request.isPending}>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm" mt="xl" ta="center">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('auth.forgot.backToSignIn')}
      </Anchor>
    </>
  );
};
