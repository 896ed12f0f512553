import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import type { HttpClient } from '../../testing/http-client';
import { describeApi } from '../../testing/test-api';
import { importFile, uploadFile, waitForImport } from './import-testing';

/**
 * The public "CRM Sales Opportunities" data set (see shared/datasets/README.md), imported through
 * the generic API as a sales-ops person would: people first, then the catalog, accounts and the
 * pipeline's deals. Every figure Pacer reports is compared with the same figure computed here from
 * the raw CSV rows.
 */
const folder = fileURLToPath(new URL('../../../../../../shared/datasets/crm-sales-opportunities/', import.meta.url));
const read = (name: string) => readFileSync(`${folder}${name}`, 'utf8');
type CsvRow = Record<string, string> & { row: number };
/** The file's rows by header, each with its row number as a spreadsheet shows it (header = 1). */
const rowsOf = (name: string): CsvRow[] =>
  (parse(read(name), { columns: true, bom: true }) as Record<string, string>[]).map(
    (r, i) => ({ ...r, row: i + 2 }) as CsvRow,
  );

const teamsCsv = rowsOf('sales_teams.csv');
const productsCsv = rowsOf('products.csv');
const accountsCsv = rowsOf('accounts.csv');
const pipelineCsv = rowsOf('sales_pipeline.csv');

const distinct = (values: string[]) => [...new Set(values)];
const sumOf = (rows: CsvRow[]) => rows.reduce((total, row) => total + Number(row.close_value || 0), 0);
const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '.');

const ok = async (answer: Promise<{ status: number; body: any }>, status = 201) => {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`${got}: ${JSON.stringify(body)}`);
  return body;
};

describeApi('the CRM Sales Opportunities data set', (api) => {
  let admin: HttpClient;
  const lineId = new Map<string, string>();
  const memberId = new Map<string, string>();
  let pipeline: { id: string; stages: { id: string; name: string }[] };

  beforeAll(async () => {
    ({ client: admin } = await api.signUp({ orgName: 'Hardware Co' }));
    // Regional offices are regions; each manager leads a team in one; agents are field reps.
    const regionId = new Map<string, string>();
    for (const office of distinct(teamsCsv.map((r) => r.regional_office as string))) {
      regionId.set(office, (await ok(admin.post('/api/v1/regions', { name: office }))).id);
    }
    for (const manager of distinct(teamsCsv.map((r) => r.manager as string))) {
      const office = teamsCsv.find((r) => r.manager === manager)?.regional_office as string;
      const team = await ok(admin.post('/api/v1/teams', { name: `${manager}'s team`, regionId: regionId.get(office) }));
      const lead = await api.invite(admin, {
        role: 'manager',
        teamId: team.id,
        name: manager,
        email: `${slug(manager)}@hardware.example`,
      });
      await ok(admin.patch(`/api/v1/teams/${team.id}`, { managerId: lead.userId }), 200);
      for (const agent of teamsCsv.filter((r) => r.manager === manager).map((r) => r.sales_agent as string)) {
        const rep = await api.invite(admin, {
          role: 'rep',
          repType: 'field',
          teamId: team.id,
          name: agent,
          email: `${slug(agent)}@hardware.example`,
        });
        memberId.set(agent, rep.userId);
      }
    }
    // Series are product lines; stages as the data dictionary gives them.
    for (const series of distinct(productsCsv.map((r) => r.series as string))) {
      lineId.set(series, (await ok(admin.post('/api/v1/product-lines', { name: series }))).id);
    }
    pipeline = await ok(
      admin.post('/api/v1/pipelines', {
        name: 'Sales Opportunities',
        stages: [
          { name: 'Prospecting', probability: 10, kind: 'open' },
          { name: 'Engaging', probability: 40, kind: 'open' },
          { name: 'Won', probability: 100, kind: 'won' },
          { name: 'Lost', probability: 0, kind: 'lost' },
        ],
      }),
    );
  }, 120_000);

  it('imports the catalog and the accounts, and again without a change', async () => {
    const products = await importFile(
      api.baseUrl,
      admin,
      { recordType: 'products', content: read('products.csv'), fileName: 'products.csv' },
      { columns: { product: 'name', series: 'productLine', sales_price: 'listPrice' } },
    );
    expect(products).toMatchObject({ status: 'completed', created: productsCsv.length });
    const catalog = (await admin.get('/api/v1/products?limit=100')).body.items;
    expect(catalog).toHaveLength(productsCsv.length);
    for (const row of productsCsv) {
      const product = catalog.find((p: { name: string }) => p.name === row.product);
      expect(product).toMatchObject({ productLineId: lineId.get(row.series as string) });
      expect(Number(product.listPrice)).toBe(Number(row.sales_price));
    }

    const accountMapping = {
      columns: {
        account: 'name',
        sector: 'industry',
        year_established: null,
        revenue: 'annualRevenue',
        employees: 'employees',
        office_location: 'country',
        subsidiary_of: 'parentAccount',
      },
    };
    const accounts = await importFile(
      api.baseUrl,
      admin,
      { recordType: 'accounts', content: read('accounts.csv') },
      accountMapping,
    );
    expect(accounts).toMatchObject({ status: 'completed', created: accountsCsv.length, issueCount: 0 });
    expect((await admin.get('/api/v1/accounts/totals')).body.count).toBe(accountsCsv.length);
    const subsidiaries = accountsCsv.filter((r) => r.subsidiary_of);
    const listed = (await admin.get('/api/v1/accounts?limit=500')).body.items as {
      name: string;
      parentAccountName: string | null;
    }[];
    for (const row of subsidiaries) {
      expect(listed.find((a) => a.name === row.account)?.parentAccountName).toBe(row.subsidiary_of);
    }

    // Rows without external id match the catalog by name; accounts without one are created again,
    // so the accounts file goes once only (see docs/import-export.md).
    const again = await importFile(
      api.baseUrl,
      admin,
      { recordType: 'products', content: read('products.csv') },
      { columns: { product: 'name', series: 'productLine', sales_price: 'listPrice' } },
    );
    expect(again).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: productsCsv.length });
  }, 120_000);

  it('reports the deals that do not join, by row and field, and writes none of them', async () => {
    const uploaded = await uploadFile(api.baseUrl, admin, { recordType: 'deals', content: read('sales_pipeline.csv') });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.totalRows).toBe(pipelineCsv.length);
    const mapping = {
      columns: {
        opportunity_id: 'externalId',
        sales_agent: 'owner',
        product: 'product',
        account: 'account',
        deal_stage: 'stage',
        engage_date: 'createdAt',
        close_date: 'closeDate',
        close_value: 'amount',
      },
      defaults: { pipeline: 'Sales Opportunities' },
    };
    const report = (await admin.post(`/api/v1/imports/${uploaded.body.id}/validate`, { mapping })).body;
    const known = new Set(productsCsv.map((r) => r.product));
    const unknownProducts = pipelineCsv.filter((r) => !known.has(r.product as string));
    const lost = pipelineCsv.filter((r) => r.deal_stage === 'Lost');
    expect(unknownProducts.length).toBeGreaterThan(0);
    expect(report.status).toBe('invalid');
    expect(report.issueCount).toBe(unknownProducts.length + lost.length);
    expect(report.issues).toHaveLength(Math.min(200, report.issueCount));
    const first = unknownProducts[0] as CsvRow;
    expect(report.issues).toContainEqual({
      row: first.row,
      field: 'product',
      column: 'product',
      value: first.product,
      message: `No product matches “${first.product}” (by name, SKU, external ID or Pacer ID)`,
    });
    const firstLost = lost[0] as CsvRow;
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        row: firstLost.row,
        field: 'lostReason',
        message: expect.stringMatching(/^Say why the deal was lost/),
      }),
    );
    expect((await admin.get('/api/v1/deals/totals')).body.count).toBe(0);

    // Fixed without touching the file: a value map for the product, a default lost reason.
    const fixed = {
      ...mapping,
      valueMaps: {
        product: Object.fromEntries(
          unknownProducts.map((r) => [r.product, (r.product as string).replace('GTXPro', 'GTX Pro')]),
        ),
      },
      defaults: { ...mapping.defaults, lostReason: 'Not recorded' },
    };
    const checked = (await admin.post(`/api/v1/imports/${uploaded.body.id}/validate`, { mapping: fixed })).body;
    expect(checked).toMatchObject({ status: 'validated', issueCount: 0, created: pipelineCsv.length, updated: 0 });
    expect((await admin.post(`/api/v1/imports/${uploaded.body.id}/run`)).status).toBe(202);
    const done = await waitForImport(admin, uploaded.body.id, 120_000);
    expect(done).toMatchObject({ status: 'completed', created: pipelineCsv.length, processedRows: pipelineCsv.length });

    // Pacer's figures against the file's.
    const totals = async (query: string) =>
      (await admin.get(`/api/v1/deals/totals?pipelineId=${pipeline.id}&${query}`)).body;
    const wonSum = async (query: string) => Number((await totals(`stageKind=won&${query}`)).amounts[0]?.sum ?? 0);
    for (const stage of pipeline.stages) {
      expect((await totals(`stageId=${stage.id}`)).count, stage.name).toBe(
        pipelineCsv.filter((r) => r.deal_stage === stage.name).length,
      );
    }
    const won = pipelineCsv.filter((r) => r.deal_stage === 'Won');
    expect(await wonSum('')).toBe(sumOf(won));
    for (const agent of distinct(pipelineCsv.map((r) => r.sales_agent as string))) {
      expect(await wonSum(`ownerId=${memberId.get(agent)}`), agent).toBe(
        sumOf(won.filter((r) => r.sales_agent === agent)),
      );
    }
    const seriesOf = new Map(productsCsv.map((r) => [r.product, r.series]));
    for (const [series, id] of lineId) {
      const inLine = won.filter((r) => seriesOf.get((r.product as string).replace('GTXPro', 'GTX Pro')) === series);
      expect(await wonSum(`productLineId=${id}`), series).toBe(sumOf(inLine));
    }
    const closed = (await admin.get(`/api/v1/deals?pipelineId=${pipeline.id}&stageKind=won&sort=closedOn&limit=1`)).body
      .items[0];
    const earliest = won.map((r) => r.close_date as string).sort()[0];
    expect(closed.closedOn).toBe(earliest);
    expect((await admin.get('/api/v1/accounts/totals')).body.count).toBe(accountsCsv.length);

    // The same file again, with the same mapping: nothing new, nothing changed.
    const again = await importFile(
      api.baseUrl,
      admin,
      { recordType: 'deals', content: read('sales_pipeline.csv') },
      fixed,
    );
    expect(again).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: pipelineCsv.length });
    expect((await totals('')).count).toBe(pipelineCsv.length);
  }, 300_000);
});
