import { metricCatalog, spreadsheetSafe, type WallChart } from '@pacer/core';
import ExcelJS from 'exceljs';

/** The colours of the chart on paper: the same five statuses as on screen. */
const statusFill: Record<string, string> = {
  achieved: 'FF9BE3C8',
  on_track: 'FFB7E4B0',
  at_risk: 'FFFFE08A',
  behind: 'FFFFC58A',
  missed: 'FFF4A6A6',
};

const number = (value: string | null) => (value === null ? null : Number(value));

/**
 * The wall chart as the spreadsheet sales leaders already keep: a row per rep, and per goal its
 * target, actual and the distance still to go, the actual coloured by status; totals underneath.
 */
export const wallChartWorkbook = async (chart: WallChart): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Wall chart', { views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }] });
  const titles = ['Rep'];
  const periods = [`On ${chart.on}`];
  const headers = [''];
  for (const column of chart.columns) {
    const unit = metricCatalog[column.metric].unit === 'money' && column.currency ? ` (${column.currency})` : '';
    titles.push(spreadsheetSafe(`${column.name}${unit}`), '', '');
    periods.push(`${column.startsOn} – ${column.endsOn}`, '', '');
    headers.push('Target', 'Actual', 'To go');
  }
  sheet.addRow(titles).font = { bold: true };
  sheet.addRow(periods).font = { italic: true };
  sheet.addRow(headers).font = { bold: true };
  chart.columns.forEach((_, i) => {
    sheet.mergeCells(1, 2 + i * 3, 1, 4 + i * 3);
    sheet.mergeCells(2, 2 + i * 3, 2, 4 + i * 3);
  });
  for (const row of chart.rows) {
    const values: (string | number | null)[] = [spreadsheetSafe(row.repName)];
    for (const cell of row.cells)
      values.push(number(cell?.target ?? null), number(cell?.actual ?? null), number(cell?.distance ?? null));
    const added = sheet.addRow(values);
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      added.getCell(3 + i * 3).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: statusFill[cell.status] ?? 'FFFFFFFF' },
      };
    });
  }
  const totals: (string | number | null)[] = ['Total'];
  for (const column of chart.columns) totals.push(number(column.target), number(column.actual), null);
  sheet.addRow(totals).font = { bold: true };
  sheet.getColumn(1).width = 24;
  for (let i = 2; i <= 1 + chart.columns.length * 3; i++) sheet.getColumn(i).width = 12;
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
