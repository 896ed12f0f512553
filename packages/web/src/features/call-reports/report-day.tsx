import { Badge, Card, Group, Paper, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import type { Activity } from '@pacer/core';
import { IconChevronRight, IconClock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activityLooks, activityTypeLabel, outcomeLabel } from '../records/vocab';
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
            {activityTypeLabel(t, activity.type)}
          </Text>
          {at ? (
            <Text size="sm" c="dimmed">
              {formatTimeIn(at, timeZone)}
            </Text>
          ) : null}
          {activity.durationMinutes ? (
            <Group gap={2} c="dimmed" wrap="nowrap">
              <IconClock size={14} />
              <Text size="xs">{t('activities.minutes', { count: activity.durationMinutes })}</Text>
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
            {outcomeLabel(t, activity.outcome)}
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

interface DayActivitiesProps {
  activities: Activity[];
  timeZone: string;
  /** Beside the title (the day's counts, say). */
  aside?: ReactNode;
  /** Shown when the day has none; a quiet line unless given. */
  empty?: ReactNode;
  /** Tapping a row opens it for editing; without it the rows are read-only. */
  onOpen?: ((activity: Activity) => void) | undefined;
}

/** The visits and calls of one day under their title, earliest first, as cards that fit a phone. */
export const DayActivities = ({ activities, timeZone, aside, empty, onOpen }: DayActivitiesProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline" wrap="wrap" gap={4}>
        <Title order={4}>{t('callReports.report.activities')}</Title>
        {aside}
      </Group>
      {activities.length === 0 ? (
        (empty ?? (
          <Text size="sm" c="dimmed">
            {t('callReports.report.noActivities')}
          </Text>
        ))
      ) : (
        <ActivityCards activities={activities} timeZone={timeZone} onOpen={onOpen} />
      )}
    </Stack>
  );
};

const ActivityCards = ({ activities, timeZone, onOpen }: Omit<DayActivitiesProps, 'aside' | 'empty'>) => {
  const { t } = useTranslation();
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
              aria-label={`${t('actions.edit')}: ${activityTypeLabel(t, activity.type)}`}
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

/** The rep's note on a submitted day, as the rep and the manager read it. */
export const DayNoteCard = ({ summary }: { summary: string | null }) => {
  const { t } = useTranslation();
  return (
    <Card>
      <Stack gap="xs">
        <Title order={4}>{t('callReports.report.summary')}</Title>
        <Text
          size="sm"
          c={summary ? undefined : 'dimmed'}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          data-testid="report-summary"
        >
          {summary ?? t('callReports.report.noSummary')}
        </Text>
      </Stack>
    </Card>
  );
};
