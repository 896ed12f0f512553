import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((l) => l.name);
const unknown = '00000000-0000-4000-8000-000000000000';
const hour = 60 * 60 * 1000;

describeApi('lead conversion', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  const now = () => api.clock.now();

  it('builds two orgs', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
  });

  it('converts a lead into a new account and contact, keeping the links, once', async () => {
    const lead = await created(org.r1.client, '/api/v1/leads', {
      firstName: 'Conny',
      lastName: 'Convert',
      company: 'Convert AG',
      title: 'CTO',
      email: 'conny@convert.example',
      phone: '+41 44 123 45 67',
      source: 'company',
    });
    api.clock.advance(hour);
    const answer = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null });
    expect(answer.status).toBe(200);
    const { accountId, contactId, dealId } = answer.body;
    expect(dealId).toBeNull();
    expect(answer.body.lead).toMatchObject({
      status: 'converted',
      convertedAt: now().toISOString(),
      followedUpAt: now().toISOString(),
      isOverdue: false,
      convertedAccountId: accountId,
      convertedContactId: contactId,
      convertedDealId: null,
    });
    expect((await org.r1.client.get(`/api/v1/accounts/${accountId}`)).body).toMatchObject({
      name: 'Convert AG',
      ownerId: org.r1.userId,
    });
    expect((await org.r1.client.get(`/api/v1/contacts/${contactId}`)).body).toMatchObject({
      name: 'Conny Convert',
      title: 'CTO',
      emails: [{ email: 'conny@convert.example', label: null }],
      phones: [{ phone: '+41 44 123 45 67', label: null }],
      accountId,
      accountName: 'Convert AG',
      ownerId: org.r1.userId,
    });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=lead');
    expect(audit.body.items[0]).toMatchObject({
      action: 'lead.converted',
      entityId: lead.id,
      data: { accountId, contactId, dealId: null },
    });
    // Converting again, or moving the lead back to another status, is refused.
    const twice = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('LEAD_CONVERTED');
    const back = await org.r1.client.patch(`/api/v1/leads/${lead.id}`, { status: 'working' });
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe('LEAD_CONVERTED');
    // Other fields stay editable.
    expect((await org.r1.client.patch(`/api/v1/leads/${lead.id}`, { notes: 'Won them' })).body.status).toBe(
      'converted',
    );
    expect(names(await org.r1.client.get('/api/v1/leads?status=converted'))).toContain('Conny Convert');
  });

  it('names the new account after the lead when it has no company, or as asked', async () => {
    const solo = await created(org.r1.client, '/api/v1/leads', {
      firstName: 'Sol',
      lastName: 'Trader',
      source: 'event',
    });
    const converted = await org.r1.client.post(`/api/v1/leads/${solo.id}/convert`, { deal: null });
    expect((await org.r1.client.get(`/api/v1/accounts/${converted.body.accountId}`)).body.name).toBe('Sol Trader');
    const named = await created(org.r1.client, '/api/v1/leads', { lastName: 'Named', company: 'x', source: 'event' });
    const answer = await org.r1.client.post(`/api/v1/leads/${named.id}/convert`, {
      account: { name: 'Proper Name Ltd', domain: 'proper.example', industry: 'Retail' },
      deal: null,
    });
    expect((await org.r1.client.get(`/api/v1/accounts/${answer.body.accountId}`)).body).toMatchObject({
      name: 'Proper Name Ltd',
      domain: 'proper.example',
      industry: 'Retail',
    });
  });

  it('converts onto an existing account and contact the caller may see, and nothing else', async () => {
    const account = await created(org.r1.client, '/api/v1/accounts', { name: 'Existing Inc' });
    const contact = await created(org.r1.client, '/api/v1/contacts', { lastName: 'Known', emails: [] });
    const lead = await created(org.r1.client, '/api/v1/leads', {
      lastName: 'Known',
      company: 'Existing',
      source: 'event',
    });
    const finnsAccount = await created(org.r2.client, '/api/v1/accounts', { name: 'Finn Only' });
    const finnsContact = await created(org.r2.client, '/api/v1/contacts', { lastName: 'Finn Only' });
    const accounts = async () => (await org.admin.client.get('/api/v1/accounts/totals')).body.count;
    const before = await accounts();
    const badAccount = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, {
      account: { id: finnsAccount.id },
      deal: null,
    });
    expect(badAccount.status).toBe(400);
    expect(badAccount.body.error.fields[0].path).toBe('account.id');
    // A bad contact aborts the whole conversion: the account made before it is rolled back.
    const badContact = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, {
      contactId: finnsContact.id,
      deal: null,
    });
    expect(badContact.status).toBe(400);
    expect(badContact.body.error.fields[0].path).toBe('contactId');
    expect(await accounts()).toBe(before);
    expect((await org.r1.client.get(`/api/v1/leads/${lead.id}`)).body).toMatchObject({
      status: 'new',
      convertedAccountId: null,
    });
    const badName = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, { account: { name: '' } });
    expect(badName.status).toBe(400);

    const answer = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, {
      account: { id: account.id },
      contactId: contact.id,
      deal: null,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ accountId: account.id, contactId: contact.id, dealId: null });
    expect(await accounts()).toBe(before);
    // The contact had no account: it now sits at the one the lead converted to.
    expect((await org.r1.client.get(`/api/v1/contacts/${contact.id}`)).body.accountId).toBe(account.id);
  });

  it('lets a manager convert a rep’s lead, the new records going to the rep; archived leads wait', async () => {
    const lead = await created(org.r2.client, '/api/v1/leads', {
      lastName: 'Team Lead',
      company: 'Team Co',
      source: 'event',
    });
    expect((await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null })).status).toBe(404);
    expect((await org.m2.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null })).status).toBe(404);
    await org.r2.client.post(`/api/v1/leads/${lead.id}/archive`);
    const archived = await org.m1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null });
    expect(archived.status).toBe(409);
    expect(archived.body.error.code).toBe('RECORD_ARCHIVED');
    await org.r2.client.post(`/api/v1/leads/${lead.id}/restore`);
    const answer = await org.m1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null });
    expect(answer.status).toBe(200);
    expect((await org.r2.client.get(`/api/v1/accounts/${answer.body.accountId}`)).body.ownerId).toBe(org.r2.userId);
    expect((await org.r2.client.get(`/api/v1/contacts/${answer.body.contactId}`)).body.ownerId).toBe(org.r2.userId);
    expect((await org.r1.client.get(`/api/v1/accounts/${answer.body.accountId}`)).status).toBe(404);
    expect((await org.r2.client.post(`/api/v1/leads/${unknown}/convert`, { deal: null })).status).toBe(404);
  });

  it('opens a deal on conversion unless told not to, linked to the lead, account and contact', async () => {
    const pipelines = await org.r1.client.get('/api/v1/pipelines');
    expect(pipelines.status).toBe(200);
    const pipeline = pipelines.body.items[0];
    const second = pipeline.stages[1];
    const lead = await created(org.r1.client, '/api/v1/leads', {
      firstName: 'Deal',
      lastName: 'Maker',
      company: 'Deal Co',
      source: 'company',
    });
    const answer = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, {
      deal: {
        name: 'Deal Co – first order',
        pipelineId: pipeline.id,
        stageId: second.id,
        amount: '12500.50',
        expectedCloseDate: '2026-06-30',
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.dealId).not.toBeNull();
    expect(answer.body.lead.convertedDealId).toBe(answer.body.dealId);
    const deal = await org.r1.client.get(`/api/v1/deals/${answer.body.dealId}`);
    expect(deal.body).toMatchObject({
      name: 'Deal Co – first order',
      accountId: answer.body.accountId,
      accountName: 'Deal Co',
      pipelineId: pipeline.id,
      stageId: second.id,
      amount: '12500.50',
      expectedCloseDate: '2026-06-30',
      sourceLeadId: lead.id,
      ownerId: org.r1.userId,
    });
    expect(deal.body.contacts.map((c: { contactId: string }) => c.contactId)).toEqual([answer.body.contactId]);

    // Without a deal part, conversion opens a deal named after the account in the default pipeline.
    const plain = await created(org.r1.client, '/api/v1/leads', {
      lastName: 'Plain',
      company: 'Plain Co',
      source: 'event',
    });
    const converted = await org.r1.client.post(`/api/v1/leads/${plain.id}/convert`, {});
    expect(converted.status).toBe(200);
    const plainDeal = await org.r1.client.get(`/api/v1/deals/${converted.body.dealId}`);
    expect(plainDeal.body).toMatchObject({ name: 'Plain Co', amount: '0.00', sourceLeadId: plain.id });
    expect(plainDeal.body.pipelineId).toBe(pipelines.body.items.find((p: { isDefault: boolean }) => p.isDefault).id);
  });

  it('names a bad deal field under deal, and writes nothing', async () => {
    const lead = await created(org.r1.client, '/api/v1/leads', {
      lastName: 'Bad Deal',
      company: 'Bad Co',
      source: 'event',
    });
    const accounts = async () => (await org.admin.client.get('/api/v1/accounts/totals')).body.count;
    const contacts = async () => (await org.admin.client.get('/api/v1/contacts/totals')).body.count;
    const before = [await accounts(), await contacts()];
    const answer = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: { stageId: unknown } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields[0].path).toBe('deal.stageId');
    const money = await org.r1.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: { amount: 'lots' } });
    expect(money.status).toBe(400);
    expect(money.body.error.fields[0].path).toBe('deal.amount');
    expect([await accounts(), await contacts()]).toEqual(before);
    expect((await org.r1.client.get(`/api/v1/leads/${lead.id}`)).body.status).toBe('new');
  });

  it('is refused to viewers and answers 404 to other orgs', async () => {
    const lead = await created(org.r1.client, '/api/v1/leads', { lastName: 'Guarded', source: 'event' });
    expect((await org.viewer.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null })).status).toBe(403);
    expect((await other.admin.client.post(`/api/v1/leads/${lead.id}/convert`, { deal: null })).status).toBe(404);
    expect((await api.client().post(`/api/v1/leads/${lead.id}/convert`, { deal: null })).status).toBe(401);
    const foreign = await created(other.admin.client, '/api/v1/accounts', { name: 'Foreign' });
    const linked = await org.admin.client.post(`/api/v1/leads/${lead.id}/convert`, {
      account: { id: foreign.id },
      deal: null,
    });
    expect(linked.status).toBe(400);
    expect(linked.body.error.fields[0].path).toBe('account.id');
    expect((await org.r1.client.get(`/api/v1/leads/${lead.id}`)).body.status).toBe('new');
  });
});
