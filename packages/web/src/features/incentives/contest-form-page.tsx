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
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  type Contest,
  contestParticipantKinds,
  contestPeriodKinds,
  contestRules,
  createContestSchema,
  localDateOf,
} from '@pacer/core';
import { IconConfetti, IconDeviceFloppy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DayInput, InstantInput } from '../../components/date-inputs';
import { PageHeader } from '../../components/page-header';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { metricCatalogQuery } from '../leaderboard/leaderboard-api';
import { listMembers } from '../people/people-api';
import { TeamSelect } from '../teams/team-select';
import {
  type ContestValues,
  contestValuesOf,
  initialContestValues,
  toContestChanges,
  toContestInput,
} from './contest-form-values';
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

/** Managers and admins run contests; anyone else goes back to the list. */
export const canRunContests = (role: string) => role === 'admin' || role === 'manager';

/** A new contest: metric, period, participants, who wins and the prizes; then its page. */
export const ContestFormPage = () => {
  const { member } = useSession();
  if (!canRunContests(member.role)) return <Navigate to="/contests" />;
  return <ContestForm />;
};

/** A contest being changed, with its participants; the metric and the rule stay as set. */
export interface ContestEditing {
  contest: Contest;
  repIds: string[];
}

/**
 * The contest form, new or changing one. Once a contest has started, its period kind, start and
 * participants are shown but locked (the server holds the same rules).
 */
export const ContestForm = ({ editing }: { editing?: ContestEditing }) => {
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
    initialValues: editing
      ? contestValuesOf(editing.contest, editing.repIds, org.currency)
      : initialContestValues(localDateOf(new Date(), org.timeZone), org.currency, member.role === 'manager'),
    toInput: toContestInput,
  });
  const save = useSaveMutation({
    form,
    save: (input: z.output<typeof createContestSchema>) =>
      editing
        ? incentivesApi.updateContest(editing.contest.id, toContestChanges(input))
        : incentivesApi.createContest(input),
    savedMessage: (saved) => t(editing ? 'incentives.form.saved' : 'incentives.form.created', { name: saved.name }),
    refresh: [['contests']],
    onDone: () => undefined,
  });
  const fixed = editing !== undefined;
  const started = editing !== undefined && editing.contest.status !== 'scheduled';
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
      <PageHeader title={t(editing ? 'incentives.form.editTitle' : 'incentives.form.title')} />
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
                disabled={fixed}
                data-testid="contest-metric"
                {...form.getInputProps('metric')}
              />
            </SimpleGrid>
            <Textarea
              label={t('incentives.form.descriptionLabel')}
              autosize
              minRows={2}
              data-testid="contest-description"
              {...form.getInputProps('description')}
            />
            <SegmentedControl
              data={contestPeriodKinds.map((kind) => ({
                value: kind,
                label: t(`incentives.form.periodKinds.${kind}`),
              }))}
              {...form.getInputProps('periodKind')}
              disabled={started}
              data-testid="contest-period-kind"
            />
            {powerHour ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <InstantInput
                  label={t('incentives.form.startsAt')}
                  disabled={started}
                  {...form.getInputProps('startsAt')}
                />
                <InstantInput label={t('incentives.form.endsAt')} {...form.getInputProps('endsAt')} />
              </SimpleGrid>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DayInput
                  label={t('incentives.form.startsOn')}
                  disabled={started}
                  data-testid="contest-starts-on"
                  {...form.getInputProps('startsOn')}
                />
                {values.periodKind === 'custom' ? (
                  <DayInput
                    label={t('incentives.form.endsOn')}
                    data-testid="contest-ends-on"
                    {...form.getInputProps('endsOn')}
                  />
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
                disabled={started}
                data-testid="contest-participants"
                {...form.getInputProps('participants')}
              />
              {values.participants === 'team' ? (
                <TeamSelect
                  label={t('incentives.form.team')}
                  disabled={started}
                  data-testid="contest-team"
                  {...form.getInputProps('teamId')}
                />
              ) : values.participants === 'reps' ? (
                <MultiSelect
                  label={t('incentives.form.reps')}
                  disabled={started}
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
                disabled={fixed}
                data-testid="contest-rule"
                {...form.getInputProps('rule')}
              />
              {values.rule === 'top_n' ? (
                <NumberInput
                  label={t('incentives.form.topN')}
                  min={1}
                  max={100}
                  disabled={fixed}
                  {...form.getInputProps('topN')}
                />
              ) : (
                <TextInput
                  label={t(values.rule === 'threshold' ? 'incentives.form.threshold' : 'incentives.form.targetPercent')}
                  inputMode="decimal"
                  placeholder={values.rule === 'target_percent' ? '100' : undefined}
                  disabled={fixed}
                  {...form.getInputProps('threshold')}
                />
              )}
            </SimpleGrid>
            <ContestPrizeFields form={form} currency={org.currency} />
            <Group justify="flex-end">
              {editing ? (
                <Button
                  variant="default"
                  onClick={() =>
                    void navigate({ to: '/contests/$contestId', params: { contestId: editing.contest.id } })
                  }
                >
                  {t('incentives.form.cancel')}
                </Button>
              ) : (
                <Button variant="default" component={Link} to="/contests">
                  {t('incentives.form.cancel')}
                </Button>
              )}
              <Button
                type="submit"
                loading={save.isPending}
                leftSection={editing ? <IconDeviceFloppy size={16} /> : <IconConfetti size={16} />}
                data-testid={editing ? 'contest-save' : 'contest-create'}
              >
                {t(editing ? 'incentives.form.save' : 'incentives.form.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
};
