import type { ImportJob } from '@pacer/core';
import ExcelJS from 'exceljs';
import type { Answer, HttpClient } from '../../testing/http-client';

/** Helpers for import tests: files, multipart uploads and waiting for a run. */

/** A CSV file from rows; cells with commas, quotes or line breaks are quoted. */
export const csvOf = (rows: readonly (readonly (string | number | null)[])[], lineEnd = '\r\n'): string =>
  rows
    .map((row) =>
      row
        .map((cell) => {
          const text = cell === null ? '' : String(cell);
          return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
        })
        .join(','),
    )
    .join(lineEnd) + lineEnd;

/** An XLSX workbook with one sheet of these rows. */
export const xlsxOf = async (rows: readonly (readonly (string | number | Date | null)[])[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const tokens = new WeakMap<HttpClient, string>();

/** The client's personal API token (made once): uploads go with it, as a script's would. */
export const tokenOf = async (client: HttpClient): Promise<string> => {
  const known = tokens.get(client);
  if (known) return known;
  const answer = await client.post('/api/v1/me/tokens', { name: 'import test' });
  if (answer.status !== 201) throw new Error(`token: ${JSON.stringify(answer.body)}`);
  tokens.set(client, answer.body.token);
  return answer.body.token as string;
};

export interface UploadInput {
  recordType?: string;
  fileName?: string;
  content: string | Buffer;
  contentType?: string;
}

/** POST /api/v1/imports as multipart: recordType, then the file. */
export const uploadFile = async (baseUrl: string, client: HttpClient, input: UploadInput): Promise<Answer> => {
  const form = new FormData();
  if (input.recordType) form.append('recordType', input.recordType);
  const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
  form.append(
    'file',
    new Blob([new Uint8Array(bytes)], { type: input.contentType ?? 'text/csv' }),
    input.fileName ?? 'data.csv',
  );
  const response = await fetch(`${baseUrl}/api/v1/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenOf(client)}` },
    body: form,
  });
  const text = await response.text();
  const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, body, headers: response.headers };
};

const busy = new Set(['validating', 'running']);

/** Polls an import until its pass is over. */
export const waitForImport = async (client: HttpClient, id: string, timeoutMs = 60_000): Promise<ImportJob> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const answer = await client.get(`/api/v1/imports/${id}`);
    if (answer.status !== 200) throw new Error(`GET import: ${JSON.stringify(answer.body)}`);
    if (!busy.has(answer.body.status)) return answer.body;
    if (Date.now() > until) throw new Error(`import ${id} still ${answer.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Uploads a file and runs it with a mapping; answers the finished job. */
export const importFile = async (
  baseUrl: string,
  client: HttpClient,
  input: UploadInput & { recordType: string },
  mapping: Record<string, unknown>,
): Promise<ImportJob> => {
  const uploaded = await uploadFile(baseUrl, client, input);
  if (uploaded.status !== 201) throw new Error(`upload: ${JSON.stringify(uploaded.body)}`);
  const started = await client.post(`/api/v1/imports/${uploaded.body.id}/run`, { mapping });
  if (started.status !== 202) throw new Error(`run: ${JSON.stringify(started.body)}`);
  return waitForImport(client, uploaded.body.id);
};
