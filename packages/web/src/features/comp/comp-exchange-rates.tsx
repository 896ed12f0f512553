import { ActionIcon, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { localDateOf, type SetExchangeRateInput, setExchangeRateSchema } from '@pacer/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { CurrencySelect } from '../../components/regional-selects';
import { formatDay, formatDecimal } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { useCan, useSession } from '../auth/session';
import { SectionCard } from '../records/record-details';
import { compIssuesToErrors } from './comp-issues';
import { exchangeRatesApi, exchangeRatesQuery } from './comp-run-api';

interface RateValues extends Record<string, unknown> {
  from: string | null;
  to: string | null;
  rate: string;
  effectiveOn: string;
}

const inputOf = (values: RateValues) => ({ ...values, from: values.from ?? '', to: values.to ?? '' });

/** Set a pair's rate from a day on: the same pair and day again replaces it. */
const RateForm = () => {
  const { t } = useTranslation();
  const { org } = useSession();
  const queryClient = useQueryClient();
  const form = useForm<RateValues>({
    mode: 'controlled',
    initialValues: { from: null, to: org.currency, rate: '', effectiveOn: localDateOf(new Date(), org.timeZone) },
    validate: (values) => {
      const result = setExchangeRateSchema.safeParse(inputOf(values));
      return result.success ? {} : compIssuesToErrors(result.error.issues, t);
    },
  });
  const save = useMutation({
    mutationFn: (input: SetExchangeRateInput) => exchangeRatesApi.set(input),
    onSuccess: () => {
      form.setFieldValue('rate', '');
      void queryClient.invalidateQueries({ queryKey: exchangeRatesQuery.queryKey });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(setExchangeRateSchema.parse(inputOf(values))))}>
      <Group gap="xs" align="flex-start" wrap="wrap" mt="md">
        <CurrencySelect
          style={{ flex: '1 1 9rem' }}
          label={t('comp.run.rates.from')}
          {...form.getInputProps('from')}
          data-testid="rate-from"
        />
        <CurrencySelect style={{ flex: '1 1 9rem' }} label={t('comp.run.rates.to')} {...form.getInputProps('to')} />
        <TextInput
          style={{ flex: '1 1 7rem' }}
          label={t('comp.run.rates.rate')}
          inputMode="decimal"
          placeholder="1.0850"
          {...form.getInputProps('rate')}
          data-testid="rate-value"
        />
        <TextInput
          style={{ flex: '1 1 9rem' }}
          type="date"
          label={t('comp.run.rates.effectiveOn')}
          {...form.getInputProps('effectiveOn')}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={save.isPending}>
          {t('comp.run.rates.set')}
        </Button>
      </Group>
    </form>
  );
};

/** The org's dated exchange rates: a run converts each credit at its pair's rate on the credit's day. */
export const CompExchangeRates = () => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rates = useQuery(exchangeRatesQuery);
  // Managers read the rates their runs convert with; admins set them.
  const canSet = useCan('comp:write');
  const remove = useMutation({
    mutationFn: (id: string) => exchangeRatesApi.remove(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeRatesQuery.queryKey }),
    onError: (error) => notifyError(error),
  });
  const items = rates.data?.items ?? [];
  return (
    <SectionCard title={t('comp.run.rates.title')} testId="comp-exchange-rates">
      <Text size="xs" c="dimmed" mb="sm">
        {t('comp.run.rates.hint')}
      </Text>
      {rates.isError ? (
        <QueryLoadError query={rates} />
      ) : !rates.data ? (
        <RowsSkeleton rows={2} height={32} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comp.run.rates.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('comp.run.rates.pair')}</Table.Th>
              <Table.Th ta="right">{t('comp.run.rates.rate')}</Table.Th>
              <Table.Th>{t('comp.run.rates.effectiveOn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((rate) => (
              <Table.Tr key={rate.id} data-testid="exchange-rate">
                <Table.Td fw={500}>{t('comp.run.rates.pairOf', { from: rate.from, to: rate.to })}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatDecimal(rate.rate, 10)}
                </Table.Td>
                <Table.Td>{formatDay(rate.effectiveOn)}</Table.Td>
                <Table.Td ta="right">
                  {canSet ? (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('comp.run.rates.remove', {
                        from: rate.from,
                        to: rate.to,
                        day: formatDay(rate.effectiveOn),
                      })}
                      onClick={() => remove.mutate(rate.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canSet ? <RateForm /> : null}
    </SectionCard>
  );
};
