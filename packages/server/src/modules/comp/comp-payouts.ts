import { currencyMinorUnits, type DateRange, spreadsheetSafe } from '@pacer/core';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Scope } from '../../platform/auth/access-policy';
import { type Db, queryRows } from '../../platform/db/client';
import { frozenStatus } from './comp-clawbacks.queries';
import { type StatementRow, selectStatements, toStatement } from './comp-statements.queries';

/*
 * The payout file for payroll: every approved or paid statement of a period, one row per rep and
 * currency, by rep name. Text a spreadsheet could run as a formula (a name starting with "=") is
 * neutralised in both formats.
 */

export interface PayoutRow {
  repName: string;
  email: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  currency: string;
  total: string;
  statementId: string;
}

const headers = ['Rep', 'Email', 'Period Start', 'Period End', 'Status', 'Currency', 'Total', 'Statement ID'];

/** The approved and paid statements of exactly this period, one row per currency of their totals. */
export const payoutRows = async (db: Db, scope: Scope, period: DateRange): Promise<PayoutRow[]> => {
  const rows = await queryRows<StatementRow>(
    db,
    selectStatements(
      scope,
      sql`s.period_start = ${period.start}::date and s.period_end = ${period.end}::date and s.status in ${frozenStatus}`,
      sql`order by u.name, s.id`,
    ),
  );
  return rows.flatMap((row) =>
    toStatement(row).totals.map((total) => ({
      repName: row.rep_name,
      email: row.rep_email,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      status: row.status,
      currency: total.currency,
      total: total.amount,
      statementId: row.id,
    })),
  );
};

const cells = (row: PayoutRow): string[] => [
  spreadsheetSafe(row.repName),
  spreadsheetSafe(row.email),
  row.periodStart,
  row.periodEnd,
  row.status,
  row.currency,
  row.total,
  row.statementId,
];

/** CSV with a byte-order mark (so Excel reads UTF-8), the header row first. */
export const payoutCsv = (rows: readonly PayoutRow[]): string =>
  stringify([headers, ...rows.map(cells)], { bom: true, record_delimiter: 'windows' });

const numberFormat = (currency: string) => {
  const decimals = currencyMinorUnits(currency);
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
};

/** The same as an XLSX sheet; totals are numbers shown with their currency's decimals, the rest text. */
export const payoutWorkbook = async (rows: readonly PayoutRow[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Payouts', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) {
    const values: (string | number)[] = cells(row);
    values[6] = Number(row.total);
    sheet.addRow(values).getCell(7).numFmt = numberFormat(row.currency);
  }
  const widths = [24, 30, 12, 12, 10, 9, 14, 38];
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
