import { Button, Group, Loader, Portal, Text } from '@mantine/core';
import { useDocumentTitle, useHotkeys } from '@mantine/hooks';
import type { Contest, ContestLeaderboard } from '@pacer/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../wall-chart/wall-chart-format';
import { ContestBoard } from './contest-board';
import { contestPeriod } from './contest-format';
import classes from './incentives.module.css';

interface ContestTvProps {
  contest: Contest;
  board: ContestLeaderboard | undefined;
  userId: string;
  updatedAt: number;
  refreshing: boolean;
  fallback: ReactNode;
  onExit: () => void;
}

/** The leaderboard alone on the screen for the sales room's TV: big type, refreshing itself, Esc to leave. */
export const ContestTv = ({ contest, board, userId, updatedAt, refreshing, fallback, onExit }: ContestTvProps) => {
  const { t } = useTranslation();
  useDocumentTitle(`${contest.name} · Pacer`);
  useHotkeys([['Escape', onExit]]);
  return (
    <Portal>
      <div className={classes.tv} data-testid="contest-tv-screen">
        <Group justify="space-between" align="center" gap="md">
          <div>
            <Text className={classes.tvTitle}>{contest.name}</Text>
            <Text c="dimmed" size="lg">
              {t(`leaderboard.metrics.${contest.metric}`)} · {contestPeriod(contest)}
            </Text>
          </div>
          <Group gap="md" wrap="nowrap" ml="auto">
            {refreshing ? <Loader size="sm" aria-label={t('incentives.contest.refreshing')} /> : null}
            {updatedAt ? (
              <Text c="dimmed" size="lg" data-testid="contest-updated">
                {t('incentives.contest.updatedAt', { time: formatTime(updatedAt) })}
              </Text>
            ) : null}
            <Button
              variant="default"
              size="xs"
              leftSection={<IconX size={14} />}
              onClick={onExit}
              title={t('incentives.contest.exitHint')}
              data-testid="contest-tv-exit"
            >
              {t('incentives.contest.exit')}
            </Button>
          </Group>
        </Group>
        {board ? <ContestBoard contest={contest} board={board} userId={userId} tv /> : fallback}
      </div>
    </Portal>
  );
};
