import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

type Entry = { kind: string; title: string; detail: string | null; actorName: string | null; data: any };
const kinds = (answer: { body: { items: Entry[] } }) => answer.body.items.map((e) => e.kind);
const titles = (answer: { body: { items: Entry[] } }) => answer.body.items.map((e) => e.title);
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describeApi('record timelines', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let account: string;

  it('merges an account’s activities and audit events, newest first, a page at a time', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    account = (await org.r1.client.post('/api/v1/accounts', { name: 'Acme' })).body.id;
    // Long ago: the oldest entry, although logged after the account was made.
    await org.r1.client.post('/api/v1/activities', {
      type: 'call',
      outcome: 'left_message',
      subject: 'First try',
      accountId: account,
      completedAt: '2026-01-05T10:00:00Z',
    });
    await pause();
    await org.r1.client.patch(`/api/v1/accounts/${account}`, { name: 'Acme Tools', industry: 'Tools' });
    await pause();
    await org.r1.client.post(`/api/v1/accounts/${account}/archive`);
    await pause();
    await org.r1.client.post(`/api/v1/accounts/${account}/restore`);
    await pause();
    // The manager's visit at the account shows too (the account is the rep's); an archived one does not.
    await org.m1.client.post('/api/v1/activities', {
      type: 'visit',
      subject: 'On site',
      notes: 'Met the plant manager',
      accountId: account,
      completedAt: new Date().toISOString(),
    });
    const gone = await org.r1.client.post('/api/v1/activities', {
      type: 'task',
      accountId: account,
      completedAt: '2026-01-06T10:00:00Z',
    });
    await org.r1.client.post(`/api/v1/activities/${gone.body.id}/archive`);

    const all = await org.r1.client.get(`/api/v1/accounts/${account}/timeline`);
    expect(all.status).toBe(200);
    expect(kinds(all)).toEqual(['activity', 'restored', 'archived', 'edit', 'created', 'activity']);
    expect(titles(all)).toEqual([
      'Visit: On site',
      'Restored',
      'Archived',
      'Edited name, industry',
      'Created',
      'Call · left message: First try',
    ]);
    const [visit, , , edit] = all.body.items;
    expect(visit).toMatchObject({ actorName: 'Max North', detail: 'Met the plant manager', data: { type: 'visit' } });
    expect(edit).toMatchObject({
      actorName: 'Rita Inside',
      detail: 'name: Acme → Acme Tools\nindustry: — → Tools',
      data: { name: { from: 'Acme', to: 'Acme Tools' } },
    });

    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Entry[]; nextCursor: string | null } } = await org.r1.client.get(
        `/api/v1/accounts/${account}/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      pages.push(...titles(page));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(pages).toEqual(titles(all));
    expect((await org.r1.client.get(`/api/v1/accounts/${account}/timeline?cursor=junk`)).status).toBe(400);
  });

  it('answers 404 for records the caller may not see, and never shows hidden activities', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api.client().get(`/api/v1/accounts/${account}/timeline`)).status).toBe(401);
    expect((await org.r1.client.get(`/api/v1/accounts/${unknown}/timeline`)).status).toBe(404);
    expect((await org.r3.client.get(`/api/v1/accounts/${account}/timeline`)).status).toBe(404);
    expect((await org.m2.client.get(`/api/v1/accounts/${account}/timeline`)).status).toBe(404);
    expect((await other.admin.client.get(`/api/v1/accounts/${account}/timeline`)).status).toBe(404);
    expect((await org.m1.client.get(`/api/v1/accounts/${account}/timeline`)).body.items).toHaveLength(6);
    expect((await org.viewer.client.get(`/api/v1/accounts/${account}/timeline`)).body.items).toHaveLength(6);
    expect((await org.r1.client.get('/api/v1/accounts/not-an-id/timeline')).status).toBe(400);
    // An external rep sees their own account's timeline, but not the manager's call there.
    const partner = (await org.r3.client.post('/api/v1/accounts', { name: 'Partner' })).body.id;
    await org.m2.client.post('/api/v1/activities', { type: 'call', subject: 'Manager call', accountId: partner });
    await org.r3.client.post('/api/v1/activities', { type: 'call', subject: 'Own call', accountId: partner });
    const external = await org.r3.client.get(`/api/v1/accounts/${partner}/timeline`);
    expect(titles(external)).toEqual(expect.arrayContaining(['Call: Own call', 'Created']));
    expect(titles(external)).not.toContain('Call: Manager call');
    expect(titles(await org.m2.client.get(`/api/v1/accounts/${partner}/timeline`))).toContain('Call: Manager call');
  });

  it('shows a contact’s and a lead’s own history', async () => {
    const contact = (await org.r1.client.post('/api/v1/contacts', { lastName: 'Buyer', accountId: account })).body.id;
    await org.r1.client.post('/api/v1/activities', {
      type: 'meeting',
      subject: 'Lunch',
      contactId: contact,
      completedAt: null,
      scheduledAt: '2027-01-10T12:00:00Z',
    });
    const contactLine = await org.r1.client.get(`/api/v1/contacts/${contact}/timeline`);
    expect(titles(contactLine)).toEqual(['Meeting: Lunch (planned)', 'Created']);
    expect((await org.r2.client.get(`/api/v1/contacts/${contact}/timeline`)).status).toBe(404);

    const lead = (await org.r1.client.post('/api/v1/leads', { lastName: 'Prospect', source: 'event' })).body.id;
    await org.r1.client.post('/api/v1/activities', {
      type: 'email',
      subject: 'Hello',
      leadId: lead,
      completedAt: '2026-02-01T09:00:00Z',
    });
    await pause();
    await org.r1.client.patch(`/api/v1/leads/${lead}`, { status: 'working' });
    let leadLine = await org.r1.client.get(`/api/v1/leads/${lead}/timeline`);
    expect(kinds(leadLine)).toEqual(['edit', 'created', 'activity']);
    expect(leadLine.body.items[0].data.status).toEqual({ from: 'new', to: 'working' });
    await pause();
    const converted = await org.r1.client.post(`/api/v1/leads/${lead}/convert`, { account: { name: 'Prospect Co' } });
    expect(converted.status).toBe(200);
    leadLine = await org.r1.client.get(`/api/v1/leads/${lead}/timeline`);
    expect(kinds(leadLine).slice(0, 1)).toEqual(['converted']);
    expect(leadLine.body.items[0]).toMatchObject({
      title: 'Converted into an account, a contact and a deal',
      data: { accountId: converted.body.accountId },
    });
    expect((await other.r1.client.get(`/api/v1/leads/${lead}/timeline`)).status).toBe(404);
  });

  it('shows a deal’s stage changes between its activities and edits', async () => {
    const pipelines = await org.admin.client.get('/api/v1/pipelines');
    const created = await org.r1.client.post('/api/v1/deals', {
      name: 'Big order',
      accountId: account,
      amount: '5000',
    });
    expect(created.status).toBe(201);
    const deal = created.body.id;
    const stages = (await org.admin.client.get('/api/v1/pipelines')).body.items[0].stages as {
      id: string;
      name: string;
      kind: string;
    }[];
    expect(pipelines.status).toBe(200);
    api.clock.advance(60 * 60 * 1000);
    await org.r1.client.post('/api/v1/activities', {
      type: 'presentation',
      outcome: 'presentation_held',
      dealId: deal,
      completedAt: new Date(api.clock.now().getTime() + 60_000).toISOString(),
    });
    api.clock.advance(2 * 60 * 60 * 1000);
    const [first, second] = stages;
    const moved = await org.r1.client.post(`/api/v1/deals/${deal}/stage`, { stageId: second?.id });
    expect(moved.status).toBe(200);
    const line = await org.r1.client.get(`/api/v1/deals/${deal}/timeline`);
    // The audit events carry the database's time (now); the stage changes and the activity the test clock's.
    expect(kinds(line)).toEqual(['created', 'stage_change', 'activity', 'stage_change']);
    expect(titles(line)).toEqual([
      'Created',
      `Stage: ${first?.name} → ${second?.name}`,
      'Presentation · presentation held',
      `Stage: ${first?.name}`,
    ]);
    expect(line.body.items[1]).toMatchObject({
      actorName: 'Rita Inside',
      data: { fromStageName: first?.name, toStageName: second?.name, amount: '5000.0000' },
    });
    // The deal's activity also sits on the account's timeline.
    expect(titles(await org.r1.client.get(`/api/v1/accounts/${account}/timeline`))).toContain(
      'Presentation · presentation held',
    );
    expect((await org.r2.client.get(`/api/v1/deals/${deal}/timeline`)).status).toBe(404);
    expect((await other.admin.client.get(`/api/v1/deals/${deal}/timeline`)).status).toBe(404);
  });
});
