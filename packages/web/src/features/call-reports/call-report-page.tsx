import { Anchor, Card, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { useSession } from '../auth/session';
import { callReportQuery } from './call-reports-api';
import { CommentThread } from './comment-thread';
import { formatDay } from './local-day';
import { DayActivities, DayNoteCard } from './report-day';
import { CallReportStatusBadge, ReviewStatus } from './report-status';
import { ReviewForm } from './review-form';

const route = getRouteApi('/app/call-reports/$reportId');

/** One submitted daily report as the manager reads it: the day's activities, the rep's note, review and thread. */
export const CallReportPage = () => {
  const { t } = useTranslation();
  const { reportId } = route.useParams();
  const session = useSession();
  const report = useQuery(callReportQuery(reportId));
  const canReview = session.member.role === 'admin' || session.member.role === 'manager';

  const back = (
    <Anchor component={Link} to="/call-reports" size="sm">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} />
        {t('callReports.report.back')}
      </Group>
    </Anchor>
  );
  if (report.isError) {
    return (
      <Stack>
        {back}
        <QueryLoadError query={report} />
      </Stack>
    );
  }
  if (!report.data) return <RowsSkeleton rows={5} height={64} />;
  const data = report.data;

  return (
    <Stack gap={0}>
      <Group mb="sm">{back}</Group>
      <PageHeader
        title={t('callReports.report.title', { rep: data.repName, day: formatDay(data.day) })}
        actions={<CallReportStatusBadge status={data.status} size="lg" />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <DayNoteCard summary={data.summary} />
            <DayActivities activities={data.activities} timeZone={session.org.timeZone} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ReviewStatus report={data} />
            {canReview && data.status === 'submitted' && data.id ? <ReviewForm reportId={data.id} /> : null}
            <Card>
              <CommentThread report={data} canWrite={session.member.role !== 'viewer'} userId={session.user.id} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};
