import { Button, Card, Grid, Group, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { type Locale, locales, type Org, type SalesModel, type UpdateOrgInput, updateOrgSchema } from '@pacer/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoadError } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { CurrencySelect, TimeZoneSelect } from '../../components/regional-selects';
import { api } from '../../lib/api-client';
import { monthNames } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { showFormError, useSchemaForm } from '../../lib/use-schema-form';
import { sessionQuery } from '../auth/session';
import { SalesSettingsSection } from '../records/sales-settings';

const orgQuery = { queryKey: ['org'] as const, queryFn: () => api.get<Org>('/org') };

interface SettingsValues extends Record<string, unknown> {
  name: string;
  currency: string | null;
  timeZone: string | null;
  fiscalYearStartMonth: string;
  defaultLocale: Locale;
  leadFollowUpHours: number | string;
  salesModel: SalesModel;
}

const Section = ({ title, hint, children }: { title: string; hint: string; children: ReactNode }) => (
  <Grid gap={{ base: 'sm', md: 'xl' }} py="lg">
    <Grid.Col span={{ base: 12, md: 4 }}>
      <Text fw={700}>{title}</Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Grid.Col>
    <Grid.Col span={{ base: 12, md: 8 }}>
      <Stack gap="md">{children}</Stack>
    </Grid.Col>
  </Grid>
);

const SettingsForm = ({ org }: { org: Org }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: updateOrgSchema,
    initialValues: {
      name: org.name,
      currency: org.currency,
      timeZone: org.timeZone,
      fiscalYearStartMonth: String(org.fiscalYearStartMonth),
      defaultLocale: org.defaultLocale,
      leadFollowUpHours: org.leadFollowUpHours,
      salesModel: org.salesModel,
    } as SettingsValues,
    toInput: (values) => ({
      name: values.name,
      currency: values.currency ?? '',
      timeZone: values.timeZone ?? '',
      fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
      defaultLocale: values.defaultLocale,
      leadFollowUpHours: Number(values.leadFollowUpHours),
      salesModel: values.salesModel,
    }),
  });
  const save = useMutation({
    mutationFn: (input: UpdateOrgInput) => api.patch<Org>('/org', input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(orgQuery.queryKey, saved);
      form.resetDirty();
      notifySuccess(t('settings.saved'));
      // The header shows the org name; the default language may change the session's language.
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
    onError: (error) => showFormError(form, error),
  });
  const months = monthNames().map((label, index) => ({ value: String(index + 1), label }));

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Card p={{ base: 'md', sm: 'xl' }} py={0}>
        <Section title={t('settings.general')} hint={t('settings.generalHint')}>
          <TextInput label={t('settings.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('settings.defaultLocale')}
            description={t('settings.defaultLocaleHint')}
            data={locales.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
            allowDeselect={false}
            {...form.getInputProps('defaultLocale')}
          />
        </Section>
        <div style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} />
        <Section title={t('settings.regional')} hint={t('settings.regionalHint')}>
          <CurrencySelect
            label={t('settings.currency')}
            description={t('settings.currencyHint')}
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
          <TimeZoneSelect
            label={t('settings.timeZone')}
            description={t('settings.timeZoneHint')}
            allowDeselect={false}
            {...form.getInputProps('timeZone')}
          />
          <Select
            label={t('settings.fiscalYearStartMonth')}
            data={months}
            allowDeselect={false}
            {...form.getInputProps('fiscalYearStartMonth')}
          />
        </Section>
        <div style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} />
        <SalesSettingsSection form={form} />
      </Card>
      <Group justify="flex-end" mt="lg" gap="sm">
        {form.isDirty() ? (
          <Text size="sm" c="dimmed" mr="auto">
            {t('settings.unsaved')}
          </Text>
        ) : null}
        <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
          {t('settings.reset')}
        </Button>
        <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
          {t('actions.saveChanges')}
        </Button>
      </Group>
    </form>
  );
};

/** Admin: the organisation's name, currency, time zone, fiscal year and default language. */
export const SettingsPage = () => {
  const { t } = useTranslation();
  const org = useQuery(orgQuery);
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.subtitle')} />
      {org.isError ? (
        <QueryLoadError query={org} />
      ) : org.data ? (
        <SettingsForm key={org.data.id} org={org.data} />
      ) : (
        <Card p="xl">
          <Stack gap="lg">
            <Skeleton height={40} />
            <Skeleton height={40} />
            <Skeleton height={40} />
            <Skeleton height={40} />
          </Stack>
        </Card>
      )}
    </>
  );
};
