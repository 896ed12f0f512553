import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';

describeApi('org settings and the audit log', (api) => {
  it('changes settings and records who changed what', async () => {
    const { client: admin } = await api.signUp();
    const answer = await admin.patch('/api/v1/org', {
      name: 'Acme GmbH',
      currency: 'chf',
      timeZone: 'Europe/Zurich',
      fiscalYearStartMonth: 4,
      defaultLocale: 'de',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      name: 'Acme GmbH',
      currency: 'CHF',
      timeZone: 'Europe/Zurich',
      fiscalYearStartMonth: 4,
      defaultLocale: 'de',
    });
    expect((await admin.get('/api/v1/session')).body.locale).toBe('de');
    const audit = await admin.get('/api/v1/audit-events');
    expect(audit.body.items[0]).toMatchObject({ action: 'org.updated', actorName: 'Ada Admin' });
    expect(audit.body.items[0].data.currency).toEqual({ from: 'USD', to: 'CHF' });
  });

  it('names each invalid setting and changes nothing', async () => {
    const { client: admin } = await api.signUp();
    const answer = await admin.patch('/api/v1/org', {
      currency: 'EURO',
      timeZone: 'Mars/Olympus',
      fiscalYearStartMonth: 13,
      name: 'Kept?',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'currency',
      'fiscalYearStartMonth',
      'timeZone',
    ]);
    expect((await admin.get('/api/v1/org')).body.name).toBe('Acme Sales');
  });

  it('pages the audit log without skipping events written in the same instant', async () => {
    const { client: admin } = await api.signUp();
    for (const name of ['One', 'Two', 'Three']) await admin.post('/api/v1/regions', { name });
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { body: any } = await admin.get(`/api/v1/audit-events?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((e: { id: string }) => e.id));
      cursor = page.body.nextCursor;
    }
    const all = await admin.get('/api/v1/audit-events?limit=100');
    expect(seen).toEqual(all.body.items.map((e: { id: string }) => e.id));
    expect(seen.length).toBe(4);
  });

  it('refuses a rep type for a member who is not a rep', async () => {
    const { client: admin } = await api.signUp();
    const viewer = await api.invite(admin, { role: 'viewer' });
    const answer = await admin.patch(`/api/v1/members/${viewer.userId}`, { repType: 'inside' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields[0].path).toBe('repType');
    const promoted = await admin.patch(`/api/v1/members/${viewer.userId}`, { role: 'rep', repType: 'field' });
    expect(promoted.body).toMatchObject({ role: 'rep', repType: 'field' });
  });

  it('keeps one active admin', async () => {
    const { client: admin, session } = await api.signUp();
    const answer = await admin.patch(`/api/v1/members/${session.user.id}`, { role: 'viewer' });
    expect(answer.body.error.code).toBe('LAST_ADMIN');
  });

  it('pages the member list with a cursor and filters it', async () => {
    const { client: admin } = await api.signUp();
    for (const name of ['Bea', 'Cal', 'Dee']) await api.invite(admin, { role: 'rep', repType: 'inside', name });
    const first = await admin.get('/api/v1/members?limit=2');
    expect(first.body.items.map((m: { name: string }) => m.name)).toEqual(['Ada Admin', 'Bea']);
    const second = await admin.get(`/api/v1/members?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((m: { name: string }) => m.name)).toEqual(['Cal', 'Dee']);
    expect(second.body.nextCursor).toBeNull();
    expect((await admin.get('/api/v1/members?q=cal')).body.items.map((m: { name: string }) => m.name)).toEqual(['Cal']);
    expect((await admin.get('/api/v1/members?role=admin')).body.items).toHaveLength(1);
    expect((await admin.get('/api/v1/members?cursor=garbage')).status).toBe(400);
  });
});
