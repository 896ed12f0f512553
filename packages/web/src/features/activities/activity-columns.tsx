import { Badge, Group, Text, ThemeIcon } from '@mantine/core';
import type { Activity } from '@pacer/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { NameCell, textCell } from '../records/record-cells';
import type { ColumnDef } from '../records/record-columns';
import { linkColumn, ownerColumn } from '../records/shared-columns';
import { activityLooks, activityTypeLabel, directionLabel, outcomeLabel } from '../records/vocab';

/** An activity's type as a small icon with its name. */
export const ActivityTypeMark = ({ activity, withLabel = false }: { activity: Activity; withLabel?: boolean }) => {
  const { t } = useTranslation();
  const Icon = activityLooks[activity.type].icon;
  return (
    <Group gap={6} wrap="nowrap">
      <ThemeIcon size={22} radius="xl" variant="light" color="teal" aria-label={activityTypeLabel(t, activity.type)}>
        <Icon size={13} />
      </ThemeIcon>
      {withLabel ? (
        <Text size="sm" c="inherit">
          {activityTypeLabel(t, activity.type)}
        </Text>
      ) : null}
    </Group>
  );
};

/** When it happened, or when it is planned for. */
export const ActivityWhen = ({ activity }: { activity: Activity }) => {
  const { t } = useTranslation();
  if (activity.completedAt) {
    return (
      <Text size="sm" c="inherit" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(activity.completedAt)}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      <Badge size="xs" variant="outline" color="blue" style={{ flex: 'none' }}>
        {t('activities.planned')}
      </Badge>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(activity.scheduledAt)}
      </Text>
    </Group>
  );
};

/** The record an activity is linked to, of one kind. */
const linkOf = (activity: Activity, kind: 'account' | 'contact' | 'deal' | 'lead') => ({
  id: activity[`${kind}Id`],
  name: activity[`${kind}Name`],
});

/** Every column an activity list can show. */
export const useActivityColumns = (): ColumnDef<Activity>[] => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      {
        id: 'subject',
        label: t('activities.fields.subject'),
        primary: true,
        minWidth: 220,
        render: (activity) => (
          <Group gap="sm" wrap="nowrap" miw={0}>
            <ActivityTypeMark activity={activity} />
            <NameCell
              title={activity.subject ?? activityTypeLabel(t, activity.type)}
              subtitle={activity.notes ? activity.notes.slice(0, 120) : null}
            />
          </Group>
        ),
      },
      {
        id: 'type',
        label: t('activities.fields.type'),
        render: (a) => textCell(activityTypeLabel(t, a.type)),
      },
      {
        id: 'outcome',
        label: t('activities.fields.outcome'),
        default: true,
        render: (a) => textCell(a.outcome ? outcomeLabel(t, a.outcome) : null),
      },
      {
        id: 'direction',
        label: t('activities.fields.direction'),
        render: (a) => textCell(a.direction ? directionLabel(t, a.direction) : null),
      },
      {
        id: 'when',
        exportKeys: ['completedAt', 'scheduledAt'],
        label: t('activities.fields.when'),
        sortKey: 'completedAt',
        default: true,
        render: (a) => <ActivityWhen activity={a} />,
      },
      {
        id: 'durationMinutes',
        label: t('activities.fields.durationShort'),
        align: 'right',
        render: (a) =>
          textCell(a.durationMinutes === null ? null : t('activities.minutes', { count: a.durationMinutes })),
      },
      { ...linkColumn<Activity>('accounts', t('records.fields.account'), (a) => linkOf(a, 'account')), default: true },
      { ...linkColumn<Activity>('contacts', t('records.fields.contact'), (a) => linkOf(a, 'contact')), default: true },
      linkColumn<Activity>('deals', t('records.fields.deal'), (a) => linkOf(a, 'deal')),
      linkColumn<Activity>('leads', t('records.fields.lead'), (a) => linkOf(a, 'lead')),
      { id: 'location', label: t('activities.fields.location'), render: (a) => textCell(a.location) },
      ownerColumn(t),
    ],
    [t],
  );
};
