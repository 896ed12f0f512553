import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** The kinds of file an import reads. */
export type FileFormat = 'csv' | 'xlsx';

/** A row of the file: its number as a spreadsheet shows it (1 = header) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * What the file is, judged by its first bytes (never by its name alone): XLSX is a zip, CSV is
 * text. Old binary Excel files and anything else with NUL bytes are refused.
 */
export const sniffFormat = (head: Buffer): FileFormat | 'xls' | null => {
  const starts = (magic: number[]) => magic.every((byte, i) => head[i] === byte);
  if (starts(zipMagic)) return 'xlsx';
  if (starts(oleMagic)) return 'xls';
  if (head.includes(0)) return null;
  return 'csv';
};

/** The separator of a CSV file: whichever of , ; tab and | its header line uses most (outside quotes). */
export const detectDelimiter = (firstLine: string): string => {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
};

const readFirstLine = async (path: string): Promise<string> => {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return text.split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
};

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** How a CSV file's text is encoded: UTF-8 when every byte of it is valid UTF-8, else Windows-1252. */
export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * Excel's plain "CSV" saves Windows-1252 in Western Europe and the Americas, and reading such a
 * file as UTF-8 would turn every "ü" into "�" without a word. One pass of a strict decoder (far
 * quicker than the CSV parser) tells which one the file is.
 */
export const detectEncoding = async (path: string): Promise<TextEncoding> => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
      strict.decode(chunk as Buffer, { stream: true });
    }
    strict.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
};

const readText = (path: string, encoding: TextEncoding) => {
  const bytes = createReadStream(path, { highWaterMark: 1024 * 1024 });
  return encoding === 'utf-8' ? bytes : bytes.pipe(iconv.decodeStream('win1252'));
};

async function* csvRows(path: string): AsyncGenerator<FileRow[]> {
  const delimiter = detectDelimiter(await readFirstLine(path));
  const parser = readText(path, await detectEncoding(path)).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let row = 0;
  let batch: FileRow[] = [];
  for await (const cells of parser as AsyncIterable<string[]>) {
    row++;
    if (isBlank(cells)) continue;
    batch.push({ row, cells });
    if (batch.length === 2000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A spreadsheet cell as the text an import reads: dates as ISO, formulas by their result. */
export const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Spreadsheets store wall-clock times; exceljs hands them over as UTC.
    const day = `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
    const time = `${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}:${pad2(value.getUTCSeconds())}`;
    return time === '00:00:00' ? day : `${day} ${time}`;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
  if ('error' in value) return '';
  return String(value);
};

async function* xlsxRows(path: string): AsyncGenerator<FileRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  let batch: FileRow[] = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      // exceljs numbers cells from 1; slot 0 stays empty.
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] ?? null).trim());
      if (isBlank(cells)) continue;
      batch.push({ row: row.number, cells });
      if (batch.length === 2000) {
        yield batch;
        batch = [];
      }
    }
    // Only the first sheet is the data; the others are notes, pivots, lookups.
    break;
  }
  if (batch.length) yield batch;
}

/** The file's rows in batches, header row included, read as a stream: memory stays flat however long the file. */
export const readRows = (path: string, format: FileFormat): AsyncGenerator<FileRow[]> =>
  format === 'csv' ? csvRows(path) : xlsxRows(path);

/** Header names a mapping can key on: blanks become "Column N", repeats get " (2)", " (3)". */
export const uniqueHeaders = (cells: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const name = cell.trim() || `Column ${i + 1}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : `${name} (${count})`;
  });
};

/** The header row, the first data rows and how many data rows the file has. */
export const readHead = async (
  path: string,
  format: FileFormat,
  sampleSize = 10,
): Promise<{ headers: string[]; sampleRows: string[][]; totalRows: number }> => {
  let headers: string[] | null = null;
  const sampleRows: string[][] = [];
  let totalRows = 0;
  for await (const batch of readRows(path, format)) {
    for (const { cells } of batch) {
      if (!headers) {
        headers = uniqueHeaders(cells);
        continue;
      }
      totalRows++;
      if (sampleRows.length < sampleSize) sampleRows.push(cells);
    }
  }
  return { headers: headers ?? [], sampleRows, totalRows };
};
