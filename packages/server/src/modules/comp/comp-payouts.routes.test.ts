import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, flatPlan, january } from './comp-statements.fixture';

const formulaName = '=HYPERLINK("http://evil.test","Click")';

describeApi('comp payouts and statement PDFs', (api) => {
  let f: CompFixture;
  let rita: string;
  let mallory: { userId: string; email: string };
  const query = `periodStart=${january.periodStart}&periodEnd=${january.periodEnd}`;

  it('exports the approved statements of a period as CSV, formula-like text neutralised', async () => {
    f = await compFixture(api);
    const invited = await api.invite(f.admin, {
      role: 'rep',
      repType: 'inside',
      teamId: f.org.teams.north,
      name: formulaName,
    });
    mallory = invited;
    await f.plan(flatPlan('5'), { role: 'rep' });
    await f.wonDeal(f.org.r1.client, 'Acme', '2026-01-10', '2000');
    await f.wonDeal(f.org.r2.client, 'Bolt', '2026-01-12', '1000');
    await f.wonDeal(invited.client, 'Evil', '2026-01-14', '4000');
    await f.run(january);
    rita = (await f.statementOf(f.admin, f.org.r1.userId, january)).id;
    const evil = (await f.statementOf(f.admin, invited.userId, january)).id;
    await f.signOff(rita, f.org.m1.client, true);
    await f.signOff(evil, f.org.m1.client);

    const csv = await f.admin.get(`/api/v1/comp-payouts.csv?${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="payouts-2026-01-01-2026-01-31.csv"');
    const rows: string[][] = parse(csv.body, { bom: true });
    expect(rows).toEqual([
      ['Rep', 'Email', 'Period Start', 'Period End', 'Status', 'Currency', 'Total', 'Statement ID'],
      [`'${formulaName}`, mallory.email, '2026-01-01', '2026-01-31', 'approved', 'USD', '200.00', evil],
      ['Rita Inside', f.org.r1.email, '2026-01-01', '2026-01-31', 'paid', 'USD', '100.00', rita],
    ]);
    expect(csv.body).not.toMatch(/(^|\n|,)=/);
  });

  it('exports the same as XLSX, totals as numbers', async () => {
    const file = await f.admin.download(`/api/v1/comp-payouts.xlsx?${query}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Payouts');
    expect(sheet?.getRow(2).getCell(1).value).toBe(`'${formulaName}`);
    expect(sheet?.getRow(2).getCell(7).value).toBe(200);
    expect(sheet?.getRow(3).getCell(1).value).toBe('Rita Inside');
    expect(sheet?.rowCount).toBe(3);
  });

  it('keeps the payout export to admins and checks the period', async () => {
    expect((await f.org.m1.client.get(`/api/v1/comp-payouts.csv?${query}`)).status).toBe(403);
    expect((await f.org.r1.client.get(`/api/v1/comp-payouts.xlsx?${query}`)).status).toBe(403);
    const missing = await f.admin.get('/api/v1/comp-payouts.csv?periodStart=2026-01-01');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toEqual([{ path: 'querystring.periodEnd', message: expect.any(String) }]);
  });

  it('prints a statement as PDF for whoever may read it', async () => {
    const pdf = await f.org.r1.client.download(`/api/v1/comp-statements/${rita}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect((await f.org.m1.client.download(`/api/v1/comp-statements/${rita}.pdf`)).status).toBe(200);
    expect((await f.org.r2.client.download(`/api/v1/comp-statements/${rita}.pdf`)).status).toBe(404);
    expect((await f.org.viewer.client.download(`/api/v1/comp-statements/${rita}.pdf`)).status).toBe(403);
    expect((await f.org.r1.client.download('/api/v1/comp-statements/nope.pdf')).status).toBe(400);
  });
});
