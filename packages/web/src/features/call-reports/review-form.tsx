import { Button, Card, Stack, Textarea, Title } from '@mantine/core';
import { IconEyeCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/notify';
import { callReportsApi } from './call-reports-api';

/** The manager's "seen": mark a submitted report reviewed, with an optional comment for the rep. */
export const ReviewForm = ({ reportId }: { reportId: string }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: () => callReportsApi.review(reportId, comment.trim()),
    onSuccess: async () => {
      setComment('');
      notifySuccess(t('callReports.review.done'));
      await queryClient.invalidateQueries({ queryKey: ['call-reports'] });
    },
    onError: (error) => notifyError(error),
  });
  return (
    <Card data-testid="review-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          review.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={4}>{t('callReports.review.title')}</Title>
          <Textarea
            label={t('callReports.review.comment')}
            description={t('labels.optional')}
            placeholder={t('callReports.review.commentPlaceholder')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          <Button type="submit" size="md" leftSection={<IconEyeCheck size={18} />} loading={review.isPending}>
            {t('callReports.review.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
};
