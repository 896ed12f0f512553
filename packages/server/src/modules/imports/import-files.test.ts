import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding, readRows } from './import-files';

const folder = mkdtempSync(join(tmpdir(), 'pacer-import-files-'));
const fileOf = (name: string, bytes: Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
};
const allRows = async (path: string) => {
  const rows: string[][] = [];
  for await (const batch of readRows(path, 'csv')) for (const row of batch) rows.push(row.cells);
  return rows;
};
// Far past the first read chunk and the first batch of rows, so a guess from the start would be wrong.
const filler = Array.from({ length: 60_000 }, (_, i) => `Person ${i};Street ${i}\r\n`).join('');

describe('CSV text encodings', () => {
  it('reads a file that is valid UTF-8 as UTF-8, even when its first non-ASCII letter comes late', async () => {
    const path = fileOf('utf8.csv', Buffer.from(`Name;Street\r\n${filler}Zoë Ångström;Straße 1\r\n`, 'utf8'));
    expect(await detectEncoding(path)).toBe('utf-8');
    const rows = await allRows(path);
    expect(rows).toHaveLength(60_002);
    expect(rows.at(-1)).toEqual(['Zoë Ångström', 'Straße 1']);
  });

  it('reads any other file as Windows-1252, even when its first odd byte comes late', async () => {
    const latin = Buffer.concat([
      Buffer.from('Name;Street\r\n', 'latin1'),
      Buffer.from(filler, 'latin1'),
      Buffer.from([0x80, 0x20, 0x93, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x94, 0x3b, 0x96, 0x0d, 0x0a]),
    ]);
    const path = fileOf('cp1252.csv', latin);
    expect(await detectEncoding(path)).toBe('windows-1252');
    const rows = await allRows(path);
    expect(rows[1]).toEqual(['Person 0', 'Street 0']);
    expect(rows.at(-1)).toEqual(['€ “Müller”', '–']);
  });

  it('keeps a UTF-8 byte-order mark out of the first header', async () => {
    const path = fileOf('bom.csv', Buffer.from('\uFEFFName,Phone\r\nAda,1\r\n', 'utf8'));
    expect(await allRows(path)).toEqual([
      ['Name', 'Phone'],
      ['Ada', '1'],
    ]);
  });
});
