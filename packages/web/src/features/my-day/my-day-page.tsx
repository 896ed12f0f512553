import { Alert, Button, Card, EmptyState, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CallReport } from '@pacer/core';
import { IconLock, IconMapPin, IconPhone, IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { notifyError, notifySuccess } from '../../lib/notify';
import { useSession } from '../auth/session';
import { callReportsApi, myCallReportQuery } from '../call-reports/call-reports-api';
import { CommentThread } from '../call-reports/comment-thread';
import { formatDay, todayIn } from '../call-reports/local-day';
import { DayActivities, DayNoteCard } from '../call-reports/report-day';
import { CallReportStatusBadge, ReviewStatus } from '../call-reports/report-status';
import { DaySummaryCard } from './day-summary-card';
import { DaySwitcher } from './day-switcher';
import { LogActivityModal, type LogTarget } from './log-activity-modal';

const route = getRouteApi('/app/my-day');

const DayCounts = ({ report }: { report: CallReport }) => {
  const { t } = useTranslation();
  const visits = report.activities.filter((activity) => activity.type === 'visit').length;
  const calls = report.activities.filter((activity) => activity.type === 'call').length;
  const minutes = report.activities.reduce((sum, activity) => sum + (activity.durationMinutes ?? 0), 0);
  return (
    <Text size="sm" c="dimmed" data-testid="day-counts">
      {[
        t('myDay.counts.visits', { count: visits }),
        t('myDay.counts.calls', { count: calls }),
        ...(minutes > 0 ? [t('myDay.counts.minutes', { count: minutes })] : []),
      ].join(' · ')}
    </Text>
  );
};

/** A thumb-sized button: icon over the words, so long labels (German) wrap instead of being cut. */
const BigLogButton = ({
  color,
  icon,
  label,
  onClick,
  testId,
}: {
  color: string;
  icon: ReactNode;
  label: string;
  onClick: () => void;
  testId: string;
}) => (
  <Button
    color={color}
    h={88}
    radius="lg"
    onClick={onClick}
    data-testid={testId}
    styles={{ label: { whiteSpace: 'normal', height: 'auto', overflow: 'visible' } }}
  >
    <Stack gap={4} align="center">
      {icon}
      <Text fw={700} fz="lg" lh={1.2} ta="center">
        {label}
      </Text>
    </Stack>
  </Button>
);

/** A day still open: log, edit, write the note, submit. */
const OpenDay = ({ report }: { report: CallReport }) => {
  const { t } = useTranslation();
  const { org } = useSession();
  const queryClient = useQueryClient();
  const [logging, setLogging] = useState<LogTarget | null>(null);
  const [draft, setDraft] = useState(report.summary ?? '');
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    // The note as typed goes in with the day, saved or not.
    mutationFn: () => callReportsApi.submitMine(report.day, draft),
    onSuccess: async () => {
      setConfirming(false);
      notifySuccess(t('myDay.submitted'));
      await queryClient.invalidateQueries({ queryKey: ['call-reports'] });
    },
    onError: (error) => {
      setConfirming(false);
      notifyError(error);
    },
  });
  const empty = report.activities.length === 0;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={2} spacing="sm">
        <BigLogButton
          color="grape"
          icon={<IconMapPin size={28} />}
          label={t('myDay.logVisit')}
          onClick={() => setLogging({ type: 'visit', day: report.day })}
          testId="log-visit"
        />
        <BigLogButton
          color="blue"
          icon={<IconPhone size={28} />}
          label={t('myDay.logCall')}
          onClick={() => setLogging({ type: 'call', day: report.day })}
          testId="log-call"
        />
      </SimpleGrid>
      <DayActivities
        activities={report.activities}
        timeZone={org.timeZone}
        aside={<DayCounts report={report} />}
        onOpen={(activity) => setLogging({ activity, day: report.day })}
        empty={
          <Card>
            <EmptyState
              icon={<IconMapPin size={28} />}
              variant="light"
              title={t('myDay.emptyTitle')}
              description={t('myDay.emptyBody')}
              py="md"
            />
          </Card>
        }
      />
      <DaySummaryCard report={report} draft={draft} onDraftChange={setDraft} />
      <Button
        size="xl"
        fullWidth
        leftSection={<IconSend size={22} />}
        disabled={empty}
        onClick={() => setConfirming(true)}
        data-testid="submit-day"
      >
        {t('myDay.submit')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('myDay.submitTitle')}
        message={t('myDay.submitBody', { count: report.activities.length })}
        confirmLabel={t('myDay.submit')}
        cancelLabel={t('actions.cancel')}
        loading={submit.isPending}
        onConfirm={() => submit.mutate()}
        onClose={() => setConfirming(false)}
      />
      <LogActivityModal target={logging} onClose={() => setLogging(null)} />
    </Stack>
  );
};

/** A submitted day: read-only, with the manager's review and the thread the rep can answer in. */
const SubmittedDay = ({ report }: { report: CallReport }) => {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Stack gap="lg">
      <ReviewStatus report={report} />
      <Alert variant="light" color="gray" icon={<IconLock size={18} />} py="xs">
        <Text size="sm">{t('myDay.locked')}</Text>
      </Alert>
      <Card>
        <CommentThread report={report} canWrite userId={session.user.id} />
      </Card>
      <DayActivities
        activities={report.activities}
        timeZone={session.org.timeZone}
        aside={<DayCounts report={report} />}
      />
      <DayNoteCard summary={report.summary} />
    </Stack>
  );
};

/** A field rep's day on the phone: log visits and calls, write the note, submit the daily call report. */
export const MyDayPage = () => {
  const { t } = useTranslation();
  const { org } = useSession();
  const today = todayIn(org.timeZone);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const day = search.day && search.day <= today ? search.day : today;
  const report = useQuery(myCallReportQuery(day));

  const body = () => {
    if (report.isError) return <QueryLoadError query={report} />;
    if (!report.data) return <RowsSkeleton rows={4} height={72} />;
    return report.data.status === 'draft' ? (
      <OpenDay key={day} report={report.data} />
    ) : (
      <SubmittedDay report={report.data} />
    );
  };

  return (
    <Stack gap={0} maw={720} mx="auto">
      <PageHeader
        title={t('myDay.title')}
        description={day === today ? t('myDay.subtitle') : undefined}
        actions={report.data ? <CallReportStatusBadge status={report.data.status} size="lg" /> : null}
      />
      <Stack gap="lg">
        <Stack gap={4}>
          <DaySwitcher
            day={day}
            today={today}
            onChange={(next) => void navigate({ search: next === today ? {} : { day: next }, replace: true })}
          />
          <Text size="sm" fw={600} c="dimmed" px={4} data-testid="day-label">
            {formatDay(day)}
          </Text>
        </Stack>
        {body()}
      </Stack>
    </Stack>
  );
};
