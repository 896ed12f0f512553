import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const subjects = (answer: { body: { items: { subject: string | null }[] } }) => answer.body.items.map((a) => a.subject);
const unknown = '00000000-0000-4000-8000-000000000000';

describeApi('activities', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let acme: string;
  let contact: string;
  let lead: string;

  it('builds two orgs with an account, a contact and a lead', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    acme = (await org.r1.client.post('/api/v1/accounts', { name: 'Acme' })).body.id;
    contact = (await org.r1.client.post('/api/v1/contacts', { lastName: 'Buyer', accountId: acme })).body.id;
    lead = (await org.r1.client.post('/api/v1/leads', { lastName: 'Prospect', source: 'company' })).body.id;
    expect([acme, contact, lead].every(Boolean)).toBe(true);
  });

  it('logs a call as done now, plans a visit, and fills the account from the contact', async () => {
    expect((await api.client().post('/api/v1/activities', { type: 'call' })).status).toBe(401);
    const call = await org.r1.client.post('/api/v1/activities', {
      type: 'call',
      direction: 'outbound',
      outcome: 'connected',
      subject: 'Intro call',
      notes: 'Talked pricing',
      contactId: contact,
      durationMinutes: 15,
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      type: 'call',
      ownerId: org.r1.userId,
      ownerName: 'Rita Inside',
      completedAt: api.clock.now().toISOString(),
      contactId: contact,
      contactName: 'Buyer',
      accountId: acme,
      accountName: 'Acme',
      callReportId: null,
    });
    const planned = await org.r1.client.post('/api/v1/activities', {
      type: 'visit',
      subject: 'Site visit',
      completedAt: null,
      scheduledAt: '2026-03-05T10:00:00Z',
      accountId: acme,
    });
    expect(planned.body).toMatchObject({ completedAt: null, scheduledAt: '2026-03-05T10:00:00.000Z' });
    const done = await org.r1.client.get('/api/v1/activities?state=done');
    expect(subjects(done)).toEqual(['Intro call']);
    expect(subjects(await org.r1.client.get('/api/v1/activities?state=planned'))).toEqual(['Site visit']);
    expect((await org.r1.client.get(`/api/v1/activities/${call.body.id}`)).body.notes).toBe('Talked pricing');
  });

  it('counts an activity logged on a lead as its follow-up', async () => {
    const before = await org.r1.client.get(`/api/v1/leads/${lead}`);
    expect(before.body.followedUpAt).toBeNull();
    const logged = await org.r1.client.post('/api/v1/activities', {
      type: 'email',
      subject: 'Reply to inquiry',
      leadId: lead,
      completedAt: '2026-03-01T08:30:00Z',
    });
    expect(logged.body).toMatchObject({ leadId: lead, leadName: 'Prospect', accountId: null });
    const after = await org.r1.client.get(`/api/v1/leads/${lead}`);
    expect(after.body.followedUpAt).toBe('2026-03-01T08:30:00.000Z');
    // A planned activity is no follow-up yet.
    const other = (await org.r1.client.post('/api/v1/leads', { lastName: 'Later', source: 'company' })).body.id;
    await org.r1.client.post('/api/v1/activities', { type: 'call', leadId: other, completedAt: null });
    expect((await org.r1.client.get(`/api/v1/leads/${other}`)).body.followedUpAt).toBeNull();
  });

  it('fills the account from a deal, and links deals the rep holds a split of', async () => {
    const deal = (await org.r1.client.post('/api/v1/deals', { name: 'Acme order', accountId: acme })).body.id;
    const demo = await org.r1.client.post('/api/v1/activities', { type: 'presentation', dealId: deal });
    expect(demo.body).toMatchObject({ dealId: deal, dealName: 'Acme order', accountId: acme, accountName: 'Acme' });
    // Given both, the account stays as given.
    const elsewhere = (await org.r1.client.post('/api/v1/accounts', { name: 'Other site' })).body.id;
    const kept = await org.r1.client.post('/api/v1/activities', { type: 'visit', dealId: deal, accountId: elsewhere });
    expect(kept.body.accountId).toBe(elsewhere);
    const shared = await org.m2.client.post('/api/v1/deals', {
      name: 'Shared order',
      splits: [
        { userId: org.m2.userId, percent: '60' },
        { userId: org.r3.userId, percent: '40' },
      ],
    });
    expect((await org.r3.client.post('/api/v1/activities', { type: 'call', dealId: shared.body.id })).status).toBe(201);
    const hidden = await org.r3.client.post('/api/v1/activities', { type: 'call', dealId: deal });
    expect(hidden.body.error.fields[0].path).toBe('dealId');
  });

  it('validates input and links with the field path', async () => {
    const noType = await org.r1.client.post('/api/v1/activities', { subject: 'x' });
    expect(noType.status).toBe(400);
    expect(noType.body.error.fields[0].path).toBe('type');
    const outcome = await org.r1.client.post('/api/v1/activities', { type: 'call', outcome: 'maybe' });
    expect(outcome.body.error.fields[0].path).toBe('outcome');
    const duration = await org.r1.client.post('/api/v1/activities', { type: 'call', durationMinutes: -5 });
    expect(duration.body.error.fields[0].path).toBe('durationMinutes');
    const when = await org.r1.client.post('/api/v1/activities', { type: 'call', completedAt: 'yesterday' });
    expect(when.body.error.fields[0].path).toBe('completedAt');
    for (const field of ['accountId', 'contactId', 'dealId', 'leadId', 'ownerId']) {
      const answer = await org.r1.client.post('/api/v1/activities', { type: 'call', [field]: unknown });
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.fields[0].path).toBe(field);
    }
    // Records of another rep, or of another org, cannot be linked either.
    const finns = (await org.r2.client.post('/api/v1/accounts', { name: 'Finn Co' })).body.id;
    const foreign = (await other.r1.client.post('/api/v1/leads', { lastName: 'Foreign', source: 'event' })).body.id;
    const hidden = await org.r1.client.post('/api/v1/activities', { type: 'call', accountId: finns });
    expect(hidden.body.error.fields[0].path).toBe('accountId');
    const abroad = await org.r1.client.post('/api/v1/activities', { type: 'call', leadId: foreign });
    expect(abroad.body.error.fields[0].path).toBe('leadId');
    // The manager sees both reps' accounts.
    expect((await org.m1.client.post('/api/v1/activities', { type: 'call', accountId: finns })).status).toBe(201);
    expect((await org.r1.client.get(`/api/v1/activities/${unknown}`)).status).toBe(404);
    expect((await org.r1.client.get('/api/v1/activities?sort=colour')).status).toBe(400);
    expect((await org.r1.client.get('/api/v1/activities?from=2026-02-30')).body.error.fields[0].path).toBe(
      'querystring.from',
    );
  });

  it('shows reps their own, managers their team’s, admins and viewers all; other orgs never', async () => {
    const r2 = await org.r2.client.post('/api/v1/activities', { type: 'visit', subject: 'Field visit' });
    const r3account = (await org.r3.client.post('/api/v1/accounts', { name: 'External Co' })).body.id;
    const r3 = await org.r3.client.post('/api/v1/activities', {
      type: 'meeting',
      subject: 'Partner meeting',
      accountId: r3account,
    });
    // A manager's activity at the external rep's account: reachable through the account, but not for external reps.
    await org.m2.client.post('/api/v1/activities', { type: 'call', subject: 'Manager call', accountId: r3account });
    expect(subjects(await org.r1.client.get('/api/v1/activities'))).not.toContain('Field visit');
    expect((await org.r1.client.get(`/api/v1/activities/${r2.body.id}`)).status).toBe(404);
    expect((await org.r1.client.patch(`/api/v1/activities/${r2.body.id}`, { subject: 'Mine' })).status).toBe(404);
    const m1 = subjects(await org.m1.client.get('/api/v1/activities?limit=500'));
    expect(m1).toEqual(expect.arrayContaining(['Field visit', 'Intro call']));
    expect(m1).not.toContain('Partner meeting');
    const external = subjects(await org.r3.client.get('/api/v1/activities'));
    expect(external).toContain('Partner meeting');
    expect(external).not.toContain('Manager call');
    expect(subjects(await org.m2.client.get('/api/v1/activities'))).toEqual(
      expect.arrayContaining(['Partner meeting', 'Manager call']),
    );
    expect(subjects(await org.vp.client.get('/api/v1/activities?limit=500'))).toEqual(
      expect.arrayContaining(['Field visit', 'Partner meeting']),
    );
    expect(subjects(await org.viewer.client.get('/api/v1/activities?limit=500'))).toContain('Partner meeting');
    expect((await org.viewer.client.post('/api/v1/activities', { type: 'call' })).status).toBe(403);
    expect((await org.viewer.client.patch(`/api/v1/activities/${r3.body.id}`, { subject: 'x' })).status).toBe(403);
    for (const client of [other.admin.client, other.r1.client]) {
      expect((await client.get(`/api/v1/activities/${r3.body.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/activities/${r3.body.id}`, { subject: 'x' })).status).toBe(404);
      expect((await client.post(`/api/v1/activities/${r3.body.id}/archive`)).status).toBe(404);
      expect(subjects(await client.get('/api/v1/activities?limit=500'))).not.toContain('Partner meeting');
    }
  });

  it('audits edits and archives with the changed fields', async () => {
    const logged = await org.r1.client.post('/api/v1/activities', { type: 'call', subject: 'Draft subject' });
    const id = logged.body.id;
    const changed = await org.r1.client.patch(`/api/v1/activities/${id}`, {
      subject: 'Better subject',
      outcome: 'left_message',
      completedAt: logged.body.completedAt,
    });
    expect(changed.body).toMatchObject({ subject: 'Better subject', outcome: 'left_message' });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=activity');
    expect(audit.body.items[0]).toMatchObject({
      action: 'activity.updated',
      entityId: id,
      data: { subject: { from: 'Draft subject', to: 'Better subject' }, outcome: { from: null, to: 'left_message' } },
    });
    expect(audit.body.items[0].data.completedAt).toBeUndefined();
    // Moving the contact moves the account with it.
    const elsewhere = (await org.r1.client.post('/api/v1/accounts', { name: 'Elsewhere' })).body.id;
    const person = (await org.r1.client.post('/api/v1/contacts', { lastName: 'Moved', accountId: elsewhere })).body.id;
    const moved = await org.r1.client.patch(`/api/v1/activities/${id}`, { contactId: person });
    expect(moved.body).toMatchObject({ contactId: person, accountId: elsewhere });
    const archived = await org.r1.client.post(`/api/v1/activities/${id}/archive`);
    expect(archived.body.archivedAt).not.toBeNull();
    expect(subjects(await org.r1.client.get('/api/v1/activities'))).not.toContain('Better subject');
    expect(subjects(await org.r1.client.get('/api/v1/activities?archived=true'))).toContain('Better subject');
    expect((await org.r1.client.post(`/api/v1/activities/${id}/restore`)).body.archivedAt).toBeNull();
    const events = (await org.admin.client.get('/api/v1/audit-events?entity=activity')).body.items;
    expect(events.slice(0, 2).map((e: { action: string }) => e.action)).toEqual([
      'activity.restored',
      'activity.archived',
    ]);
  });

  it('filters by type, outcome, link, owner, team, words and days in the org time zone; pages with a cursor', async () => {
    const { client } = await api.signUp({ orgName: 'Days Org' });
    expect((await client.patch('/api/v1/org', { timeZone: 'America/New_York' })).status).toBe(200);
    // 2026-03-03 01:30 UTC is still March 2 in New York.
    const times = ['2026-03-02T14:00:00Z', '2026-03-03T01:30:00Z', '2026-03-03T15:00:00Z', '2026-03-04T12:00:00Z'];
    for (const [i, completedAt] of times.entries()) {
      await client.post('/api/v1/activities', {
        type: i % 2 ? 'visit' : 'call',
        outcome: i === 0 ? 'no_answer' : 'connected',
        subject: `Step ${i}`,
        notes: i === 2 ? 'Signed the renewal' : null,
        completedAt,
      });
    }
    expect(subjects(await client.get('/api/v1/activities?from=2026-03-02&to=2026-03-02'))).toEqual([
      'Step 1',
      'Step 0',
    ]);
    expect(subjects(await client.get('/api/v1/activities?from=2026-03-03'))).toEqual(['Step 3', 'Step 2']);
    expect(subjects(await client.get('/api/v1/activities?type=visit'))).toEqual(['Step 3', 'Step 1']);
    expect(subjects(await client.get('/api/v1/activities?outcome=no_answer'))).toEqual(['Step 0']);
    expect(subjects(await client.get('/api/v1/activities?q=renewal%20signed'))).toEqual(['Step 2']);
    expect(subjects(await client.get('/api/v1/activities?q=step%203'))).toEqual(['Step 3']);
    const first = await client.get('/api/v1/activities?limit=3&sort=completedAt');
    expect(subjects(first)).toEqual(['Step 0', 'Step 1', 'Step 2']);
    const next = await client.get(`/api/v1/activities?limit=3&sort=completedAt&cursor=${first.body.nextCursor}`);
    expect(subjects(next)).toEqual(['Step 3']);
    expect(next.body.nextCursor).toBeNull();
    expect((await client.get('/api/v1/activities/totals?type=call')).body).toEqual({ count: 2, amounts: [] });

    expect(subjects(await org.m1.client.get(`/api/v1/activities?accountId=${acme}&state=planned`))).toEqual([
      'Site visit',
    ]);
    expect(subjects(await org.m1.client.get(`/api/v1/activities?contactId=${contact}`))).toEqual(['Intro call']);
    expect(subjects(await org.m1.client.get(`/api/v1/activities?leadId=${lead}`))).toEqual(['Reply to inquiry']);
    const byOwner = subjects(await org.vp.client.get(`/api/v1/activities?ownerId=${org.r2.userId}`));
    expect(byOwner).toEqual(['Field visit']);
    const south = subjects(await org.vp.client.get(`/api/v1/activities?teamId=${org.teams.south}`));
    expect(south).toEqual(expect.arrayContaining(['Partner meeting', 'Manager call']));
    expect(south).not.toContain('Field visit');
  });

  it('reassigns and archives in bulk, only what the caller may change', async () => {
    const mine = await org.r2.client.post('/api/v1/activities', { type: 'task', subject: 'Bulk one' });
    const theirs = await org.r3.client.post('/api/v1/activities', { type: 'task', subject: 'Bulk two' });
    const reassigned = await org.m1.client.post('/api/v1/activities/bulk', {
      action: 'reassign',
      ids: [mine.body.id, theirs.body.id],
      ownerId: org.r1.userId,
    });
    expect(reassigned.body).toEqual({ updated: 1 });
    expect((await org.r1.client.get(`/api/v1/activities/${mine.body.id}`)).body.ownerId).toBe(org.r1.userId);
    const stage = await org.m1.client.post('/api/v1/activities/bulk', {
      action: 'change_stage',
      ids: [mine.body.id],
      stageId: unknown,
    });
    expect(stage.status).toBe(400);
    const archived = await org.r1.client.post('/api/v1/activities/bulk', { action: 'archive', ids: [mine.body.id] });
    expect(archived.body).toEqual({ updated: 1 });
  });
});
