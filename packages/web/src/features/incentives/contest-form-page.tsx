import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import {
  contestParticipantKinds,
  contestPeriodKinds,
  contestRules,
  createContestSchema,
  localDateOf,
} from '@pacer/core';
import { IconConfetti } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DayInput, InstantInput } from '../../components/date-inputs';
import { PageHeader } from '../../components/page-header';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { metricCatalogQuery } from '../leaderboard/leaderboard-api';
import { listMembers } from '../people/people-api';
import { TeamSelect } from '../teams/team-select';
import { type ContestValues, initialContestValues, toContestInput } from './contest-form-values';
import { ContestPrizeFields } from './contest-prize-fields';
import { incentivesApi } from './incentives-api';

// A power hour counts activities by their instant; the same list the server accepts.
const powerHourMetrics = [
  'calls',
  'connected_calls',
  'meetings',
  'meetings_booked',
  'visits',
  'presentations_held',
  'emails',
];

/** A new contest: metric, period, participants, who wins and the prizes; then its page. */
export const ContestFormPage = () => {
  const { member } = useSession();
  // Managers and admins run contests; anyone else goes back to the list.
  if (member.role !== 'admin' && member.role !== 'manager') return <Navigate to="/contests" />;
  return <ContestForm />;
};

const ContestForm = () => {
  const { t } = useTranslation();
  const { org, member } = useSession();
  const navigate = useNavigate();
  const catalog = useQuery(metricCatalogQuery);
  const reps = useQuery({
    queryKey: ['members', 'reps'],
    queryFn: ({ signal }) => listMembers({ role: 'rep', status: 'active', limit: 500 }, signal),
  });
  const form = useSchemaForm<ContestValues, typeof createContestSchema>({
    schema: createContestSchema,
    initialValues: initialContestValues(localDateOf(new Date(), org.timeZone), org.currency, member.role === 'manager'),
    toInput: toContestInput,
  });
  const save = useSaveMutation({
    form,
    save: incentivesApi.createContest,
    savedMessage: (saved) => t('incentives.form.created', { name: saved.name }),
    refresh: [['contests']],
    onDone: () => undefined,
  });
  const { values } = form;
  const powerHour = values.periodKind === 'power_hour';
  const metrics = (catalog.data ?? [])
    .filter((m) => !m.internal && m.aggregation.kind !== 'snapshot')
    .filter((m) => !powerHour || powerHourMetrics.includes(m.key))
    .map((m) => ({ value: m.key, label: t(`leaderboard.metrics.${m.key}`) }));
  const submit = form.onSubmit((input) =>
    save.mutate(input, {
      onSuccess: (saved) => void navigate({ to: '/contests/$contestId', params: { contestId: saved.id } }),
    }),
  );
  return (
    <>
      <PageHeader title={t('incentives.form.title')} />
      <Card p="lg" maw={880}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('incentives.form.name')}
                required
                data-testid="contest-name"
                {...form.getInputProps('name')}
              />
              <Select
                label={t('incentives.form.metric')}
                data={metrics}
                searchable
                allowDeselect={false}
                data-testid="contest-metric"
                {...form.getInputProps('metric')}
              />
            </SimpleGrid>
            <SegmentedControl
              data={contestPeriodKinds.map((kind) => ({
                value: kind,
                label: t(`incentives.form.periodKinds.${kind}`),
              }))}
              {...form.getInputProps('periodKind')}
              data-testid="contest-period-kind"
            />
            {powerHour ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <InstantInput label={t('incentives.form.startsAt')} {...form.getInputProps('startsAt')} />
                <InstantInput label={t('incentives.form.endsAt')} {...form.getInputProps('endsAt')} />
              </SimpleGrid>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DayInput
                  label={t('incentives.form.startsOn')}
                  data-testid="contest-starts-on"
                  {...form.getInputProps('startsOn')}
                />
                {values.periodKind === 'custom' ? (
                  <DayInput label={t('incentives.form.endsOn')} {...form.getInputProps('endsOn')} />
                ) : null}
              </SimpleGrid>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('incentives.form.participants')}
                data={contestParticipantKinds.map((kind) => ({
                  value: kind,
                  label: t(`incentives.form.participantKinds.${kind}`),
                }))}
                allowDeselect={false}
                data-testid="contest-participants"
                {...form.getInputProps('participants')}
              />
              {values.participants === 'team' ? (
                <TeamSelect
                  label={t('incentives.form.team')}
                  data-testid="contest-team"
                  {...form.getInputProps('teamId')}
                />
              ) : values.participants === 'reps' ? (
                <MultiSelect
                  label={t('incentives.form.reps')}
                  searchable
                  data={(reps.data?.items ?? []).map((rep) => ({ value: rep.userId, label: rep.name }))}
                  {...form.getInputProps('repIds')}
                />
              ) : null}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('incentives.form.rule')}
                data={contestRules.map((rule) => ({ value: rule, label: t(`incentives.form.rules.${rule}`) }))}
                allowDeselect={false}
                data-testid="contest-rule"
                {...form.getInputProps('rule')}
              />
              {values.rule === 'top_n' ? (
                <NumberInput label={t('incentives.form.topN')} min={1} max={100} {...form.getInputProps('topN')} />
              ) : (
                <TextInput
                  label={t(values.rule === 'threshold' ? 'incentives.form.threshold' : 'incentives.form.targetPercent')}
                  inputMode="decimal"
                  placeholder={values.rule === 'target_percent' ? '100' : undefined}
                  {...form.getInputProps('threshold')}
                />
              )}
            </SimpleGrid>
            <ContestPrizeFields form={form} currency={org.currency} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/contests">
                {t('incentives.form.cancel')}
              </Button>
              <Button
                type="submit"
                loading={save.isPending}
                leftSection={<IconConfetti size={16} />}
                data-testid="contest-create"
              >
                {t('incentives.form.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
};
