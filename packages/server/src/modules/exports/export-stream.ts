import { PassThrough, Readable } from 'node:stream';
import { invalidField, spreadsheetSafe } from '@pacer/core';
import { stringify } from 'csv-stringify';
import { type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type Db, queryRows } from '../../platform/db/client';
import { keysetPage, type SortKey } from '../../platform/db/keyset';
import type { ExportColumn, ExportSource } from './export-columns';

const pageSize = 1000;

export interface ExportQuery {
  source: ExportSource;
  columns: ExportColumn[];
  where: SQL;
  sortKeys: Record<string, SortKey>;
  sort: string;
}

/** The columns asked for (`columns=a,b` by key), in that order; all when none are named. */
export const pickColumns = (all: ExportColumn[], wanted: string | undefined): ExportColumn[] => {
  if (!wanted?.trim()) return all;
  const keys = wanted
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = keys.filter((k) => !all.some((c) => c.key === k));
  if (unknown.length) {
    const message = `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known: ${all.map((c) => c.key).join(', ')}`;
    throw invalidField('columns', message);
  }
  return keys.map((k) => all.find((c) => c.key === k) as ExportColumn);
};

/**
 * The matching rows, a page at a time through keyset pagination over the list's sort: however big
 * the table, one page is in memory at once.
 */
export async function* exportPages(db: Db, query: ExportQuery): AsyncGenerator<(string | null)[][]> {
  const { source } = query;
  const idColumn = (source.table as unknown as { id: SQL }).id;
  let cursor: string | undefined;
  for (;;) {
    const keyset = keysetPage({
      keys: query.sortKeys,
      sort: query.sort,
      id: idColumn as never,
      cursor,
      limit: pageSize,
    });
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`select ${sql.join(
        query.columns.map((column, i) => sql`${column.value} as ${sql.raw(`c${i}`)}`),
        sql`, `,
      )}, ${keyset.sortValue} as "sortValue", ${idColumn} as id
        from ${source.table} ${source.joins}
        where ${query.where} ${keyset.after ? sql`and ${keyset.after}` : sql``}
        order by ${sql.join(keyset.orderBy, sql`, `)} limit ${keyset.fetch}`,
    );
    const page = keyset.page(rows as ({ sortValue: unknown; id: string } & Record<string, unknown>)[]);
    yield page.rows.map((row) => query.columns.map((_, i) => (row[`c${i}`] as string | null) ?? null));
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}

/** Text cells a spreadsheet would run as formulas are neutralised; numbers, dates and yes/no are not text. */
const csvCell = (column: ExportColumn, value: string | null) =>
  value === null ? '' : column.kind === 'text' ? spreadsheetSafe(value) : value;

/** CSV with a byte-order mark (so Excel reads UTF-8), the header row first. */
export const csvStream = (columns: ExportColumn[], pages: AsyncIterable<(string | null)[][]>): Readable => {
  async function* rows() {
    yield columns.map((c) => c.header);
    for await (const page of pages) {
      for (const row of page) yield row.map((value, i) => csvCell(columns[i] as ExportColumn, value));
    }
  }
  const out = stringify({ bom: true, record_delimiter: 'windows' });
  Readable.from(rows())
    .on('error', (error) => out.destroy(error))
    .pipe(out);
  return out;
};

const xlsxCell = (column: ExportColumn, value: string | null): ExcelJS.CellValue => {
  if (value === null) return null;
  switch (column.kind) {
    case 'number':
      return Number(value);
    case 'boolean':
      return value === 'true';
    case 'date': {
      const [y, m, d] = value.split('-').map(Number);
      return new Date(Date.UTC(y as number, (m as number) - 1, d as number));
    }
    default:
      return spreadsheetSafe(value);
  }
};

/** An XLSX workbook written row by row (exceljs's streaming writer), one sheet named after the records. */
export const xlsxStream = (
  sheetName: string,
  columns: ExportColumn[],
  pages: AsyncIterable<(string | null)[][]>,
): Readable => {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.min(40, Math.max(10, column.header.length + 2)),
    ...(column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  const write = async () => {
    for await (const page of pages) {
      for (const row of page) sheet.addRow(row.map((value, i) => xlsxCell(columns[i] as ExportColumn, value))).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error) => out.destroy(error));
  return out;
};
