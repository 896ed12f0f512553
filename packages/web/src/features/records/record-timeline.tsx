import { Box, Button, Card, Center, Group, Text, ThemeIcon, Timeline, Title, Tooltip } from '@mantine/core';
import type { RecordType, TimelineEntry } from '@pacer/core';
import {
  IconArchive,
  IconArchiveOff,
  IconArrowRight,
  IconBriefcase,
  IconNote,
  IconPencil,
  IconPhone,
  IconPlus,
  IconTransform,
} from '@tabler/icons-react';
import { useInfiniteQuery, usePrefetchInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { formatDateTime, formatRelative } from '../../lib/format';
import { timelineQuery } from './record-api';
import { timelineDetail, timelineTitle } from './timeline-text';
import { activityLooks } from './vocab';

const kindLooks = {
  activity: { icon: IconPhone, color: 'teal' },
  stage_change: { icon: IconArrowRight, color: 'pacer' },
  edit: { icon: IconPencil, color: 'gray' },
  created: { icon: IconPlus, color: 'grape' },
  archived: { icon: IconArchive, color: 'orange' },
  restored: { icon: IconArchiveOff, color: 'teal' },
  converted: { icon: IconTransform, color: 'violet' },
  note: { icon: IconNote, color: 'yellow' },
} as const;

const iconOf = (entry: TimelineEntry) => {
  const type = entry.data.type;
  if (entry.kind === 'activity' && typeof type === 'string' && type in activityLooks) {
    return activityLooks[type as keyof typeof activityLooks].icon;
  }
  return kindLooks[entry.kind]?.icon ?? IconBriefcase;
};

const TimelineItemBody = ({ entry }: { entry: TimelineEntry }) => {
  const { t } = useTranslation();
  const detail = timelineDetail(t, entry);
  return (
    <>
      {detail ? (
        <Text size="sm" c="dimmed" mt={2} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} lineClamp={6}>
          {detail}
        </Text>
      ) : null}
      <Group gap={6} mt={4}>
        <Tooltip label={formatDateTime(entry.at)}>
          <Text size="xs" c="dimmed">
            {formatRelative(entry.at)}
          </Text>
        </Tooltip>
        {entry.actorName ? (
          <Text size="xs" c="dimmed">
            · {t('records.timeline.by', { name: entry.actorName })}
          </Text>
        ) : null}
      </Group>
    </>
  );
};

/** Start loading a record's timeline with the record, not after it. */
export const usePrefetchTimeline = (type: RecordType, id: string) => usePrefetchInfiniteQuery(timelineQuery(type, id));

/** What happened to a record, newest first: activities, stage changes, edits; older entries on demand. */
export const RecordTimeline = ({ type, id, bare = false }: { type: RecordType; id: string; bare?: boolean }) => {
  const { t } = useTranslation();
  const timeline = useInfiniteQuery(timelineQuery(type, id));
  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  const body = (
    <>
      {timeline.isError ? (
        <QueryLoadError query={timeline} />
      ) : !timeline.data ? (
        <RowsSkeleton rows={4} height={40} />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('records.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={28} lineWidth={2}>
          {entries.map((entry, index) => {
            const Icon = iconOf(entry);
            const color = kindLooks[entry.kind]?.color ?? 'gray';
            return (
              <Timeline.Item
                // biome-ignore lint/suspicious/noArrayIndexKey: entries of one instant may share their ref
                key={`${entry.at}-${entry.refId ?? ''}-${index}`}
                data-testid="timeline-entry"
                data-kind={entry.kind}
                bullet={
                  <ThemeIcon size={28} radius="xl" variant="light" color={color}>
                    <Icon size={15} />
                  </ThemeIcon>
                }
                title={
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {timelineTitle(t, entry)}
                  </Text>
                }
              >
                <TimelineItemBody entry={entry} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      {timeline.hasNextPage ? (
        <Center mt="md">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void timeline.fetchNextPage()}
            loading={timeline.isFetchingNextPage}
          >
            {t('records.timeline.loadMore')}
          </Button>
        </Center>
      ) : null}
    </>
  );
  // Inside a tab the surrounding card already frames it.
  if (bare) {
    return (
      <Box p="md" data-testid="record-timeline">
        {body}
      </Box>
    );
  }
  return (
    <Card data-testid="record-timeline">
      <Title order={4} mb="md">
        {t('records.page.timeline')}
      </Title>
      {body}
    </Card>
  );
};
