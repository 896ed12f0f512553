import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { CallReportSummary } from '@pacer/core';
import { IconMessage } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { formatDay } from './local-day';
import { CallReportStatusBadge } from './report-status';

/** One report in the manager's list: who, which day, how much happened; opens the report. */
export const CallReportRow = ({ report }: { report: CallReportSummary }) => {
  const { t } = useTranslation();
  return (
    <Paper
      renderRoot={(props) => <Link to="/call-reports/$reportId" params={{ reportId: report.id ?? '' }} {...props} />}
      withBorder
      p="md"
      radius="md"
      className="pacer-hover-card"
      style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}
      aria-label={t('callReports.list.open', { rep: report.repName, day: formatDay(report.day) })}
      data-testid="call-report-row"
    >
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Text fw={600} truncate>
            {report.repName}
          </Text>
          <Text size="sm" c="dimmed">
            {formatDay(report.day)}
            {report.submittedAt
              ? ` · ${t('callReports.list.submittedAt', { at: formatDateTime(report.submittedAt) })}`
              : ''}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray">
            {t('callReports.list.activities', { count: report.activityCount })}
          </Badge>
          {report.commentCount > 0 ? (
            <Badge variant="light" color="gray" leftSection={<IconMessage size={12} />}>
              {t('callReports.list.comments', { count: report.commentCount })}
            </Badge>
          ) : null}
          <CallReportStatusBadge status={report.status} />
        </Group>
      </Group>
    </Paper>
  );
};
