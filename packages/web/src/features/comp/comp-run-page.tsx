import { Anchor, Button, Card, Group, Input, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { type CompRun, localDateOf } from '@pacer/core';
import { IconArrowLeft, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { formatDateTime, formatDay } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { useSession } from '../auth/session';
import { SectionCard } from '../records/record-details';
import { compApi } from './comp-api';
import { CompExchangeRates } from './comp-exchange-rates';
import { CompRunHistory } from './comp-run-history';
import { CompRunLines } from './comp-run-lines';
import { type RunPeriodKind, recentPeriods, runPeriodKinds } from './comp-run-periods';
import { CompRunReps } from './comp-run-reps';
import { RunTeamSelect, runTeamsText } from './comp-run-team';

interface RunRequest {
  start: string;
  end: string;
  teamId: string | null;
}

/** Pick a month or quarter (this one and the five before), and optionally a team. */
const PeriodPicker = ({ onRun, running }: { onRun: (request: RunRequest) => void; running: boolean }) => {
  const { t, i18n } = useTranslation();
  const { org } = useSession();
  const [kind, setKind] = useState<RunPeriodKind>('quarter');
  const [teamId, setTeamId] = useState<string | null>(null);
  const today = localDateOf(new Date(), org.timeZone);
  const periods = useMemo(
    () => recentPeriods(kind, today, org.fiscalYearStartMonth, t, i18n.language),
    [kind, today, org.fiscalYearStartMonth, t, i18n.language],
  );
  const [start, setStart] = useState<string | null>(null);
  const picked = periods.find((period) => period.start === start) ?? periods[0];
  return (
    <Card p="md" mb="lg">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Input.Wrapper label={t('comp.run.periodKind')}>
          <SegmentedControl
            display="flex"
            aria-label={t('comp.run.periodKind')}
            data={runPeriodKinds.map((value) => ({ value, label: t(`comp.run.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => {
              setKind(value as RunPeriodKind);
              setStart(null);
            }}
            data-testid="comp-run-kind"
          />
        </Input.Wrapper>
        <Select
          style={{ flex: '1 1 14rem' }}
          label={t('comp.run.period')}
          data={periods.map((period) => ({
            value: period.start,
            label: `${period.label} (${formatDay(period.start)} – ${formatDay(period.end)})`,
          }))}
          value={picked?.start ?? null}
          onChange={setStart}
          allowDeselect={false}
          data-testid="comp-run-period"
        />
        <RunTeamSelect value={teamId} onChange={setTeamId} />
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          loading={running}
          disabled={!picked}
          onClick={() => picked && onRun({ start: picked.start, end: picked.end, teamId })}
          data-testid="comp-run-submit"
        >
          {t('comp.run.submit')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {t('comp.run.hint')}
      </Text>
    </Card>
  );
};

/** Admins compute a period for every rep (or a team's), managers for their teams; each rep's lines are explained. */
export const CompRunPage = () => {
  const { t } = useTranslation();
  const admin = useSession().member.role === 'admin';
  const queryClient = useQueryClient();
  const [run, setRun] = useState<CompRun | null>(null);
  const [repId, setRepId] = useState<string | null>(null);
  const submit = useMutation({
    mutationFn: ({ start, end, teamId }: RunRequest) =>
      compApi.run({ periodStart: start, periodEnd: end, ...(teamId ? { teamId } : {}) }),
    onSuccess: (done) => {
      setRun(done);
      setRepId(null);
      // A run opens or refreshes the period's statements.
      void queryClient.invalidateQueries({ queryKey: ['comp-statements'] });
      void queryClient.invalidateQueries({ queryKey: ['comp-runs', 'list'] });
    },
    onError: (error) => notifyError(error),
  });
  const rep = run?.reps.find((candidate) => candidate.repId === repId);

  return (
    <>
      {admin ? (
        <Anchor component={Link} to="/comp-plans" size="sm" mb="sm" display="block">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={16} />
            {t('comp.plan.back')}
          </Group>
        </Anchor>
      ) : null}
      <PageHeader title={t('comp.run.title')} description={t(admin ? 'comp.run.subtitle' : 'comp.run.subtitleTeams')} />
      <PeriodPicker running={submit.isPending} onRun={(request) => submit.mutate(request)} />
      {run ? (
        <Stack gap="lg">
          <SectionCard
            title={t('comp.run.resultTitle', { from: formatDay(run.periodStart), to: formatDay(run.periodEnd) })}
            testId="comp-run-result"
          >
            <Text size="xs" c="dimmed" mb="sm">
              {t('comp.run.ranAt', { at: formatDateTime(run.createdAt), count: run.reps.length })} ·{' '}
              {runTeamsText(run.teams, t('comp.run.wholeOrg'))}
            </Text>
            <CompRunReps run={run} selectedRepId={repId} onSelect={setRepId} />
          </SectionCard>
          {rep ? (
            <CompRunLines
              key={rep.repId}
              runId={run.id}
              repId={rep.repId}
              repName={rep.repName}
              periodStart={run.periodStart}
              periodEnd={run.periodEnd}
            />
          ) : null}
        </Stack>
      ) : null}
      <Stack gap="lg" mt="lg">
        <CompRunHistory />
        <CompExchangeRates />
      </Stack>
    </>
  );
};
