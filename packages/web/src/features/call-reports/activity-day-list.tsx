import { Badge, Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { Activity } from '@pacer/core';
import { IconChevronRight, IconClock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activityLooks } from './call-report-labels';
import { formatTimeIn } from './local-day';

const ActivityRow = ({ activity, timeZone }: { activity: Activity; timeZone: string }) => {
  const { t } = useTranslation();
  const look = activityLooks[activity.type];
  const at = activity.completedAt ?? activity.scheduledAt;
  const who = [activity.accountName, activity.contactName].filter(Boolean).join(' · ');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon size={40} radius="xl" variant="light" color={look.color} aria-hidden>
        <look.icon size={20} />
      </ThemeIcon>
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text fw={600} size="sm">
            {t(`callReports.types.${activity.type}`)}
          </Text>
          {at ? (
            <Text size="sm" c="dimmed">
              {formatTimeIn(at, timeZone)}
            </Text>
          ) : null}
          {activity.durationMinutes ? (
            <Group gap={2} c="dimmed" wrap="nowrap">
              <IconClock size={14} />
              <Text size="xs">{t('callReports.minutes', { count: activity.durationMinutes })}</Text>
            </Group>
          ) : null}
        </Group>
        {who || activity.subject ? (
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {who || activity.subject}
          </Text>
        ) : null}
        {activity.outcome ? (
          <Badge variant="dot" color={look.color} size="sm" w="fit-content">
            {t(`callReports.outcomes.${activity.outcome}`)}
          </Badge>
        ) : null}
        {activity.notes ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {activity.notes}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
};

interface ActivityDayListProps {
  activities: Activity[];
  timeZone: string;
  /** Shown when the day has none. */
  empty: ReactNode;
  /** Tapping a row opens it for editing; without it the rows are read-only. */
  onOpen?: ((activity: Activity) => void) | undefined;
}

/** The visits and calls of one day, earliest first, as cards that fit a phone. */
export const ActivityDayList = ({ activities, timeZone, empty, onOpen }: ActivityDayListProps) => {
  const { t } = useTranslation();
  if (activities.length === 0) return <>{empty}</>;
  const sorted = [...activities].sort(
    (a, b) =>
      (a.completedAt ?? a.scheduledAt ?? a.createdAt).localeCompare(b.completedAt ?? b.scheduledAt ?? b.createdAt) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <Stack gap="sm" data-testid="day-activities">
      {sorted.map((activity) => (
        <Paper key={activity.id} withBorder p="md" radius="lg" data-testid="day-activity" data-type={activity.type}>
          {onOpen ? (
            <UnstyledButton
              w="100%"
              onClick={() => onOpen(activity)}
              aria-label={`${t('actions.edit')}: ${t(`callReports.types.${activity.type}`)}`}
            >
              <Group wrap="nowrap" gap="xs">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <ActivityRow activity={activity} timeZone={timeZone} />
                </div>
                <IconChevronRight size={18} color="var(--mantine-color-dimmed)" />
              </Group>
            </UnstyledButton>
          ) : (
            <ActivityRow activity={activity} timeZone={timeZone} />
          )}
        </Paper>
      ))}
    </Stack>
  );
};
