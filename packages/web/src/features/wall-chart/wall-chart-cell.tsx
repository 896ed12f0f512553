import { Stack, Table, Text, Tooltip } from '@mantine/core';
import type { WallChartCell as Cell, WallChart } from '@pacer/core';
import { Link } from '@tanstack/react-router';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, statusColors } from '../goals/goal-format';
import classes from './wall-chart.module.css';
import { formatWallValue } from './wall-chart-format';

export type WallChartColumn = WallChart['columns'][number];

/** The cell's colours from the status, the same palette as the goals' badges and bars. */
const statusStyle = (status: Cell['status']): CSSProperties => {
  const color = statusColors[status];
  return {
    '--wall-cell-bg': `var(--mantine-color-${color}-light)`,
    '--wall-cell-hover': `var(--mantine-color-${color}-light-hover)`,
    '--wall-cell-color': `var(--mantine-color-${color}-light-color)`,
    '--wall-cell-edge': `var(--mantine-color-${color}-filled)`,
  } as CSSProperties;
};

const TipLine = ({ label, value }: { label: string; value: string }) => (
  <Text size="xs" style={{ display: 'flex', justifyContent: 'space-between', gap: 16 }}>
    <span>{label}</span>
    <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>{value}</span>
  </Text>
);

/**
 * One rep's part of one goal: what is still to go in big, actual against target and attainment
 * small; the pace in the tooltip; a click opens the goal, where the deals behind the number are.
 */
export const WallChartCell = ({ cell, column, repName }: { cell: Cell; column: WallChartColumn; repName: string }) => {
  const { t } = useTranslation();
  const done = cell.status === 'achieved';
  const value = (amount: string | null) => formatWallValue(amount, column);
  const headline = done
    ? '✓'
    : t(cell.status === 'missed' ? 'wallChart.short' : 'wallChart.toGo', { value: value(cell.distance) });
  const tip = (
    <Stack gap={2} miw={220}>
      <TipLine label={t('wallChart.tooltip.status')} value={t(`goals.statuses.${cell.status}`)} />
      <TipLine label={t('wallChart.tooltip.expected')} value={value(cell.expected)} />
      <TipLine label={t('wallChart.tooltip.perDay')} value={done ? '—' : value(cell.runRateNeeded)} />
      <TipLine label={t('wallChart.tooltip.projected')} value={value(cell.projected)} />
    </Stack>
  );
  return (
    <Table.Td
      className={classes.cell}
      style={statusStyle(cell.status)}
      data-testid="wall-chart-cell"
      data-status={cell.status}
      data-goal-id={cell.goalId}
    >
      <Tooltip label={tip} multiline openDelay={150}>
        <Link
          to="/goals/$goalId"
          params={{ goalId: cell.goalId }}
          className={classes.cellLink}
          aria-label={`${t('wallChart.openGoal', { name: column.name, rep: repName })}: ${headline}`}
        >
          <span className={classes.headline}>{headline}</span>
          <span className={classes.figures}>
            {t('wallChart.actualOfTarget', { actual: value(cell.actual), target: value(cell.target) })}
          </span>
          <span className={classes.figures}>
            {formatPercent(cell.attainmentPercent)} · {t(`goals.statuses.${cell.status}`)}
          </span>
        </Link>
      </Tooltip>
    </Table.Td>
  );
};

/** Where the rep has no goal of this column. */
export const WallChartEmptyCell = () => {
  const { t } = useTranslation();
  return (
    <Table.Td className={classes.emptyCell} aria-label={t('wallChart.noGoal')}>
      —
    </Table.Td>
  );
};
