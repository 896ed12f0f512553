import { Badge } from '@mantine/core';
import type { ActivityType, CallReportStatus } from '@pacer/core';
import {
  type Icon,
  IconCalendarEvent,
  IconChecklist,
  IconMail,
  IconMapPin,
  IconPhone,
  IconPresentation,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

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

/** The icon and colour of each kind of activity, the same in every list. */
export const activityLooks: Record<ActivityType, { icon: Icon; color: string }> = {
  visit: { icon: IconMapPin, color: 'grape' },
  call: { icon: IconPhone, color: 'blue' },
  meeting: { icon: IconCalendarEvent, color: 'cyan' },
  email: { icon: IconMail, color: 'gray' },
  presentation: { icon: IconPresentation, color: 'orange' },
  task: { icon: IconChecklist, color: 'teal' },
};
