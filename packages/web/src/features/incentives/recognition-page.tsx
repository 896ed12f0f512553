import { Avatar, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { createKudosSchema, type RecognitionPost } from '@pacer/core';
import { IconHeart, IconHeartFilled, IconHeartHandshake, IconSend } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyCard, QueryLoadError, RowsSkeleton } from '../../components/feedback';
import { PageHeader } from '../../components/page-header';
import { formatRelative, initialsOf } from '../../lib/format';
import { notifyError } from '../../lib/notify';
import { useSaveMutation, useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session';
import { MemberPicker } from '../people/member-picker';
import { incentivesApi, recognitionQuery } from './incentives-api';
import { recognitionText } from './recognition-message';

const kindColor: Record<RecognitionPost['kind'], string> = {
  kudos: 'pink',
  goal_achieved: 'teal',
  contest_won: 'yellow',
  award: 'violet',
};

/** Kudos to a colleague; anyone who writes may post, and the whole org sees it. */
const KudosForm = () => {
  const { t } = useTranslation();
  const { user } = useSession();
  const form = useSchemaForm({ schema: createKudosSchema, initialValues: { repId: '', text: '' } });
  const save = useSaveMutation({
    form,
    save: incentivesApi.postKudos,
    savedMessage: () => t('incentives.feed.posted'),
    refresh: [['recognition']],
    onDone: () => form.reset(),
  });
  return (
    <Card p="md" mb="lg">
      <form onSubmit={form.onSubmit((input) => save.mutate(input))} noValidate>
        <Stack gap="sm">
          <MemberPicker
            label={t('incentives.feed.to')}
            value={form.values.repId || null}
            onChange={(id) => form.setFieldValue('repId', id ?? '')}
            error={form.errors.repId}
            excludeIds={[user.id]}
            data-testid="kudos-to"
          />
          <Textarea
            label={t('incentives.feed.text')}
            placeholder={t('incentives.feed.placeholder')}
            autosize
            minRows={2}
            data-testid="kudos-text"
            {...form.getInputProps('text')}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              leftSection={<IconSend size={16} />}
              data-testid="kudos-post"
            >
              {t('incentives.feed.post')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
};

const PostCard = ({ post }: { post: RecognitionPost }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cheer = useMutation({
    mutationFn: () => incentivesApi.cheer(post.id, !post.reacted),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['recognition'] }),
    onError: (error) => notifyError(error),
  });
  return (
    <Card p="md" data-testid="recognition-post">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Avatar color={kindColor[post.kind]} radius="xl">
          {post.subjectName ? initialsOf(post.subjectName) : <IconHeartHandshake size={18} />}
        </Avatar>
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            {post.subjectName ? <Text fw={700}>{post.subjectName}</Text> : null}
            <Badge size="sm" variant="light" color={kindColor[post.kind]}>
              {t(`incentives.feed.kinds.${post.kind}`)}
            </Badge>
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="recognition-text">
            {recognitionText(post, t)}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {post.authorName ? t('incentives.feed.by', { name: post.authorName }) : t('incentives.feed.byPacer')} ·{' '}
              {formatRelative(post.createdAt)}
            </Text>
            <Button
              variant="subtle"
              size="compact-xs"
              color="pink"
              leftSection={post.reacted ? <IconHeartFilled size={14} /> : <IconHeart size={14} />}
              onClick={() => cheer.mutate()}
              aria-label={t('incentives.feed.cheer')}
              aria-pressed={post.reacted}
            >
              {post.reactions}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
};

/** The recognition feed: kudos from colleagues, goals reached, contests won and awards, newest first. */
export const RecognitionPage = () => {
  const { t } = useTranslation();
  const { member } = useSession();
  const feed = useInfiniteQuery(recognitionQuery);
  const posts = feed.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader title={t('incentives.feed.title')} description={t('incentives.feed.subtitle')} />
      {member.role === 'viewer' ? null : <KudosForm />}
      {feed.isError ? (
        <QueryLoadError query={feed} />
      ) : !feed.data ? (
        <RowsSkeleton rows={4} height={80} />
      ) : posts.length === 0 ? (
        <EmptyCard
          icon={<IconHeartHandshake size={28} />}
          title={t('incentives.feed.emptyTitle')}
          description={t('incentives.feed.emptyBody')}
        />
      ) : (
        <Stack gap="sm" data-testid="recognition-feed">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
          {feed.hasNextPage ? (
            <Group justify="center">
              <Button variant="default" loading={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
                {t('incentives.feed.more')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </>
  );
};
