import { expect, it } from 'vitest';
import { resolveScope } from '../../platform/auth/access-policy';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { markLeadFollowedUp } from './leads.service';

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((l) => l.name);
const unknown = '00000000-0000-4000-8000-000000000000';
const hour = 60 * 60 * 1000;

describeApi('leads', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  const now = () => api.clock.now();
  const later = (hours: number) => new Date(now().getTime() + hours * hour).toISOString();

  it('builds two orgs', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
  });

  it('refuses callers without a session', async () => {
    expect((await api.client().get('/api/v1/leads')).status).toBe(401);
    expect((await api.client().post('/api/v1/leads', { lastName: 'X', source: 'event' })).status).toBe(401);
  });

  it('creates, reads, updates, archives and restores a lead, auditing each change', async () => {
    const answer = await org.r1.client.post('/api/v1/leads', {
      firstName: 'Lena',
      lastName: 'Inbound',
      company: 'Webform GmbH',
      title: 'Buyer',
      email: 'Lena@Webform.Example',
      phone: '+49 30 1234',
      source: 'company',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      name: 'Lena Inbound',
      company: 'Webform GmbH',
      email: 'lena@webform.example',
      source: 'company',
      status: 'new',
      ownerId: org.r1.userId,
      ownerName: 'Rita Inside',
      // The org's 24 hours from the (fixed) server clock.
      followUpDueAt: later(24),
      followedUpAt: null,
      isOverdue: false,
      convertedAt: null,
      archivedAt: null,
    });
    const id = answer.body.id;
    expect((await org.r1.client.get(`/api/v1/leads/${id}`)).body).toMatchObject({ id, title: 'Buyer' });

    const worked = await org.r1.client.patch(`/api/v1/leads/${id}`, { status: 'working', notes: 'Called back' });
    expect(worked.status).toBe(200);
    expect(worked.body).toMatchObject({ status: 'working', notes: 'Called back', followedUpAt: now().toISOString() });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=lead');
    expect(audit.body.items[0]).toMatchObject({
      action: 'lead.updated',
      entityId: id,
      data: {
        status: { from: 'new', to: 'working' },
        notes: { from: null, to: 'Called back' },
        followedUpAt: { from: null, to: now().toISOString() },
      },
    });
    expect(audit.body.items[1]).toMatchObject({ action: 'lead.created', entityId: id });
    // Later status changes keep the first follow-up.
    api.clock.advance(hour);
    const qualified = await org.r1.client.patch(`/api/v1/leads/${id}`, { status: 'qualified' });
    expect(qualified.body.followedUpAt).toBe(worked.body.followedUpAt);

    expect((await org.r1.client.post(`/api/v1/leads/${id}/archive`)).body.archivedAt).not.toBeNull();
    expect(names(await org.r1.client.get('/api/v1/leads'))).not.toContain('Lena Inbound');
    expect(names(await org.r1.client.get('/api/v1/leads?archived=true'))).toContain('Lena Inbound');
    expect((await org.r1.client.post(`/api/v1/leads/${id}/restore`)).body.archivedAt).toBeNull();
    const actions = (await org.admin.client.get('/api/v1/audit-events?entity=lead')).body.items.map(
      (event: { action: string }) => event.action,
    );
    expect(actions.slice(0, 2)).toEqual(['lead.restored', 'lead.archived']);
  });

  it('sets the follow-up deadline from the source, the org setting or the input', async () => {
    const referral = await created(org.r1.client, '/api/v1/leads', { lastName: 'Referred', source: 'referral' });
    expect(referral).toMatchObject({ followUpDueAt: null, isOverdue: false });
    const asked = await created(org.r1.client, '/api/v1/leads', {
      lastName: 'Asked',
      source: 'company',
      followUpDueAt: '2026-04-01T12:00:00Z',
    });
    expect(asked.followUpDueAt).toBe('2026-04-01T12:00:00.000Z');
    const none = await created(org.r1.client, '/api/v1/leads', {
      lastName: 'No deadline',
      source: 'company',
      followUpDueAt: null,
    });
    expect(none.followUpDueAt).toBeNull();
    // An already-worked lead needs no follow-up.
    const worked = await created(org.r1.client, '/api/v1/leads', {
      lastName: 'Worked',
      source: 'company',
      status: 'working',
    });
    expect(worked.followedUpAt).toBe(now().toISOString());

    expect((await org.admin.client.patch('/api/v1/org', { leadFollowUpHours: 4 })).status).toBe(200);
    const quick = await created(org.r1.client, '/api/v1/leads', { lastName: 'Quick', source: 'company' });
    expect(quick.followUpDueAt).toBe(later(4));
    // A lead re-sourced as company-generated gets its deadline from now.
    const resourced = await org.r1.client.patch(`/api/v1/leads/${referral.id}`, { source: 'company' });
    expect(resourced.body.followUpDueAt).toBe(later(4));
    const moved = await org.r1.client.patch(`/api/v1/leads/${referral.id}`, { followUpDueAt: '2026-05-01T00:00:00Z' });
    expect(moved.body.followUpDueAt).toBe('2026-05-01T00:00:00.000Z');
    await org.admin.client.patch('/api/v1/org', { leadFollowUpHours: 24 });
  });

  it('validates input with field paths', async () => {
    const cases: [unknown, string][] = [
      [{ lastName: ' ', source: 'event' }, 'lastName'],
      [{ lastName: 'X' }, 'source'],
      [{ lastName: 'X', source: 'cold-call' }, 'source'],
      [{ lastName: 'X', source: 'event', email: 'nope' }, 'email'],
      [{ lastName: 'X', source: 'event', status: 'converted' }, 'status'],
      [{ lastName: 'X', source: 'event', followUpDueAt: 'tomorrow' }, 'followUpDueAt'],
    ];
    for (const [body, path] of cases) {
      const answer = await org.r1.client.post('/api/v1/leads', body);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields[0].path, path).toBe(path);
    }
    const owner = await org.r1.client.post('/api/v1/leads', { lastName: 'X', source: 'event', ownerId: unknown });
    expect(owner.body.error.fields[0].path).toBe('ownerId');
    expect((await org.r1.client.get(`/api/v1/leads/${unknown}`)).status).toBe(404);
    expect((await org.r1.client.patch(`/api/v1/leads/${unknown}`, { notes: 'x' })).status).toBe(404);
    await created(org.r1.client, '/api/v1/leads', { lastName: 'Ext', source: 'event', externalId: 'sf-1' });
    const taken = await org.r1.client.post('/api/v1/leads', { lastName: 'Ext2', source: 'event', externalId: 'sf-1' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields[0].path).toBe('externalId');
  });

  it('shows a lead as overdue once its deadline passes without a follow-up', async () => {
    const { client, session } = await api.signUp({ orgName: 'Overdue Org' });
    const missed = await created(client, '/api/v1/leads', { lastName: 'Missed', source: 'company' });
    const called = await created(client, '/api/v1/leads', { lastName: 'Called', source: 'company' });
    const dropped = await created(client, '/api/v1/leads', { lastName: 'Dropped', source: 'company' });
    const referral = await created(client, '/api/v1/leads', { lastName: 'Referral', source: 'referral' });
    await client.patch(`/api/v1/leads/${called.id}`, { status: 'working' });
    await client.patch(`/api/v1/leads/${dropped.id}`, { status: 'disqualified', disqualifiedReason: 'Student' });
    expect(names(await client.get('/api/v1/leads?overdue=true'))).toEqual([]);

    api.clock.advance(24 * hour);
    // Exactly at the deadline is not yet late.
    expect(names(await client.get('/api/v1/leads?overdue=true'))).toEqual([]);
    api.clock.advance(1000);
    expect(names(await client.get('/api/v1/leads?overdue=true'))).toEqual(['Missed']);
    expect((await client.get(`/api/v1/leads/${missed.id}`)).body.isOverdue).toBe(true);
    expect(names(await client.get('/api/v1/leads?overdue=false&sort=name'))).toEqual(['Called', 'Dropped', 'Referral']);
    expect((await client.get('/api/v1/leads/totals?overdue=true')).body).toEqual({ count: 1, amounts: [] });

    // The activities module records a follow-up through markLeadFollowedUp.
    const db = api.database.db;
    const scope = await resolveScope(db, session.org.id, session.user.id, 'admin');
    const at = new Date(now().getTime() - hour);
    expect(await markLeadFollowedUp(db, scope, missed.id, at)).toBe(true);
    const followed = (await client.get(`/api/v1/leads/${missed.id}`)).body;
    expect(followed).toMatchObject({ isOverdue: false, followedUpAt: at.toISOString() });
    expect(names(await client.get('/api/v1/leads?overdue=true'))).toEqual([]);
    // A later activity keeps the first follow-up; an earlier one moves it back.
    expect(await markLeadFollowedUp(db, scope, missed.id, now())).toBe(false);
    const earlier = new Date(at.getTime() - hour);
    expect(await markLeadFollowedUp(db, scope, missed.id, earlier)).toBe(true);
    expect((await client.get(`/api/v1/leads/${missed.id}`)).body.followedUpAt).toBe(earlier.toISOString());
    // Nobody marks a lead they may not see, nor one of another org.
    const rep = await api.invite(client, { role: 'rep', repType: 'inside' });
    const repScope = await resolveScope(db, session.org.id, rep.userId, 'rep', 'inside');
    expect(await markLeadFollowedUp(db, repScope, referral.id, earlier)).toBe(false);
    const otherScope = await resolveScope(db, other.orgId, other.admin.userId, 'admin');
    expect(await markLeadFollowedUp(db, otherScope, referral.id, earlier)).toBe(false);
    expect((await client.get(`/api/v1/leads/${referral.id}`)).body.followedUpAt).toBeNull();
    expect(await markLeadFollowedUp(db, scope, referral.id, earlier)).toBe(true);
  });

  it('shows reps their own leads, managers their team’s, viewers all; other orgs never', async () => {
    const make = (lastName: string, client: HttpClient) =>
      created(client, '/api/v1/leads', { lastName, source: 'event' });
    const rita = await make('Scope Rita', org.r1.client);
    const finn = await make('Scope Finn', org.r2.client);
    const ed = await make('Scope Ed', org.r3.client);
    const all = ['Scope Ed', 'Scope Finn', 'Scope Rita'];
    const list = async (client: HttpClient) => names(await client.get('/api/v1/leads?q=scope&sort=name'));
    expect(await list(org.r1.client)).toEqual(['Scope Rita']);
    expect(await list(org.r3.client)).toEqual(['Scope Ed']);
    expect(await list(org.m1.client)).toEqual(['Scope Finn', 'Scope Rita']);
    expect(await list(org.m2.client)).toEqual(['Scope Ed']);
    expect(await list(org.vp.client)).toEqual(all);
    expect(await list(org.viewer.client)).toEqual(all);
    expect((await org.r1.client.get(`/api/v1/leads/${finn.id}`)).status).toBe(404);
    expect((await org.r1.client.patch(`/api/v1/leads/${finn.id}`, { notes: 'x' })).status).toBe(404);
    expect((await org.r1.client.post(`/api/v1/leads/${finn.id}/archive`)).status).toBe(404);
    expect((await org.m1.client.patch(`/api/v1/leads/${finn.id}`, { notes: 'Coached' })).status).toBe(200);
    expect((await org.m1.client.get(`/api/v1/leads/${ed.id}`)).status).toBe(404);
    expect(names(await org.admin.client.get(`/api/v1/leads?q=scope&teamId=${org.teams.north}&sort=name`))).toEqual([
      'Scope Finn',
      'Scope Rita',
    ]);
    expect(names(await org.admin.client.get(`/api/v1/leads?q=scope&ownerId=${org.r3.userId}`))).toEqual(['Scope Ed']);
    expect((await org.viewer.client.get(`/api/v1/leads/${rita.id}`)).status).toBe(200);
    expect((await org.viewer.client.post('/api/v1/leads', { lastName: 'No', source: 'event' })).status).toBe(403);
    expect((await org.viewer.client.patch(`/api/v1/leads/${rita.id}`, { notes: 'x' })).status).toBe(403);
    expect((await org.viewer.client.post(`/api/v1/leads/${rita.id}/convert`, { deal: null })).status).toBe(403);
    expect((await org.viewer.client.post('/api/v1/leads/bulk', { action: 'archive', ids: [rita.id] })).status).toBe(
      403,
    );
    for (const client of [other.admin.client, other.r1.client]) {
      expect((await client.get(`/api/v1/leads/${rita.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/leads/${rita.id}`, { notes: 'x' })).status).toBe(404);
      expect((await client.post(`/api/v1/leads/${rita.id}/archive`)).status).toBe(404);
      expect((await client.post(`/api/v1/leads/${rita.id}/convert`, { deal: null })).status).toBe(404);
      expect(await list(client)).toEqual([]);
    }
  });

  it('reassigns, archives and restores in bulk, only what the caller may change', async () => {
    const finns = await created(org.r2.client, '/api/v1/leads', { lastName: 'Bulk Finn', source: 'event' });
    const eds = await created(org.r3.client, '/api/v1/leads', { lastName: 'Bulk Ed', source: 'event' });
    const ids = [finns.id, eds.id];
    const reassigned = await org.m1.client.post('/api/v1/leads/bulk', {
      action: 'reassign',
      ids,
      ownerId: org.r1.userId,
    });
    expect(reassigned.body).toEqual({ updated: 1 });
    expect((await org.r1.client.get(`/api/v1/leads/${finns.id}`)).body.ownerId).toBe(org.r1.userId);
    expect((await org.admin.client.get(`/api/v1/leads/${eds.id}`)).body.ownerId).toBe(org.r3.userId);
    expect((await org.r1.client.post('/api/v1/leads/bulk', { action: 'archive', ids })).body).toEqual({ updated: 1 });
    expect((await org.admin.client.get(`/api/v1/leads/${eds.id}`)).body.archivedAt).toBeNull();
    expect((await org.r1.client.post('/api/v1/leads/bulk', { action: 'restore', ids })).body).toEqual({ updated: 1 });
    const stage = await org.r1.client.post('/api/v1/leads/bulk', { action: 'change_stage', ids, stageId: unknown });
    expect(stage.status).toBe(400);
    expect((await other.admin.client.post('/api/v1/leads/bulk', { action: 'archive', ids })).body).toEqual({
      updated: 0,
    });
  });

  it('sorts, filters, searches and pages with a cursor; totals count the filtered rows', async () => {
    const { client } = await api.signUp({ orgName: 'Paging Org' });
    const sources = ['company', 'referral', 'event', 'company', 'partner', 'prospecting', 'company'];
    for (let i = 0; i < 7; i++) {
      await created(client, '/api/v1/leads', {
        firstName: 'Lead',
        lastName: String.fromCharCode(71 - i),
        company: `Firm ${i}`,
        source: sources[i],
        // Two leads with their own deadlines; the other company leads get the org's 24 hours.
        ...(i === 1 ? { followUpDueAt: later(2) } : i === 2 ? { followUpDueAt: later(48) } : {}),
      });
      // A second apart, so equal deadlines do not tie.
      api.clock.advance(1000);
    }
    const first = await client.get('/api/v1/leads?limit=3&sort=name');
    expect(names(first)).toEqual(['Lead A', 'Lead B', 'Lead C']);
    const second = await client.get(`/api/v1/leads?limit=3&sort=name&cursor=${first.body.nextCursor}`);
    expect(names(second)).toEqual(['Lead D', 'Lead E', 'Lead F']);
    const third = await client.get(`/api/v1/leads?limit=3&sort=name&cursor=${second.body.nextCursor}`);
    expect(names(third)).toEqual(['Lead G']);
    expect(third.body.nextCursor).toBeNull();
    // Newest first by default.
    expect(names(await client.get('/api/v1/leads?limit=2'))).toEqual(['Lead A', 'Lead B']);
    // Due soonest first, leads without a deadline last, across pages.
    const due: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const answer = await client.get(`/api/v1/leads?limit=2&sort=followUpDueAt${cursor}`);
      due.push(...names(answer));
      if (!answer.body.nextCursor) break;
      cursor = `&cursor=${answer.body.nextCursor}`;
    }
    expect(due.slice(0, 5)).toEqual(['Lead F', 'Lead G', 'Lead D', 'Lead A', 'Lead E']);
    expect(due.slice(5).sort()).toEqual(['Lead B', 'Lead C']);
    expect(names(await client.get('/api/v1/leads?sort=-company&limit=2'))).toEqual(['Lead A', 'Lead B']);
    expect(names(await client.get('/api/v1/leads?source=company&sort=name'))).toEqual(['Lead A', 'Lead D', 'Lead G']);
    expect(names(await client.get('/api/v1/leads?status=new&source=partner'))).toEqual(['Lead C']);
    expect(names(await client.get('/api/v1/leads?q=firm%203'))).toEqual(['Lead D']);
    expect((await client.get('/api/v1/leads/totals')).body).toEqual({ count: 7, amounts: [] });
    expect((await client.get('/api/v1/leads/totals?source=company')).body.count).toBe(3);
    // Created days are cut in the org's time zone (UTC here).
    const today = (await client.get('/api/v1/leads?limit=1')).body.items[0].createdAt.slice(0, 10);
    const tomorrow = new Date(Date.parse(today) + 24 * hour).toISOString().slice(0, 10);
    expect((await client.get(`/api/v1/leads/totals?createdFrom=${today}&createdTo=${today}`)).body.count).toBe(7);
    expect((await client.get(`/api/v1/leads/totals?createdFrom=${tomorrow}`)).body.count).toBe(0);
    expect((await client.get(`/api/v1/leads/totals?createdTo=2020-01-01`)).body.count).toBe(0);
    const badDay = await client.get('/api/v1/leads?createdFrom=2026-02-30');
    expect(badDay.status).toBe(400);
    expect(badDay.body.error.fields[0].path).toBe('querystring.createdFrom');
    expect((await client.get('/api/v1/leads?sort=colour')).status).toBe(400);
    expect((await client.get('/api/v1/leads?status=lost')).status).toBe(400);
    expect((await client.get('/api/v1/leads?cursor=garbage')).status).toBe(400);
  });
});
