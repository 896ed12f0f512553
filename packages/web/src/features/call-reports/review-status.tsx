import { Alert, Text } from '@mantine/core';
import type { CallReport } from '@pacer/core';
import { IconEyeCheck, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

/** Where a submitted report stands: when it went in, and whether (and by whom) it was reviewed. */
export const ReviewStatus = ({ report }: { report: CallReport }) => {
  const { t } = useTranslation();
  if (report.status === 'reviewed') {
    return (
      <Alert color="teal" variant="light" icon={<IconEyeCheck size={20} />} data-testid="review-status">
        <Text size="sm" fw={600}>
          {t('callReports.report.reviewedBy', {
            name: report.reviewedByName ?? '',
            at: formatDateTime(report.reviewedAt),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('callReports.report.submittedAt', { at: formatDateTime(report.submittedAt) })}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" icon={<IconHourglass size={20} />} data-testid="review-status">
      <Text size="sm" fw={600}>
        {t('callReports.report.notReviewed')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('callReports.report.submittedAt', { at: formatDateTime(report.submittedAt) })}
      </Text>
    </Alert>
  );
};
