import { expect, it } from 'vitest';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((c) => c.name);
const unknown = '00000000-0000-4000-8000-000000000000';

describeApi('contacts', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  // Accounts owned by R1, R2 and the external rep R3.
  let ritaAccount: string;
  let finnAccount: string;
  let edAccount: string;

  it('builds two orgs with an account per rep', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    ritaAccount = (await created(org.r1.client, '/api/v1/accounts', { name: 'Rita Corp' })).id;
    finnAccount = (await created(org.r2.client, '/api/v1/accounts', { name: 'Finn Corp' })).id;
    edAccount = (await created(org.r3.client, '/api/v1/accounts', { name: 'Ed Corp' })).id;
  });

  it('refuses callers without a session', async () => {
    expect((await api.client().get('/api/v1/contacts')).status).toBe(401);
    expect((await api.client().post('/api/v1/contacts', { lastName: 'X' })).status).toBe(401);
  });

  it('creates, reads, updates, archives and restores a contact, auditing each change', async () => {
    const answer = await org.r1.client.post('/api/v1/contacts', {
      firstName: 'Clara',
      lastName: 'Buyer',
      title: 'Head of Purchasing',
      emails: [
        { email: ' Clara.Buyer@Rita.Example ', label: 'work' },
        { email: 'clara.buyer@rita.example', label: 'again' },
      ],
      phones: [{ phone: '+33 1 23 45 67 89', label: 'office' }],
      address: { city: 'Paris' },
      accountId: ritaAccount,
      isInfluencer: true,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      name: 'Clara Buyer',
      firstName: 'Clara',
      ownerId: org.r1.userId,
      ownerName: 'Rita Inside',
      emails: [{ email: 'clara.buyer@rita.example', label: 'work' }],
      phones: [{ phone: '+33 1 23 45 67 89', label: 'office' }],
      accountId: ritaAccount,
      accountName: 'Rita Corp',
      isInfluencer: true,
      address: { city: 'Paris' },
      duplicates: [],
      archivedAt: null,
    });
    const id = answer.body.id;
    expect((await org.r1.client.get(`/api/v1/contacts/${id}`)).body).toMatchObject({ id, title: 'Head of Purchasing' });

    const updated = await org.r1.client.patch(`/api/v1/contacts/${id}`, { title: 'CFO', isInfluencer: false });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'CFO', isInfluencer: false, duplicates: [] });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=contact');
    expect(audit.body.items[0]).toMatchObject({
      action: 'contact.updated',
      entityId: id,
      data: { title: { from: 'Head of Purchasing', to: 'CFO' }, isInfluencer: { from: true, to: false } },
    });
    expect(audit.body.items[1]).toMatchObject({ action: 'contact.created', entityId: id });
    // Saving the same values again changes and audits nothing.
    await org.r1.client.patch(`/api/v1/contacts/${id}`, { title: 'CFO' });
    expect((await org.admin.client.get('/api/v1/audit-events?entity=contact')).body.items).toHaveLength(2);

    const archived = await org.r1.client.post(`/api/v1/contacts/${id}/archive`);
    expect(archived.body.archivedAt).not.toBeNull();
    expect(names(await org.r1.client.get('/api/v1/contacts'))).not.toContain('Clara Buyer');
    expect(names(await org.r1.client.get('/api/v1/contacts?archived=true'))).toContain('Clara Buyer');
    expect((await org.r1.client.post(`/api/v1/contacts/${id}/restore`)).body.archivedAt).toBeNull();
    expect(names(await org.r1.client.get('/api/v1/contacts'))).toContain('Clara Buyer');
    const actions = (await org.admin.client.get('/api/v1/audit-events?entity=contact')).body.items.map(
      (event: { action: string }) => event.action,
    );
    expect(actions.slice(0, 2)).toEqual(['contact.restored', 'contact.archived']);
  });

  it('validates input with field paths, and links only accounts the caller may see', async () => {
    const cases: [unknown, string][] = [
      [{ lastName: ' ' }, 'lastName'],
      [{ lastName: 'X', emails: [{ email: 'not-an-address' }] }, 'emails.0.email'],
      [{ lastName: 'X', phones: [{ phone: 'call me' }] }, 'phones.0.phone'],
      [{ lastName: 'X', accountId: 'nope' }, 'accountId'],
      [{ lastName: 'X', isInfluencer: 'yes' }, 'isInfluencer'],
    ];
    for (const [body, path] of cases) {
      const answer = await org.r1.client.post('/api/v1/contacts', body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields[0].path, path).toBe(path);
    }
    for (const field of ['accountId', 'ownerId']) {
      const answer = await org.r1.client.post('/api/v1/contacts', { lastName: 'X', [field]: unknown });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.fields[0].path).toBe(field);
    }
    // Finn's account is not Rita's to see; another org's account is nobody's here.
    const otherAccount = await created(other.admin.client, '/api/v1/accounts', { name: 'Elsewhere' });
    for (const accountId of [finnAccount, otherAccount.id]) {
      const answer = await org.r1.client.post('/api/v1/contacts', { lastName: 'X', accountId });
      expect(answer.status).toBe(400);
      expect(answer.body.error.fields[0].path).toBe('accountId');
    }
    const mine = await created(org.r1.client, '/api/v1/contacts', { lastName: 'Linked later' });
    const moved = await org.r1.client.patch(`/api/v1/contacts/${mine.id}`, { accountId: finnAccount });
    expect(moved.body.error.fields[0].path).toBe('accountId');
    expect((await org.r1.client.get(`/api/v1/contacts/${unknown}`)).status).toBe(404);
    expect((await org.r1.client.get('/api/v1/contacts/not-a-uuid')).status).toBe(400);
    const externalTaken = await org.r1.client.post('/api/v1/contacts', { lastName: 'Y', externalId: 'crm-1' });
    expect(externalTaken.status).toBe(201);
    const again = await org.r1.client.post('/api/v1/contacts', { lastName: 'Z', externalId: 'crm-1' });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0].path).toBe('externalId');
  });

  it('warns of other contacts with the same e-mail, without blocking the save', async () => {
    const first = await created(org.r1.client, '/api/v1/contacts', {
      firstName: 'Dora',
      lastName: 'Double',
      emails: [{ email: 'dora@double.example' }],
    });
    const second = await org.r1.client.post('/api/v1/contacts', {
      firstName: 'Dora',
      lastName: 'Again',
      emails: [{ email: 'other@double.example' }, { email: 'DORA@double.example', label: 'old' }],
    });
    expect(second.status).toBe(201);
    expect(second.body.duplicates).toEqual([{ id: first.id, name: 'Dora Double', email: 'dora@double.example' }]);
    // An update answers the warning too, naming the other contact.
    const edited = await org.r1.client.patch(`/api/v1/contacts/${first.id}`, { title: 'Owner' });
    expect(edited.body.duplicates).toEqual([{ id: second.body.id, name: 'Dora Again', email: 'dora@double.example' }]);
    // The exact-address filter finds both, whatever the case.
    expect(names(await org.r1.client.get('/api/v1/contacts?email=Dora%40Double.example')).sort()).toEqual([
      'Dora Again',
      'Dora Double',
    ]);
    // A rep who may not see Rita's contacts is not told about them.
    const finns = await org.r2.client.post('/api/v1/contacts', {
      lastName: 'Finn’s Dora',
      emails: [{ email: 'dora@double.example' }],
    });
    expect(finns.body.duplicates).toEqual([]);
    // Rita's manager sees all three.
    const mine = await org.m1.client.patch(`/api/v1/contacts/${finns.body.id}`, { title: 'x' });
    expect(mine.body.duplicates.map((d: { id: string }) => d.id).sort()).toEqual([first.id, second.body.id].sort());
    // Archived contacts leave the warning.
    await org.r1.client.post(`/api/v1/contacts/${second.body.id}/archive`);
    expect((await org.r1.client.patch(`/api/v1/contacts/${first.id}`, { title: 'Boss' })).body.duplicates).toEqual([]);
  });

  it('shows reps their own contacts and those at their accounts, managers their team’s, viewers all', async () => {
    const make = (lastName: string, ownerId: string, accountId?: string) =>
      created(org.admin.client, '/api/v1/contacts', { lastName, ownerId, accountId });
    const finnAtRita = await make('Finn at Rita', org.r2.userId, ritaAccount);
    const finnAlone = await make('Finn Alone', org.r2.userId);
    const finnAtEd = await make('Finn at Ed', org.r2.userId, edAccount);
    const edOwn = await make('Ed Own', org.r3.userId);
    await make('Admin Own', org.admin.userId);
    const seen = async (client: HttpClient) => names(await client.get('/api/v1/contacts?limit=500&q=own'));
    const all = ['Finn at Rita', 'Finn Alone', 'Finn at Ed', 'Ed Own', 'Admin Own'];
    const list = async (client: HttpClient) => {
      const visible = names(await client.get('/api/v1/contacts?limit=500'));
      return all.filter((name) => visible.includes(name));
    };
    // Rita reaches Finn's contact at her account, and may edit it; not Finn's others.
    expect(await list(org.r1.client)).toEqual(['Finn at Rita']);
    expect((await org.r1.client.patch(`/api/v1/contacts/${finnAtRita.id}`, { title: 'Met' })).status).toBe(200);
    expect((await org.r1.client.get(`/api/v1/contacts/${finnAlone.id}`)).status).toBe(404);
    expect((await org.r1.client.patch(`/api/v1/contacts/${finnAlone.id}`, { title: 'x' })).status).toBe(404);
    expect((await org.r1.client.post(`/api/v1/contacts/${finnAlone.id}/archive`)).status).toBe(404);
    expect(await list(org.r2.client)).toEqual(['Finn at Rita', 'Finn Alone', 'Finn at Ed']);
    // The external rep sees his own, and the people at his own account even when others own them.
    expect(await list(org.r3.client)).toEqual(['Finn at Ed', 'Ed Own']);
    expect((await org.r3.client.get(`/api/v1/contacts/${finnAtEd.id}`)).status).toBe(200);
    expect(await list(org.m1.client)).toEqual(['Finn at Rita', 'Finn Alone', 'Finn at Ed']);
    expect(await list(org.m2.client)).toEqual(['Finn at Ed', 'Ed Own']);
    expect(await list(org.vp.client)).toEqual(['Finn at Rita', 'Finn Alone', 'Finn at Ed', 'Ed Own']);
    expect(await list(org.viewer.client)).toEqual(all);
    expect(await list(org.admin.client)).toEqual(all);
    expect(await seen(org.r3.client)).toEqual(['Ed Own']);
    // Filters by owner and team narrow what the caller sees, never widen it.
    const byOwner = names(await org.admin.client.get(`/api/v1/contacts?ownerId=${org.r3.userId}`));
    expect(byOwner).toEqual(['Ed Own']);
    const south = names(await org.admin.client.get(`/api/v1/contacts?teamId=${org.teams.south}&limit=500`));
    expect(south).toEqual(['Ed Own']);
    expect(names(await org.m1.client.get(`/api/v1/contacts?teamId=${org.teams.south}`))).toEqual([]);
    const atAccount = names(await org.admin.client.get(`/api/v1/contacts?accountId=${edAccount}`));
    expect(atAccount).toEqual(['Finn at Ed']);
    // The viewer reads but never writes.
    expect((await org.viewer.client.get(`/api/v1/contacts/${edOwn.id}`)).status).toBe(200);
    expect((await org.viewer.client.post('/api/v1/contacts', { lastName: 'Nope' })).status).toBe(403);
    expect((await org.viewer.client.patch(`/api/v1/contacts/${edOwn.id}`, { title: 'x' })).status).toBe(403);
    expect((await org.viewer.client.post(`/api/v1/contacts/${edOwn.id}/archive`)).status).toBe(403);
    const viewerBulk = await org.viewer.client.post('/api/v1/contacts/bulk', { action: 'archive', ids: [edOwn.id] });
    expect(viewerBulk.status).toBe(403);
    // Another org's ids are simply not there.
    for (const client of [other.admin.client, other.r1.client]) {
      expect((await client.get(`/api/v1/contacts/${edOwn.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/contacts/${edOwn.id}`, { title: 'x' })).status).toBe(404);
      expect((await client.post(`/api/v1/contacts/${edOwn.id}/archive`)).status).toBe(404);
      expect(names(await client.get('/api/v1/contacts?limit=500'))).not.toContain('Ed Own');
      const bulk = await client.post('/api/v1/contacts/bulk', { action: 'archive', ids: [edOwn.id] });
      expect(bulk.body).toEqual({ updated: 0 });
    }
    expect((await org.admin.client.get(`/api/v1/contacts/${edOwn.id}`)).body.archivedAt).toBeNull();
  });

  it('reassigns, archives and restores in bulk, only what the caller may change', async () => {
    const finns = await created(org.r2.client, '/api/v1/contacts', { lastName: 'Bulk Finn' });
    const eds = await created(org.r3.client, '/api/v1/contacts', { lastName: 'Bulk Ed' });
    const ids = [finns.id, eds.id];
    const reassigned = await org.m1.client.post('/api/v1/contacts/bulk', {
      action: 'reassign',
      ids,
      ownerId: org.r1.userId,
    });
    expect(reassigned.body).toEqual({ updated: 1 });
    expect((await org.r1.client.get(`/api/v1/contacts/${finns.id}`)).body.ownerId).toBe(org.r1.userId);
    expect((await org.admin.client.get(`/api/v1/contacts/${eds.id}`)).body.ownerId).toBe(org.r3.userId);
    expect((await org.r1.client.post('/api/v1/contacts/bulk', { action: 'archive', ids })).body).toEqual({
      updated: 1,
    });
    expect((await org.admin.client.get(`/api/v1/contacts/${eds.id}`)).body.archivedAt).toBeNull();
    // Archiving twice changes nothing more; restoring brings it back.
    expect((await org.r1.client.post('/api/v1/contacts/bulk', { action: 'archive', ids })).body).toEqual({
      updated: 0,
    });
    expect((await org.r1.client.post('/api/v1/contacts/bulk', { action: 'restore', ids })).body).toEqual({
      updated: 1,
    });
    const stage = await org.r1.client.post('/api/v1/contacts/bulk', { action: 'change_stage', ids, stageId: unknown });
    expect(stage.status).toBe(400);
    const badOwner = await org.r1.client.post('/api/v1/contacts/bulk', { action: 'reassign', ids, ownerId: unknown });
    expect(badOwner.body.error.fields[0].path).toBe('ownerId');
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=contact');
    expect(audit.body.items.map((event: { action: string }) => event.action)).toContain('contact.archived');
  });

  it('sorts, filters, searches and pages with a cursor; totals count the filtered rows', async () => {
    const { client } = await api.signUp({ orgName: 'Paging Org' });
    const account = await created(client, '/api/v1/accounts', { name: 'Paging Account' });
    for (let i = 0; i < 7; i++) {
      await created(client, '/api/v1/contacts', {
        firstName: 'Person',
        lastName: String.fromCharCode(71 - i),
        title: i % 2 ? 'Engineer' : 'Buyer',
        isInfluencer: i < 2,
        accountId: i % 2 ? account.id : null,
        emails: [{ email: `p${i}@paging.example` }],
      });
    }
    const first = await client.get('/api/v1/contacts?limit=3&sort=name');
    expect(names(first)).toEqual(['Person A', 'Person B', 'Person C']);
    const second = await client.get(`/api/v1/contacts?limit=3&sort=name&cursor=${first.body.nextCursor}`);
    expect(names(second)).toEqual(['Person D', 'Person E', 'Person F']);
    const third = await client.get(`/api/v1/contacts?limit=3&sort=name&cursor=${second.body.nextCursor}`);
    expect(names(third)).toEqual(['Person G']);
    expect(third.body.nextCursor).toBeNull();
    const newest = await client.get('/api/v1/contacts?limit=4&sort=-createdAt');
    expect(names(newest)).toEqual(['Person A', 'Person B', 'Person C', 'Person D']);
    const older = await client.get(`/api/v1/contacts?limit=4&sort=-createdAt&cursor=${newest.body.nextCursor}`);
    expect(names(older)).toEqual(['Person E', 'Person F', 'Person G']);
    expect(names(await client.get('/api/v1/contacts?sort=-name&limit=2'))).toEqual(['Person G', 'Person F']);
    expect(names(await client.get(`/api/v1/contacts?accountId=${account.id}`))).toEqual([
      'Person B',
      'Person D',
      'Person F',
    ]);
    expect(names(await client.get('/api/v1/contacts?isInfluencer=true'))).toEqual(['Person F', 'Person G']);
    expect(names(await client.get('/api/v1/contacts?q=engineer%20person%20d'))).toEqual(['Person D']);
    expect(names(await client.get('/api/v1/contacts?q=p3%40paging'))).toEqual(['Person D']);
    expect(names(await client.get('/api/v1/contacts?email=p4@paging.example'))).toEqual(['Person C']);
    expect((await client.get('/api/v1/contacts/totals')).body).toEqual({ count: 7, amounts: [] });
    expect((await client.get('/api/v1/contacts/totals?isInfluencer=false')).body).toEqual({ count: 5, amounts: [] });
    expect((await client.get(`/api/v1/contacts/totals?accountId=${account.id}`)).body.count).toBe(3);
    expect((await client.get('/api/v1/contacts?sort=colour')).status).toBe(400);
    expect((await client.get('/api/v1/contacts?cursor=garbage')).status).toBe(400);
    expect((await client.get('/api/v1/contacts?isInfluencer=maybe')).status).toBe(400);
  });

  it('keeps custom field values typed', async () => {
    const field = await org.admin.client.post('/api/v1/custom-fields', {
      recordType: 'contacts',
      key: 'linkedin',
      label: 'LinkedIn',
      type: 'text',
    });
    expect(field.status).toBe(201);
    const ok = await org.r1.client.post('/api/v1/contacts', { lastName: 'Linked', custom: { linkedin: 'in/x' } });
    expect(ok.body.custom).toEqual({ linkedin: 'in/x' });
    const bad = await org.r1.client.post('/api/v1/contacts', { lastName: 'Linked', custom: { colour: 'red' } });
    expect(bad.status).toBe(400);
  });
});
