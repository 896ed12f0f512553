import { Button } from '@mantine/core';
import type { ContestDetail } from '@pacer/core';
import { IconBan, IconFlag, IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/feedback';
import { notifyError, notifySuccess } from '../../lib/notify';
import { incentivesApi } from './incentives-api';

/**
 * What a manager or an admin does with a contest that is not over: change it, cancel it (no
 * winners, no prizes) or finish it (winners recorded once) — both asked for first.
 */
export const ContestActions = ({ contest }: { contest: ContestDetail }) => {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<'finish' | 'cancel' | null>(null);
  const settle = useMutation({
    mutationFn: (action: 'finish' | 'cancel') =>
      action === 'finish' ? incentivesApi.finishContest(contest.id) : incentivesApi.cancelContest(contest.id),
    onSuccess: async (_, action) => {
      notifySuccess(t(action === 'finish' ? 'incentives.contest.finished' : 'incentives.contest.cancelled'));
      setAsking(null);
      await queryClient.invalidateQueries({ queryKey: ['contests'] });
      await queryClient.invalidateQueries({ queryKey: ['recognition'] });
    },
    onError: (error) => notifyError(error),
  });
  if (contest.status === 'finished' || contest.status === 'cancelled') return null;
  const finishing = asking === 'finish';
  return (
    <>
      <Button
        variant="default"
        onClick={() => void navigate({ to: '/contests/$contestId/edit', params: { contestId: contest.id } })}
        leftSection={<IconPencil size={16} />}
        data-testid="contest-edit"
      >
        {t('incentives.contest.edit')}
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconBan size={16} />}
        onClick={() => setAsking('cancel')}
        data-testid="contest-cancel"
      >
        {t('incentives.contest.cancel')}
      </Button>
      <Button leftSection={<IconFlag size={16} />} onClick={() => setAsking('finish')} data-testid="contest-finish">
        {t('incentives.contest.finish')}
      </Button>
      <ConfirmModal
        opened={asking !== null}
        title={t(finishing ? 'incentives.contest.finishTitle' : 'incentives.contest.cancelTitle', {
          name: contest.name,
        })}
        message={t(finishing ? 'incentives.contest.finishBody' : 'incentives.contest.cancelBody')}
        confirmLabel={t(finishing ? 'incentives.contest.finish' : 'incentives.contest.cancel')}
        cancelLabel={t('incentives.contest.keep')}
        loading={settle.isPending}
        onConfirm={() => asking && settle.mutate(asking)}
        onClose={() => setAsking(null)}
      />
    </>
  );
};
