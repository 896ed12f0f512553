import { Avatar, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CallReport } from '@pacer/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, initialsOf } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/notify';
import { callReportsApi } from './call-reports-api';

interface CommentThreadProps {
  report: CallReport;
  /** Whether the reader may write (the rep, the managers above them, admins). */
  canWrite: boolean;
  /** The user, to tell own comments from the others'. */
  userId: string;
}

/** The conversation on a submitted call report: the manager's review notes and the rep's answers. */
export const CommentThread = ({ report, canWrite, userId }: CommentThreadProps) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const reportId = report.id;
  const send = useMutation({
    mutationFn: (text: string) => callReportsApi.comment(reportId ?? '', text),
    onSuccess: async () => {
      setBody('');
      notifySuccess(t('callReports.thread.sent'));
      await queryClient.invalidateQueries({ queryKey: ['call-reports'] });
    },
    onError: (error) => notifyError(error),
  });

  return (
    <Stack gap="md" data-testid="comment-thread">
      <Title order={4}>{t('callReports.thread.title')}</Title>
      {report.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('callReports.thread.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {report.comments.map((comment) => {
            const own = comment.authorId === userId;
            return (
              <Group key={comment.id} gap="sm" wrap="nowrap" align="flex-start" data-testid="comment">
                <Avatar radius="xl" size={32} color={own ? 'pacer' : 'grape'} variant="light">
                  {initialsOf(comment.authorName)}
                </Avatar>
                <Stack
                  gap={2}
                  miw={0}
                  p="sm"
                  bg={own ? 'var(--mantine-color-pacer-light)' : 'var(--mantine-color-default-hover)'}
                  style={{ flex: 1, borderRadius: 'var(--mantine-radius-md)' }}
                >
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {comment.authorName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(comment.at)}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {comment.body}
                  </Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
      {canWrite && reportId ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (body.trim()) send.mutate(body.trim());
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('callReports.thread.reply')}
              placeholder={t('callReports.thread.replyPlaceholder')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={5000}
              size="md"
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconSend size={18} />}
                loading={send.isPending}
                disabled={!body.trim()}
              >
                {t('callReports.thread.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
};
