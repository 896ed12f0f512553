import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

type Hit = { type: string; title: string; subtitle: string | null; archived: boolean };
const found = (answer: { body: { hits: Hit[] } }) => answer.body.hits.map((h) => `${h.type}:${h.title}`);

describeApi('global search', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;

  it('builds records of several owners', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const acme = await org.r1.client.post('/api/v1/accounts', { name: 'Acme Tools', domain: 'acme-tools.example' });
    await org.r1.client.post('/api/v1/accounts', { name: 'Acme Tooling Holdings International' });
    await org.r1.client.post('/api/v1/contacts', {
      firstName: 'Alice',
      lastName: 'Acmeson',
      title: 'Buyer',
      accountId: acme.body.id,
    });
    await org.r1.client.post('/api/v1/leads', { lastName: 'Prospect', company: 'Acme Rivals', source: 'event' });
    await org.r1.client.post('/api/v1/deals', { name: 'Acme renewal', accountId: acme.body.id });
    const old = await org.r1.client.post('/api/v1/accounts', { name: 'Acme Tools Old' });
    await org.r1.client.post(`/api/v1/accounts/${old.body.id}/archive`);
    await org.r2.client.post('/api/v1/accounts', { name: 'Acme West' });
    const partner = await org.r3.client.post('/api/v1/accounts', { name: 'Acme Partners' });
    // The manager's contact and deal at the external rep's account: the contact reaches them, the deal only by its split.
    await org.m2.client.post('/api/v1/contacts', { lastName: 'Acmeperson', accountId: partner.body.id });
    await org.m2.client.post('/api/v1/deals', { name: 'Acme partner deal', accountId: partner.body.id });
    const shared = await org.m2.client.post('/api/v1/deals', {
      name: 'Acme shared deal',
      splits: [
        { userId: org.m2.userId, percent: '50' },
        { userId: org.r3.userId, percent: '50' },
      ],
    });
    expect(shared.status).toBe(201);
    await other.admin.client.post('/api/v1/accounts', { name: 'Acme Elsewhere' });
  });

  it('ranks the closest match first, active records before archived ones', async () => {
    const answer = await org.r1.client.get('/api/v1/search?q=acme%20tool');
    expect(answer.status).toBe(200);
    // The closer name ranks first; the archived account, as good a match, still comes last.
    expect(found(answer)).toEqual([
      'accounts:Acme Tools',
      'accounts:Acme Tooling Holdings International',
      'accounts:Acme Tools Old',
    ]);
    expect(answer.body.hits[0]).toEqual({
      type: 'accounts',
      id: expect.any(String),
      title: 'Acme Tools',
      subtitle: 'acme-tools.example',
      archived: false,
    });
    expect(answer.body.hits[2].archived).toBe(true);
    // Every word must match: no fuzzy guesses.
    expect(found(await org.r1.client.get('/api/v1/search?q=acme%20tols'))).toEqual([]);
    const all = found(await org.r1.client.get('/api/v1/search?q=acme'));
    expect(all).toEqual(
      expect.arrayContaining([
        'accounts:Acme Tools',
        'contacts:Alice Acmeson',
        'leads:Prospect',
        'deals:Acme renewal',
        'accounts:Acme Tools Old',
      ]),
    );
    expect(all.at(-1)).toBe('accounts:Acme Tools Old');
    const contact = (await org.r1.client.get('/api/v1/search?q=alice&types=contacts')).body.hits;
    expect(contact).toEqual([expect.objectContaining({ title: 'Alice Acmeson', subtitle: 'Buyer · Acme Tools' })]);
    const deal = (await org.r1.client.get('/api/v1/search?q=renewal&types=deals')).body.hits[0];
    expect(deal.subtitle).toMatch(/^Acme Tools · /);
  });

  it('searches only what each caller may see', async () => {
    expect(found(await org.r1.client.get('/api/v1/search?q=acme%20west'))).toEqual([]);
    expect(found(await org.m1.client.get('/api/v1/search?q=acme%20west'))).toEqual(['accounts:Acme West']);
    const external = found(await org.r3.client.get('/api/v1/search?q=acme&limit=20'));
    expect(external.sort()).toEqual(['accounts:Acme Partners', 'contacts:Acmeperson', 'deals:Acme shared deal'].sort());
    const viewer = found(await org.viewer.client.get('/api/v1/search?q=acme&limit=20'));
    expect(viewer).toEqual(expect.arrayContaining(['accounts:Acme West', 'deals:Acme partner deal']));
    expect(viewer).not.toContain('accounts:Acme Elsewhere');
    expect(found(await other.r1.client.get('/api/v1/search?q=acme'))).toEqual([]);
    expect(found(await other.admin.client.get('/api/v1/search?q=acme'))).toEqual(['accounts:Acme Elsewhere']);
    expect((await api.client().get('/api/v1/search?q=acme')).status).toBe(401);
  });

  it('filters by type, caps each type, and validates the query', async () => {
    expect(found(await org.admin.client.get('/api/v1/search?q=acme&types=deals,leads&limit=20')).sort()).toEqual(
      ['deals:Acme partner deal', 'deals:Acme renewal', 'deals:Acme shared deal', 'leads:Prospect'].sort(),
    );
    const capped = (await org.admin.client.get('/api/v1/search?q=acme&limit=1')).body.hits as Hit[];
    expect(capped.map((h) => h.type).sort()).toEqual(['accounts', 'contacts', 'deals', 'leads']);
    const short = await org.admin.client.get('/api/v1/search?q=a');
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0].path).toBe('querystring.q');
    const bad = await org.admin.client.get('/api/v1/search?q=acme&types=products');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toMatch(/^querystring\.types/);
    expect((await org.admin.client.get('/api/v1/search?q=acme&limit=51')).status).toBe(400);
    // Two letters and wildcards are searched as text, not patterns.
    expect(found(await org.admin.client.get('/api/v1/search?q=ac&types=accounts'))).toContain('accounts:Acme Tools');
    expect(found(await org.admin.client.get('/api/v1/search?q=%25%25'))).toEqual([]);
  });
});
