import { Badge, Table } from '@mantine/core';
import type { WallChart } from '@pacer/core';
import { useTranslation } from 'react-i18next';
import { metricLabel } from '../goals/goal-format';
import classes from './wall-chart.module.css';
import { WallChartCell, type WallChartColumn, WallChartEmptyCell } from './wall-chart-cell';
import { formatPeriod, formatWallValue } from './wall-chart-format';

const ColumnHeader = ({ column }: { column: WallChartColumn }) => {
  const { t } = useTranslation();
  return (
    <Table.Th className={classes.columnHeader} data-testid="wall-chart-column" data-column-key={column.key}>
      <span className={classes.columnName}>{column.name}</span>
      <span className={classes.columnMeta}>{metricLabel(column, t)}</span>
      <span className={classes.columnMeta}>{formatPeriod(column.startsOn, column.endsOn)}</span>
    </Table.Th>
  );
};

/** The column's sums: the reps' actuals (none for rates, which do not add up) of their targets. */
const ColumnTotal = ({ column }: { column: WallChartColumn }) => {
  const { t } = useTranslation();
  return (
    <Table.Td className={classes.total} data-testid="wall-chart-total">
      <span className={classes.totalActual}>{formatWallValue(column.actual, column)}</span>
      <span className={classes.figures}>
        {t('wallChart.ofTarget', { target: formatWallValue(column.target, column) })}
      </span>
    </Table.Td>
  );
};

interface WallChartTableProps {
  chart: WallChart;
  /** Whose row gets the "You" badge. */
  userId: string;
  /** Bigger type for a screen across the room. */
  tv?: boolean;
}

/** Reps down, goals across, each cell in its pace colour; the sums of each goal at the foot. */
export const WallChartTable = ({ chart, userId, tv = false }: WallChartTableProps) => {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer
      minWidth={200 + chart.columns.length * 170}
      type="native"
      className={classes.scroll}
      data-tv={tv || undefined}
      data-wall-scroll
    >
      <Table className={classes.table} data-testid="wall-chart" withColumnBorders withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.repHeader}>{t('wallChart.rep')}</Table.Th>
            {chart.columns.map((column) => (
              <ColumnHeader key={column.key} column={column} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chart.rows.map((row) => (
            <Table.Tr key={row.repId} data-testid="wall-chart-row" data-rep-id={row.repId}>
              <Table.Th scope="row" className={classes.repName}>
                <span className={classes.repLine}>
                  {row.repName}
                  {row.repId === userId ? (
                    <Badge size="xs" variant="light" className={classes.you}>
                      {t('wallChart.you')}
                    </Badge>
                  ) : null}
                </span>
              </Table.Th>
              {chart.columns.map((column, index) => {
                const cell = row.cells[index];
                return cell ? (
                  <WallChartCell key={column.key} cell={cell} column={column} repName={row.repName} />
                ) : (
                  <WallChartEmptyCell key={column.key} />
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" className={classes.repName}>
              {t('wallChart.total')}
            </Table.Th>
            {chart.columns.map((column) => (
              <ColumnTotal key={column.key} column={column} />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
};
