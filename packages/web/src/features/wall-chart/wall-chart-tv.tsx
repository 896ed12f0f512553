import { Button, Group, Loader, Portal, Text } from '@mantine/core';
import { useDocumentTitle, useHotkeys } from '@mantine/hooks';
import type { WallChart } from '@pacer/core';
import { IconX } from '@tabler/icons-react';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/format';
import { useTvPaging } from './use-tv-paging';
import classes from './wall-chart.module.css';
import { formatTime } from './wall-chart-format';
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
 * The chart alone on the screen, for a TV in the sales room: it covers the app's header and
 * navigation, sets big type, refreshes itself (the query's interval) and says when it last did,
 * and turns its own pages when it does not fit the screen.
 */
export const WallChartTv = ({ chart, teamName, userId, updatedAt, refreshing, fallback, onExit }: WallChartTvProps) => {
  const { t } = useTranslation();
  const title = teamName ?? t('wallChart.title');
  useDocumentTitle(`${title} · Pacer`);
  useHotkeys([['Escape', onExit]]);
  const screen = useRef<HTMLDivElement>(null);
  useTvPaging(screen);
  return (
    <Portal>
      <div className={classes.tv} ref={screen} data-testid="wall-chart-tv-screen">
        <Group justify="space-between" align="center" gap="md">
          <Text className={classes.tvTitle}>
            {chart ? t('wallChart.tvHeading', { title, date: formatDay(chart.on) }) : title}
          </Text>
          <Group gap="md" wrap="nowrap" ml="auto">
            {refreshing ? <Loader size="sm" aria-label={t('wallChart.refreshing')} /> : null}
            {updatedAt ? (
              <Text c="dimmed" size="lg" data-testid="wall-chart-updated">
                {t('wallChart.updatedAt', { time: formatTime(updatedAt) })}
              </Text>
            ) : null}
            <Button
              variant="default"
              size="xs"
              leftSection={<IconX size={14} />}
              onClick={onExit}
              title={t('wallChart.exitHint')}
              data-testid="wall-chart-tv-exit"
            >
              {t('wallChart.exit')}
            </Button>
          </Group>
        </Group>
        {chart && chart.columns.length > 0 && chart.rows.length > 0 ? (
          <WallChartTable chart={chart} userId={userId} tv />
        ) : (
          fallback
        )}
      </div>
    </Portal>
  );
};
