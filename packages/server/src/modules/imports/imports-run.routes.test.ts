import { beforeAll, expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { csvOf, importFile, uploadFile, waitForImport, xlsxOf } from './import-testing';

describeApi('imports: reports, atomicity, idempotency, progress', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  beforeAll(async () => {
    org = await createOrgFixture(api);
  });
  const count = async (path: string) => (await org.admin.client.get(`/api/v1/${path}/totals`)).body.count as number;

  it('reports every bad row with its row, field, column, value and message, and writes nothing', async () => {
    const file = csvOf([
      ['Id', 'Type', 'When', 'Minutes', 'Owner', 'Account'],
      ['C-1', 'Call', '2026-02-01 10:00', '15', 'Rita Inside', ''],
      ['C-2', 'Fax', '2026-02-01 11:00', '15', '', ''],
      ['C-3', 'Meeting', '31/02/2026', 'an hour', 'nobody@example.com', 'No Such Co'],
      ['C-1', 'Visit', '2026-02-02', '30', '', ''],
    ]);
    const uploaded = await uploadFile(api.baseUrl, org.admin.client, { recordType: 'activities', content: file });
    const mapping = {
      columns: {
        Id: 'externalId',
        Type: 'type',
        When: 'completedAt',
        Minutes: 'durationMinutes',
        Owner: 'owner',
        Account: 'account',
      },
    };
    const report = (await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/validate`, { mapping })).body;
    expect(report).toMatchObject({ status: 'invalid', issueCount: 6, created: 0, totalRows: 4, processedRows: 4 });
    expect(report.message).toMatch(/^6 problems/);
    expect(report.issues).toEqual([
      {
        row: 3,
        field: 'type',
        column: 'Type',
        value: 'Fax',
        message: expect.stringMatching(/^Not one of: call, meeting/),
      },
      {
        row: 4,
        field: 'completedAt',
        column: 'When',
        value: '31/02/2026',
        message: 'Day and month order is unclear: choose the date format DD/MM/YYYY or MM/DD/YYYY',
      },
      { row: 4, field: 'durationMinutes', column: 'Minutes', value: 'an hour', message: 'Not a whole number' },
      {
        row: 4,
        field: 'account',
        column: 'Account',
        value: 'No Such Co',
        message: 'No account matches “No Such Co” (by name, external ID or Pacer ID)',
      },
      {
        row: 4,
        field: 'owner',
        column: 'Owner',
        value: 'nobody@example.com',
        message: 'No member matches “nobody@example.com” (by e-mail or name)',
      },
      { row: 5, field: 'externalId', column: 'Id', value: 'C-1', message: 'This external ID is on row 2 too' },
    ]);
    // A run of the same file stops on the same report and writes nothing either.
    expect((await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/run`, { mapping })).status).toBe(202);
    const run = await waitForImport(org.admin.client, uploaded.body.id);
    expect(run).toMatchObject({ status: 'invalid', issueCount: 6 });
    expect(await count('activities')).toBe(0);
  });

  it('lists the first 200 problems and counts them all', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => [`Lead ${i}`, 'billboard']);
    const uploaded = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'leads',
      content: csvOf([['Last Name', 'Source'], ...rows]),
    });
    const report = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/validate`, {
      mapping: { columns: { 'Last Name': 'lastName', Source: 'source' } },
    });
    expect(report.body).toMatchObject({ status: 'invalid', issueCount: 450 });
    expect(report.body.issues).toHaveLength(200);
    expect(report.body.issues[199].row).toBe(201);
    // A value map fixes them all without touching the file.
    const fixed = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/validate`, {
      mapping: {
        columns: { 'Last Name': 'lastName', Source: 'source' },
        valueMaps: { source: { Billboard: 'company' } },
      },
    });
    expect(fixed.body).toMatchObject({ status: 'validated', issueCount: 0, created: 450 });
  });

  it('writes nothing when one row in the middle fails at write time either', async () => {
    // Row 3 names a stage of another pipeline: resolved in SQL, caught before any row is written.
    const file = csvOf([
      ['Name', 'Stage', 'Amount'],
      ['Deal one', '', '100'],
      ['Deal two', 'Nowhere', '200'],
      ['Deal three', '', '300'],
    ]);
    const job = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'deals', content: file },
      {
        columns: { Name: 'name', Stage: 'stage', Amount: 'amount' },
      },
    );
    expect(job).toMatchObject({ status: 'invalid', issueCount: 1 });
    expect(job.issues).toEqual([
      { row: 3, field: 'stage', column: 'Stage', value: 'Nowhere', message: 'No stage “Nowhere” in that pipeline' },
    ]);
    expect(await count('deals')).toBe(0);
  });

  it('closes deals that arrive won or lost on their close day, with the stage history to match', async () => {
    const pipeline = (await org.admin.client.get('/api/v1/pipelines')).body.items[0];
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won');
    const lost = pipeline.stages.find((s: { kind: string }) => s.kind === 'lost');
    const file = csvOf([
      [
        'Deal - ID',
        'Deal - Title',
        'Deal - Value',
        'Deal - Status',
        'Deal - Stage',
        'Deal - Deal closed on',
        'Deal - Lost reason',
      ],
      ['PD-1', 'Won deal', '900', 'won', '', '2025-11-20', ''],
      ['PD-2', 'Lost deal', '400', 'lost', '', '2025-12-01', 'Price'],
      ['PD-3', 'Open deal', '100', 'open', '', '', ''],
    ]);
    const job = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'deals', content: file },
      {
        columns: {
          'Deal - ID': 'externalId',
          'Deal - Title': 'name',
          'Deal - Value': 'amount',
          'Deal - Status': 'status',
          'Deal - Stage': 'stage',
          'Deal - Deal closed on': 'closedOn',
          'Deal - Lost reason': 'lostReason',
        },
      },
    );
    expect(job).toMatchObject({ status: 'completed', created: 3 });
    const deals = (await org.admin.client.get('/api/v1/deals?q=deal&sort=name')).body.items;
    const byName = (name: string) => deals.find((d: { name: string }) => d.name === name);
    expect(byName('Won deal')).toMatchObject({
      stageId: won.id,
      closedOn: '2025-11-20',
      stageEnteredAt: '2025-11-20T00:00:00.000Z',
    });
    expect(byName('Lost deal')).toMatchObject({ stageId: lost.id, closedOn: '2025-12-01', lostReason: 'Price' });
    expect(byName('Open deal')).toMatchObject({ stageKind: 'open', closedOn: null, lostReason: null });
    const history = (await org.admin.client.get(`/api/v1/deals/${byName('Won deal').id}/stage-changes`)).body.items;
    expect(history).toEqual([
      expect.objectContaining({ toStageId: won.id, changedAt: '2025-11-20T00:00:00.000Z', amount: '900.00' }),
    ]);
    // Reopened by a later file: the move is recorded, the close date cleared.
    const reopened = await importFile(
      api.baseUrl,
      org.admin.client,
      {
        recordType: 'deals',
        content: csvOf([
          ['Deal - ID', 'Deal - Title', 'Deal - Status'],
          ['PD-1', 'Won deal', 'open'],
        ]),
      },
      { columns: { 'Deal - ID': 'externalId', 'Deal - Title': 'name', 'Deal - Status': 'status' } },
    );
    expect(reopened).toMatchObject({ status: 'completed', updated: 1 });
    const after = (await org.admin.client.get(`/api/v1/deals/${byName('Won deal').id}/stage-changes`)).body.items;
    expect(after).toHaveLength(2);
    expect(after[1]).toMatchObject({
      fromStageId: won.id,
      changedById: org.admin.userId,
      changedAt: '2026-03-02T09:00:00.000Z',
    });
    expect((await org.admin.client.get(`/api/v1/deals/${byName('Won deal').id}`)).body).toMatchObject({
      closedOn: null,
      stageKind: 'open',
    });
  });

  it('is idempotent by external id: a second run changes nothing; an edited row is updated', async () => {
    const rows = [
      ['Email', 'First', 'Last', 'Company', 'Contact ID'],
      ['ada@acme.example', 'Ada', 'Lovelace', '', 'K-1'],
      ['alan@acme.example', 'Alan', 'Turing', '', 'K-2'],
      ['grace@acme.example', 'Grace', 'Hopper', '', ''],
    ];
    const mapping = {
      columns: { Email: 'email', First: 'firstName', Last: 'lastName', Company: null, 'Contact ID': 'externalId' },
    };
    const first = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'contacts', content: csvOf(rows) },
      mapping,
    );
    expect(first).toMatchObject({ status: 'completed', created: 3, updated: 0, unchanged: 0 });
    const again = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'contacts', content: csvOf(rows) },
      mapping,
    );
    // The row without external id is created again: that is what external ids are for.
    expect(again).toMatchObject({ status: 'completed', created: 1, updated: 0, unchanged: 2 });
    const edited = rows.map((row) => [...row]);
    (edited[2] as string[])[1] = 'Alan M.';
    const third = await importFile(
      api.baseUrl,
      org.admin.client,
      { recordType: 'contacts', content: csvOf(edited.slice(0, 3)) },
      mapping,
    );
    expect(third).toMatchObject({ status: 'completed', created: 0, updated: 1, unchanged: 1 });
    const alan = (await org.admin.client.get('/api/v1/contacts?q=turing')).body.items;
    expect(alan).toHaveLength(1);
    expect(alan[0]).toMatchObject({
      firstName: 'Alan M.',
      externalId: 'K-2',
      emails: [{ email: 'alan@acme.example', label: null }],
    });
  });

  it('runs in the background and reports progress up to the last row', async () => {
    const total = 6000;
    const rows = Array.from({ length: total }, (_, i) => [
      `P-${i}`,
      i % 2 ? 'Call' : 'E-mail',
      `Subject ${i}`,
      '2026-01-15T10:00:00Z',
    ]);
    const uploaded = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'activities',
      content: csvOf([['Id', 'Type', 'Subject', 'Done at'], ...rows]),
    });
    expect(uploaded.body.totalRows).toBe(total);
    const started = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/run`, {
      mapping: { columns: { Id: 'externalId', Type: 'type', Subject: 'subject', 'Done at': 'completedAt' } },
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', totalRows: total });
    const again = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/run`);
    expect([409, 202]).toContain(again.status);
    const done = await waitForImport(org.admin.client, uploaded.body.id);
    expect(done).toMatchObject({ status: 'completed', processedRows: total, totalRows: total, created: total });
    expect(done.finishedAt).not.toBeNull();
    const after = await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/run`);
    expect(after.status).toBe(409);
    expect(after.body.error.message).toMatch(/upload the file again/);
    const activity = (await org.admin.client.get('/api/v1/activities?q=subject 4242')).body.items[0];
    expect(activity).toMatchObject({
      type: 'email',
      completedAt: '2026-01-15T10:00:00.000Z',
      ownerId: org.admin.userId,
    });
  });

  it('imports XLSX like CSV, with dates and numbers as typed cells', async () => {
    const workbook = await xlsxOf([
      ['Opportunity ID', 'Opportunity Name', 'Amount', 'Close Date', 'Stage', 'Opportunity Owner'],
      ['O-1', 'Fleet renewal', 12500.5, new Date(Date.UTC(2026, 5, 30)), '', 'Finn Field'],
    ]);
    const uploaded = await uploadFile(api.baseUrl, org.admin.client, {
      recordType: 'deals',
      content: workbook,
      fileName: 'opps.xlsx',
    });
    expect(uploaded.body.detectedPreset).toBe('salesforce');
    expect(
      (await org.admin.client.post(`/api/v1/imports/${uploaded.body.id}/run`, { mapping: uploaded.body.mapping }))
        .status,
    ).toBe(202);
    const done = await waitForImport(org.admin.client, uploaded.body.id);
    expect(done).toMatchObject({ status: 'completed', created: 1 });
    const deal = (await org.admin.client.get('/api/v1/deals?q=fleet')).body.items[0];
    expect(deal).toMatchObject({
      externalId: 'O-1',
      amount: '12500.50',
      expectedCloseDate: '2026-06-30',
      closedOn: null,
      ownerId: org.r2.userId,
    });
    const history = (await org.admin.client.get(`/api/v1/deals/${deal.id}/stage-changes`)).body.items;
    expect(history).toEqual([
      expect.objectContaining({ fromStageId: null, toStageId: deal.stageId, changedById: org.admin.userId }),
    ]);
  });
});
