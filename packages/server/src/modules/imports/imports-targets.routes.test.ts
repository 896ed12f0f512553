import { beforeAll, expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { csvOf, importFile } from './import-testing';

describeApi('imports: who may import what, and each record type’s references and rules', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  beforeAll(async () => {
    org = await createOrgFixture(api);
  });
  it('lets a manager give records only to people of their teams, and change only what they see', async () => {
    const file = csvOf([
      ['Name', 'Owner', 'Account ID'],
      ['North Co', 'Finn Field', 'N-1'],
      ['South Co', 'Ed External', 'S-1'],
    ]);
    const job = await importFile(
      api.baseUrl,
      org.m1.client,
      { recordType: 'accounts', content: file },
      {
        columns: { Name: 'name', Owner: 'owner', 'Account ID': 'externalId' },
      },
    );
    expect(job).toMatchObject({ status: 'invalid', issueCount: 1 });
    expect(job.issues[0]).toMatchObject({
      row: 3,
      field: 'owner',
      message: 'Member “Ed External” is outside your teams: you may not give them records',
    });
    // South's manager creates an account; North's manager may not overwrite it through its external id.
    const south = await importFile(
      api.baseUrl,
      org.m2.client,
      {
        recordType: 'accounts',
        content: csvOf([
          ['Name', 'Id'],
          ['South Co', 'S-1'],
        ]),
      },
      {
        columns: { Name: 'name', Id: 'externalId' },
      },
    );
    expect(south).toMatchObject({ status: 'completed', created: 1 });
    const takeover = await importFile(
      api.baseUrl,
      org.m1.client,
      {
        recordType: 'accounts',
        content: csvOf([
          ['Name', 'Id'],
          ['Mine now', 'S-1'],
        ]),
      },
      {
        columns: { Name: 'name', Id: 'externalId' },
      },
    );
    expect(takeover).toMatchObject({ status: 'invalid' });
    expect(takeover.issues[0]).toMatchObject({
      row: 2,
      field: 'externalId',
      message: 'This account belongs to someone outside your view',
    });
    // Nor may North's manager link a contact to South's account.
    const contact = await importFile(
      api.baseUrl,
      org.m1.client,
      {
        recordType: 'contacts',
        content: csvOf([
          ['Last Name', 'Account'],
          ['Doe', 'S-1'],
        ]),
      },
      { columns: { 'Last Name': 'lastName', Account: 'account' } },
    );
    expect(contact).toMatchObject({ status: 'invalid' });
    expect(contact.issues[0]).toMatchObject({
      row: 2,
      field: 'account',
      message: 'Account “S-1” is not an account you may see',
    });
  });

  it('imports leads, estimates and contacts with their references and rules', async () => {
    const account = (await org.admin.client.post('/api/v1/accounts', { name: 'Globex', externalId: 'G-1' })).body;
    const line = (await org.admin.client.post('/api/v1/product-lines', { name: 'Servers' })).body;
    const leads = await importFile(
      api.baseUrl,
      org.admin.client,
      {
        recordType: 'leads',
        content: csvOf([
          ['Lead ID', 'Full Name', 'Company', 'Lead Source', 'Lead Status', 'Lead Owner'],
          ['L-1', 'Hank Scorpio', 'Globex', 'Trade Show', 'Working - Contacted', 'Rita Inside'],
        ]),
      },
      {
        columns: {
          'Lead ID': 'externalId',
          'Full Name': 'fullName',
          Company: 'company',
          'Lead Source': 'source',
          'Lead Status': 'status',
          'Lead Owner': 'owner',
        },
      },
    );
    expect(leads).toMatchObject({ status: 'completed', created: 1 });
    const lead = (await org.r1.client.get('/api/v1/leads')).body.items[0];
    expect(lead).toMatchObject({
      firstName: 'Hank',
      lastName: 'Scorpio',
      source: 'event',
      status: 'working',
      followUpDueAt: null,
    });

    const estimates = await importFile(
      api.baseUrl,
      org.admin.client,
      {
        recordType: 'estimates',
        content: csvOf([
          ['Quote', 'Account', 'Line', 'Total', 'Status', 'Date'],
          ['Q-1', 'G-1', 'servers', '€ 1.200,00', 'Presented', '02.03.2026'],
        ]),
      },
      {
        columns: {
          Quote: 'number',
          Account: 'account',
          Line: 'productLine',
          Total: 'amount',
          Status: 'status',
          Date: 'estimateDate',
        },
        defaults: { currency: 'EUR' },
        dateFormat: 'dmy',
      },
    );
    expect(estimates).toMatchObject({ status: 'completed', created: 1 });
    const estimate = (await org.admin.client.get('/api/v1/estimates')).body.items[0];
    expect(estimate).toMatchObject({
      number: 'Q-1',
      accountId: account.id,
      productLineId: line.id,
      amount: '1200.00',
      currency: 'EUR',
      status: 'sent',
      estimateDate: '2026-03-02',
    });
  });
});
