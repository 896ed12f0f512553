import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { csvOf, importFile, uploadFile, waitForImport } from './import-testing';

describeApi('imports: the flow', (api) => {
  it('uploads, suggests a mapping, validates, runs and re-runs to no change', async () => {
    const org = await createOrgFixture(api);
    const admin = org.admin.client;
    const file = csvOf([
      [
        'Account ID',
        'Account Name',
        'Website',
        'Employees',
        'Annual Revenue',
        'Billing City',
        'Account Owner',
        'Parent Account',
      ],
      ['A-1', 'Acme', 'acme.example', '1,200', '$1,500,000.00', 'Berlin', 'Rita Inside', ''],
      ['A-2', 'Acme Labs', '', '12', '', 'Paris', org.r1.email, 'Acme'],
      ['A-3', 'Initech', 'initech.example', '', '2000', '', '', ''],
    ]);
    const uploaded = await uploadFile(api.baseUrl, admin, {
      recordType: 'accounts',
      content: file,
      fileName: 'Accounts.csv',
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      recordType: 'accounts',
      fileName: 'Accounts.csv',
      fileFormat: 'csv',
      status: 'uploaded',
      detectedPreset: 'salesforce',
      totalRows: 3,
      headers: [
        'Account ID',
        'Account Name',
        'Website',
        'Employees',
        'Annual Revenue',
        'Billing City',
        'Account Owner',
        'Parent Account',
      ],
    });
    expect(uploaded.body.sampleRows[0][1]).toBe('Acme');
    const mapping = uploaded.body.mapping;
    expect(mapping.columns).toMatchObject({
      'Account ID': 'externalId',
      'Account Name': 'name',
      'Account Owner': 'owner',
    });

    const validated = await admin.post(`/api/v1/imports/${uploaded.body.id}/validate`, { mapping });
    expect(validated.status).toBe(200);
    expect(validated.body).toMatchObject({ status: 'validated', issueCount: 0, created: 3, updated: 0, unchanged: 0 });
    expect((await admin.get('/api/v1/accounts')).body.items).toHaveLength(0);

    const started = await admin.post(`/api/v1/imports/${uploaded.body.id}/run`);
    expect(started.status).toBe(202);
    const done = await waitForImport(admin, uploaded.body.id);
    expect(done).toMatchObject({ status: 'completed', created: 3, updated: 0, unchanged: 0, processedRows: 3 });
    const accounts = (await admin.get('/api/v1/accounts?sort=name')).body.items;
    expect(accounts.map((a: { name: string }) => a.name)).toEqual(['Acme', 'Acme Labs', 'Initech']);
    expect(accounts[0]).toMatchObject({
      externalId: 'A-1',
      employees: 1200,
      annualRevenue: '1500000.0000',
      ownerId: org.r1.userId,
      address: { city: 'Berlin' },
    });
    expect(accounts[1]).toMatchObject({ parentAccountId: accounts[0].id, ownerId: org.r1.userId });
    expect(accounts[2].ownerId).toBe(org.admin.userId);

    const again = await importFile(api.baseUrl, admin, { recordType: 'accounts', content: file }, mapping);
    expect(again).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: 3 });
    const audit = await admin.get('/api/v1/audit-events?entity=import');
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'import.completed')).toHaveLength(2);
  });
});
