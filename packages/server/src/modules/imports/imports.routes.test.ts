import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { fixedClock, systemClock } from '../../platform/clock';
import { queryRows } from '../../platform/db/client';
import { createMemoryMailer } from '../../platform/mail/mailer';
import { HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi, openTestDatabase } from '../../testing/test-api';
import { csvOf, tokenOf, uploadFile, xlsxOf } from './import-testing';
import { sweepStaleUploads } from './upload-sweep';

const accountsCsv = csvOf([
  ['Account Name', 'Website'],
  ['Acme', 'acme.example'],
]);

describeApi('imports: upload, fields, presets and access', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  beforeAll(async () => {
    org = await createOrgFixture(api);
  });

  it('answers the fields of each record type, with the org’s custom fields, and the presets', async () => {
    const created = await org.admin.client.post('/api/v1/custom-fields', {
      recordType: 'deals',
      key: 'tier',
      label: 'Tier',
      type: 'select',
      options: ['gold', 'silver'],
    });
    expect(created.status).toBe(201);
    const fields = await org.m1.client.get('/api/v1/imports/fields/deals');
    expect(fields.status).toBe(200);
    const keys = fields.body.items.map((f: { key: string }) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['externalId', 'name', 'account', 'stage', 'amount', 'owner', 'custom.tier']),
    );
    expect(fields.body.items.find((f: { key: string }) => f.key === 'custom.tier')).toMatchObject({
      type: 'enum',
      options: ['gold', 'silver'],
      required: false,
    });
    expect((await org.m1.client.get('/api/v1/imports/fields/widgets')).status).toBe(400);

    const presets = await org.m1.client.get('/api/v1/imports/presets');
    const salesforceDeals = presets.body.items.find(
      (p: { key: string; recordType: string }) => p.key === 'salesforce' && p.recordType === 'deals',
    );
    expect(salesforceDeals.columns).toMatchObject({
      'Opportunity Name': 'name',
      'Account Name': 'account',
      Stage: 'stage',
    });
    for (const system of ['hubspot', 'pipedrive', 'pacer']) {
      expect(presets.body.items.some((p: { key: string }) => p.key === system)).toBe(true);
    }
  });

  it('lets admins and managers import; reps, viewers and strangers may not', async () => {
    expect(
      (await uploadFile(api.baseUrl, org.m1.client, { recordType: 'accounts', content: accountsCsv })).status,
    ).toBe(201);
    for (const who of [org.r1, org.r3, org.viewer]) {
      expect((await uploadFile(api.baseUrl, who.client, { recordType: 'accounts', content: accountsCsv })).status).toBe(
        403,
      );
      expect((await who.client.get('/api/v1/imports')).status).toBe(403);
    }
    const anonymous = await fetch(`${api.baseUrl}/api/v1/imports`);
    expect(anonymous.status).toBe(401);
    // The catalog is configuration: only admins change it.
    const products = csvOf([
      ['Name', 'List Price'],
      ['Widget', '10'],
    ]);
    const byManager = await uploadFile(api.baseUrl, org.m1.client, { recordType: 'products', content: products });
    expect(byManager.status).toBe(403);
    expect(
      (await uploadFile(api.baseUrl, org.admin.client, { recordType: 'products', content: products })).status,
    ).toBe(201);
  });

  it('refuses what is not CSV or XLSX, and a request without a record type', async () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41, 0x42]);
    const refused = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'accounts',
      content: binary,
      fileName: 'x.csv',
    });
    expect(refused.status).toBe(415);
    expect(refused.body.error).toMatchObject({ code: 'UNSUPPORTED_FILE', message: 'This is not a CSV or XLSX file' });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const old = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'accounts',
      content: xls,
      fileName: 'x.xls',
    });
    expect(old.status).toBe(415);
    expect(old.body.error.message).toMatch(/xlsx or CSV/);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]);
    expect(
      (await uploadFile(api.baseUrl, org.admin.client, { recordType: 'accounts', content: brokenZip })).status,
    ).toBe(415);
    const json = await org.admin.client.post('/api/v1/imports', { recordType: 'accounts' });
    expect(json.status).toBe(415);
    const noType = await uploadFile(api.baseUrl, org.admin.client, { content: accountsCsv });
    expect(noType.status).toBe(400);
    expect(noType.body.error.fields).toEqual([expect.objectContaining({ path: 'recordType' })]);
    const empty = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'accounts', content: '\r\n' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([{ path: 'file', message: 'No header row' }]);
  });

  it('reads XLSX headers and first rows, dates as ISO; semicolon CSV with a BOM too', async () => {
    const workbook = await xlsxOf([
      ['Deal - Title', 'Deal - Value', 'Deal - Expected close date', 'Deal - Stage'],
      ['Big one', 1500.5, new Date(Date.UTC(2026, 3, 30)), 'Qualified'],
    ]);
    const answer = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'deals',
      content: workbook,
      fileName: 'deals.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      fileFormat: 'xlsx',
      detectedPreset: 'pipedrive',
      totalRows: 1,
      sampleRows: [['Big one', '1500.5', '2026-04-30', 'Qualified']],
    });
    expect(answer.body.mapping.columns).toEqual({
      'Deal - Title': 'name',
      'Deal - Value': 'amount',
      'Deal - Expected close date': 'expectedCloseDate',
      'Deal - Stage': 'stage',
    });
    const semicolons = `\uFEFFName;Phone;Name\r\nAda;+49 30 1234;Twice\r\n`;
    const csv = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'contacts', content: semicolons });
    expect(csv.body).toMatchObject({
      headers: ['Name', 'Phone', 'Name (2)'],
      sampleRows: [['Ada', '+49 30 1234', 'Twice']],
    });
  });

  it('reads a CSV saved by Excel as Windows-1252 without mangling its letters', async () => {
    // "Müller;Straße 5;€ 10 – “net”" as Excel's plain CSV writes it: one byte a letter, no BOM.
    const latin = Buffer.from([
      ...Buffer.from('Name;Street;Note\r\n'),
      ...[0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b],
      ...[0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x35, 0x3b],
      ...[0x80, 0x20, 0x31, 0x30, 0x20, 0x96, 0x20, 0x93, 0x6e, 0x65, 0x74, 0x94, 0x0d, 0x0a],
    ]);
    const upload = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'contacts', content: latin });
    expect(upload.status).toBe(201);
    expect(upload.body.sampleRows).toEqual([['Müller', 'Straße 5', '€ 10 – “net”']]);
  });

  it('keeps imports within their org, and managers to their own', async () => {
    const mine = await uploadFile(api.baseUrl, org.m1.client, { recordType: 'accounts', content: accountsCsv });
    const other = await api.signUp({ orgName: 'Other' });
    const mapping = { columns: { 'Account Name': 'name' } };
    for (const answer of [
      await other.client.get(`/api/v1/imports/${mine.body.id}`),
      await other.client.post(`/api/v1/imports/${mine.body.id}/validate`, { mapping }),
      await other.client.post(`/api/v1/imports/${mine.body.id}/run`, { mapping }),
      await org.m2.client.get(`/api/v1/imports/${mine.body.id}`),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('NOT_FOUND');
    }
    expect((await org.admin.client.get(`/api/v1/imports/${mine.body.id}`)).status).toBe(200);
    const listed = await org.m2.client.get('/api/v1/imports');
    expect(listed.body.items.some((job: { id: string }) => job.id === mine.body.id)).toBe(false);
    const all = await org.admin.client.get('/api/v1/imports?limit=2');
    expect(all.body.items).toHaveLength(2);
    const next = await org.admin.client.get(`/api/v1/imports?limit=2&cursor=${all.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(all.body.items[1].id);
  });

  it('answers 400 with the path of each mapping mistake, before reading any row', async () => {
    const uploaded = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'accounts', content: accountsCsv });
    const bad = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/validate`, {
      mapping: {
        columns: { 'Account Name': 'nonsense', Nope: 'name' },
        defaults: { employees: 'many' },
        dateFormat: 'ymd',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toContain('mapping.dateFormat');
    const wrong = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/validate`, {
      mapping: { columns: { 'Account Name': 'nonsense', Nope: 'name' }, defaults: { employees: 'many' } },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([
      { path: 'mapping.columns.Account Name', message: 'Unknown field "nonsense"' },
      { path: 'mapping.columns.Nope', message: 'The file has no such column' },
      { path: 'mapping.defaults.employees', message: 'Not a whole number' },
      { path: 'mapping.columns', message: 'Map a column to Name or give it a default' },
    ]);
    expect((await org.admin.client.get(`/api/v1/imports/${uploaded.body.id}`)).body.status).toBe('uploaded');
    const unvalidated = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/run`);
    expect(unvalidated.status).toBe(409);
    expect(unvalidated.body.error.code).toBe('IMPORT_NOT_READY');
  });

  // Last in this suite: the sweep, run with a clock days ahead, expires every pending upload here.
  it('removes uploads nobody imported after the keep time, and refuses to run them', async () => {
    const uploaded = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'accounts', content: accountsCsv });
    const [stored] = await queryRows<{ stored_path: string }>(
      api.database.db,
      sql`select stored_path from imports where id = ${uploaded.body.id}`,
    );
    const path = stored?.stored_path as string;
    expect(existsSync(path)).toBe(true);
    expect(await sweepStaleUploads(api.database.db, systemClock, 72)).toBe(0);
    expect(existsSync(path)).toBe(true);

    const later = fixedClock(new Date(Date.now() + 73 * 3_600_000));
    expect(await sweepStaleUploads(api.database.db, later, 72)).toBeGreaterThanOrEqual(1);
    expect(existsSync(path)).toBe(false);
    const job = await org.admin.client.get(`/api/v1/imports/${uploaded.body.id}`);
    expect(job.body).toMatchObject({ status: 'expired', message: expect.stringMatching(/upload the file again/) });
    const validate = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/validate`, {
      mapping: { columns: { 'Account Name': 'name', Website: 'domain' } },
    });
    expect(validate.status).toBe(409);
    expect(validate.body.error.message).toMatch(/removed from the server/);
    expect(await sweepStaleUploads(api.database.db, later, 72)).toBe(0);
  });
});

describe('imports: upload size limit', () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let baseUrl = '';
  const folder = mkdtempSync(join(tmpdir(), 'pacer-uploads-test-'));
  beforeAll(async () => {
    const opened = await openTestDatabase('pglite');
    dispose = opened.dispose;
    app = await buildApp({
      database: opened.database,
      logger: pino({ level: 'silent' }),
      mailer: createMemoryMailer(),
      publicUrl: 'http://pacer.test',
      rateLimits: { authPerMinute: 10_000 },
      uploads: { dir: folder, maxBytes: 2048, keepHours: 72 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  it('answers 413 past the limit and keeps nothing of the file', async () => {
    const client = new HttpClient(baseUrl);
    const signUp = await client.post('/api/v1/auth/sign-up', {
      orgName: 'Small',
      name: 'Sam',
      email: 'sam@example.com',
      password: 'correct horse battery',
    });
    expect(signUp.status).toBe(201);
    await tokenOf(client);
    const big = csvOf([['Account Name'], ...Array.from({ length: 400 }, (_, i) => [`Account number ${i}`])]);
    const answer = await uploadFile(baseUrl, client, { recordType: 'accounts', content: big });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/larger than/),
    });
    expect(readdirSync(folder)).toEqual([]);
    const small = await uploadFile(baseUrl, client, { recordType: 'accounts', content: accountsCsv });
    expect(small.status).toBe(201);
    expect(readdirSync(folder)).toHaveLength(1);
  });
});
