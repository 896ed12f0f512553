import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { csvOf, importFile, tokenOf, uploadFile, waitForImport } from '../imports/import-testing';

/** An export fetched as bytes, with its headers. */
const download = async (baseUrl: string, client: HttpClient, path: string) => {
  const response = await fetch(`${baseUrl}/api/v1/${path}`, {
    headers: { authorization: `Bearer ${await tokenOf(client)}` },
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
};
const csvRows = (bytes: Buffer): string[][] => parse(bytes.toString('utf8'), { bom: true, relax_column_count: true });

describeApi('exports', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  beforeAll(async () => {
    org = await createOrgFixture(api);
    const admin = org.admin.client;
    for (const [name, ownerId, industry] of [
      ['=HYPERLINK("http://evil.example","click")', org.r1.userId, 'Retail'],
      ['+Plus Co', org.r2.userId, 'Retail'],
      ['Acme', org.admin.userId, '@risk'],
      ['Beta', org.r1.userId, 'Software'],
    ] as const) {
      const created = await admin.post('/api/v1/accounts', {
        name,
        ownerId,
        industry,
        annualRevenue: '-1250.5',
        externalId: `X-${name.length}-${industry}`,
      });
      expect(created.status).toBe(201);
    }
  });

  it('writes CSV with the import’s headers, a file name, and formulas neutralised', async () => {
    const answer = await download(api.baseUrl, org.admin.client, 'accounts/export?format=csv&sort=name');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="accounts-2026-03-02.csv"');
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, ...rows] = csvRows(answer.bytes);
    expect(headers?.slice(0, 4)).toEqual(['Pacer ID', 'External ID', 'Name', 'Website']);
    expect(headers).toEqual(expect.arrayContaining(['Owner', 'Owner Name', 'Annual Revenue', 'Created', 'Updated']));
    const name = headers?.indexOf('Name') as number;
    const names = rows.map((row) => row[name]);
    expect(names).toEqual(
      ['+Plus Co', '=HYPERLINK("http://evil.example","click")', 'Acme', 'Beta'].map((n) =>
        /^[=+]/.test(n) ? `'${n}` : n,
      ),
    );
    const industry = headers?.indexOf('Industry') as number;
    expect(rows.map((row) => row[industry])).toContain("'@risk");
    // Numbers stay numbers: a negative amount is not a formula.
    expect(rows[0]?.[headers?.indexOf('Annual Revenue') as number]).toBe('-1250.5');
    const owner = headers?.indexOf('Owner') as number;
    const acme = rows.find((row) => row[name] === 'Acme');
    expect(acme?.[owner]).toMatch(/^admin-.*@example\.com$/);
    expect(acme?.[headers?.indexOf('Owner Name') as number]).toBe('Ada Admin');
  });

  it('writes XLSX with typed cells and the same guard', async () => {
    const answer = await download(
      api.baseUrl,
      org.admin.client,
      'accounts/export?format=xlsx&columns=name,annualRevenue,isKeyAccount,owner',
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers.get('content-disposition')).toMatch(/filename="accounts-2026-03-02\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('accounts');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Name', 'Annual Revenue', 'Key Account', 'Owner']);
    const values = Array.from({ length: 4 }, (_, i) => sheet?.getRow(i + 2).values as unknown[]);
    const evil = values.find((row) => String(row[1]).includes('HYPERLINK'));
    expect(evil?.[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(evil?.[2]).toBe(-1250.5);
    expect(evil?.[3]).toBe(false);
    expect(values.every((row) => typeof row[1] === 'string')).toBe(true);
  });

  it('exports exactly what the list shows: filters, and each person’s scope', async () => {
    const filtered = csvRows(
      (await download(api.baseUrl, org.admin.client, 'accounts/export?industry=retail&columns=name')).bytes,
    );
    expect(filtered.slice(1).flat().sort()).toEqual(["'+Plus Co", `'=HYPERLINK("http://evil.example","click")`]);
    const mine = csvRows((await download(api.baseUrl, org.r1.client, 'accounts/export?columns=name,ownerName')).bytes);
    expect(mine.slice(1)).toEqual(
      expect.arrayContaining([
        [`'=HYPERLINK("http://evil.example","click")`, 'Rita Inside'],
        ['Beta', 'Rita Inside'],
      ]),
    );
    expect(mine).toHaveLength(3);
    const external = csvRows((await download(api.baseUrl, org.r3.client, 'accounts/export')).bytes);
    expect(external).toHaveLength(1);
    const viewer = await download(api.baseUrl, org.viewer.client, 'accounts/export?columns=name');
    expect(csvRows(viewer.bytes)).toHaveLength(5);
    expect((await fetch(`${api.baseUrl}/api/v1/accounts/export`)).status).toBe(401);
    const unknown = await org.admin.client.get('/api/v1/accounts/export?columns=name,secret');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([expect.objectContaining({ path: 'columns' })]);
    expect((await org.admin.client.get('/api/v1/accounts/export?format=pdf')).status).toBe(400);
  });

  it('streams big lists page by page, and an export imports back without a change', async () => {
    const total = 2600;
    const rows = Array.from({ length: total }, (_, i) => [
      `A-${i}`,
      'call',
      `Check-in ${i}`,
      `2026-01-${String((i % 28) + 1).padStart(2, '0')}T09:00:00Z`,
    ]);
    const imported = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'activities', content: csvOf([['Id', 'Type', 'Subject', 'At'], ...rows]) },
      {
        columns: { Id: 'externalId', Type: 'type', Subject: 'subject', At: 'completedAt' },
      },
    );
    expect(imported).toMatchObject({ status: 'completed', created: total });
    const exported = await download(api.baseUrl, org.admin.client, 'activities/export');
    const lines = csvRows(exported.bytes);
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines.slice(1).map((line) => line[0])).size).toBe(total);

    const back = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'activities',
      content: exported.bytes,
      fileName: 'activities.csv',
    });
    expect(back.body.detectedPreset).toBe('pacer');
    expect(back.body.mapping.columns).toMatchObject({
      'Pacer ID': 'id',
      'External ID': 'externalId',
      Owner: 'owner',
      'Owner Name': null,
    });
    expect(
      (await org.admin.client.post(`/api/v1/imports/${back.body.id}/run`, { mapping: back.body.mapping })).status,
    ).toBe(202);
    expect(await waitForImport(org.admin.client, back.body.id)).toMatchObject({
      status: 'completed',
      created: 0,
      updated: 0,
      unchanged: total,
    });

    const accounts = await download(api.baseUrl, org.admin.client, 'accounts/export');
    const again = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'accounts', content: accounts.bytes });
    expect(
      (await org.admin.client.post(`/api/v1/imports/${again.body.id}/run`, { mapping: again.body.mapping })).status,
    ).toBe(202);
    expect(await waitForImport(org.admin.client, again.body.id)).toMatchObject({
      status: 'completed',
      created: 0,
      updated: 0,
      unchanged: 4,
    });
  });

  it('exports every record type, as CSV and XLSX', async () => {
    for (const type of ['accounts', 'contacts', 'leads', 'deals', 'products', 'estimates', 'activities']) {
      for (const format of ['csv', 'xlsx']) {
        const answer = await download(api.baseUrl, org.admin.client, `${type}/export?format=${format}`);
        expect(answer.status, `${type} ${format}`).toBe(200);
        expect(answer.bytes.length).toBeGreaterThan(10);
      }
    }
  });
});
