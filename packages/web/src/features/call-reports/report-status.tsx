import { Alert, Badge, Text } from '@mantine/core';
import type { CallReport, CallReportStatus } from '@pacer/core';
import { IconEyeCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

const statusColors: Record<CallReportStatus, string> = { draft: 'gray', submitted: 'orange', reviewed: 'teal' };

/** Where a daily call report stands: draft, waiting for review, reviewed. */
export const CallReportStatusBadge = ({
  status,
  size = 'md',
}: {
  status: CallReportStatus;
  size?: 'sm' | 'md' | 'lg';
}) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      size={size}
      data-testid="call-report-status"
      data-status={status}
    >
      {t(`callReports.statuses.${status}`)}
    </Badge>
  );
};

/** Where a submitted report stands: when it went in, and whether (and by whom) it was reviewed. */
export const ReviewStatus = ({ report }: { report: CallReport }) => {
  const { t } = useTranslation();
  const reviewed = report.status === 'reviewed';
  return (
    <Alert
      color={reviewed ? 'teal' : 'orange'}
      variant="light"
      icon={reviewed ? <IconEyeCheck size={20} /> : <IconHourglass size={20} />}
      data-testid="review-status"
    >
      <Text size="sm" fw={600}>
        {reviewed
          ? t('callReports.report.reviewedBy', {
              name: report.reviewedByName ?? '',
              at: formatDateTime(report.reviewedAt),
            })
          : t('callReports.report.notReviewed')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('callReports.report.submittedAt', { at: formatDateTime(report.submittedAt) })}
      </Text>
    </Alert>
  );
};
