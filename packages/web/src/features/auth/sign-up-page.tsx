import { Collapse, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type Locale, signUpSchema } from '@pacer/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormHeading } from '../../components/page-header';
import { browserTimeZone, CurrencySelect, TimeZoneSelect } from '../../components/regional-selects';
import { isApiError } from '../../lib/api-client';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { authApi } from './auth-api';
import { AuthSubmitButton, AuthSwitchPrompt, EmailField, PasswordField } from './auth-form-parts';
import { startSession } from './session';

interface SignUpValues extends Record<string, unknown> {
  orgName: string;
  name: string;
  email: string;
  password: string;
  currency: string | null;
  timeZone: string | null;
}

export const SignUpPage = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [regionalOpen, regional] = useDisclosure(false);
  const form = useSchemaForm({
    schema: signUpSchema,
    initialValues: {
      orgName: '',
      name: '',
      email: '',
      password: '',
      currency: null,
      timeZone: browserTimeZone(),
    } as SignUpValues,
    toInput: ({ currency, timeZone, ...rest }) => ({
      ...rest,
      locale: i18n.language as Locale,
      ...(currency ? { currency } : {}),
      ...(timeZone ? { timeZone } : {}),
    }),
  });
  const signUp = useMutation({
    mutationFn: authApi.signUp,
    onSuccess: async (session) => {
      startSession(queryClient, session);
      await navigate({ to: '/' });
    },
    onError: (error) => {
      showFormError(form, error);
      if (isApiError(error) && error.fields.some((field) => /currency|timeZone/.test(field.path))) regional.open();
    },
  });

  return (
    <>
      <FormHeading title={t('auth.signUp.title')} subtitle={t('auth.signUp.subtitle')} />
      <form
        onSubmit={form.onSubmit(
          (values) => signUp.mutate(values),
          (errors) => {
            if (errors.currency || errors.timeZone) regional.open();
          },
        )}
        noValidate
      >
        <Stack gap="md">
          <TextInput
            label={t('auth.fields.orgName')}
            placeholder={t('auth.fields.orgNamePlaceholder')}
            autoComplete="organization"
            required
            {...form.getInputProps('orgName')}
          />
          <TextInput
            label={t('auth.fields.name')}
            placeholder={t('auth.fields.namePlaceholder')}
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <EmailField input={form.getInputProps('email')} />
          <PasswordField
            label={t('auth.fields.password')}
            description={t('auth.fields.passwordHint')}
            autoComplete="new-password"
            input={form.getInputProps('password')}
          />
          <UnstyledButton onClick={regional.toggle} aria-expanded={regionalOpen}>
            <Text size="sm" fw={500} c="pacer.7" span>
              {t('auth.signUp.regional')}{' '}
              <IconChevronDown
                size={14}
                style={{ verticalAlign: 'middle', transform: regionalOpen ? 'rotate(180deg)' : undefined }}
              />
            </Text>
          </UnstyledButton>
          <Collapse expanded={regionalOpen}>
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <CurrencySelect label={t('auth.fields.currency')} clearable {...form.getInputProps('currency')} />
                <TimeZoneSelect label={t('auth.fields.timeZone')} clearable {...form.getInputProps('timeZone')} />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('auth.signUp.regionalHint')}
              </Text>
            </Stack>
          </Collapse>
          <AuthSubmitButton loading={signUp.isPending}>{t('auth.signUp.submit')}</AuthSubmitButton>
        </Stack>
      </form>
      <AuthSwitchPrompt question={t('auth.signUp.haveAccount')} linkLabel={t('auth.signUp.signIn')} to="/sign-in" />
    </>
  );
};
