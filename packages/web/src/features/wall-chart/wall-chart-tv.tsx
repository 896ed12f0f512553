import type { WallChart } from '@pacer/core';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TvScreen } from '../../components/tv-screen';
import { formatDay } from '../../lib/format';
import { useTvPaging } from './use-tv-paging';
import { WallChartTable } from './wall-chart-table';

interface WallChartTvProps {
  chart: WallChart | undefined;
  /** The team's name when the chart is narrowed to one. */
  teamName: string | null;
  userId: string;
  /** When the numbers last came from the server (ms since the epoch), 0 before the first answer. */
  updatedAt: number;
  refreshing: boolean;
  /** What shows instead of the table while loading, on an error or when empty. */
  fallback: ReactNode;
  onExit: () => void;
}

/**
 * The chart alone on the screen, for a TV in the sales room: big type, refreshing itself (the
 * query's interval), and turning its own pages when it does not fit the screen.
 */
export const WallChartTv = ({ chart, teamName, userId, updatedAt, refreshing, fallback, onExit }: WallChartTvProps) => {
  const { t } = useTranslation();
  const title = teamName ?? t('wallChart.title');
  const screen = useRef<HTMLDivElement>(null);
  useTvPaging(screen);
  return (
    <TvScreen
      documentTitle={title}
      title={chart ? t('wallChart.tvHeading', { title, date: formatDay(chart.on) }) : title}
      updatedAt={updatedAt}
      refreshing={refreshing}
      onExit={onExit}
      testId="wall-chart-tv"
      screenRef={screen}
    >
      {chart && chart.columns.length > 0 && chart.rows.length > 0 ? (
        <WallChartTable chart={chart} userId={userId} tv />
      ) : (
        fallback
      )}
    </TvScreen>
  );
};
