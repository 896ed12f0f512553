import type { Contest, ContestLeaderboard } from '@pacer/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TvScreen } from '../../components/tv-screen';
import { ContestBoard } from './contest-board';
import { contestPeriod } from './contest-format';

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
  return (
    <TvScreen
      documentTitle={contest.name}
      title={contest.name}
      subtitle={`${t(`leaderboard.metrics.${contest.metric}`)} · ${contestPeriod(contest)}`}
      updatedAt={updatedAt}
      refreshing={refreshing}
      onExit={onExit}
      testId="contest-tv"
    >
      {board ? <ContestBoard contest={contest} board={board} userId={userId} tv /> : fallback}
    </TvScreen>
  );
};
