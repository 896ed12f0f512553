import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';

describeApi('sign-up, sign-in, sessions, password reset', (api) => {
  it('signs up a new org whose first user is its admin, signed in at once', async () => {
    const { client, session, email } = await api.signUp({
      orgName: 'Northwind',
      currency: 'eur',
      timeZone: 'Europe/Berlin',
    });
    expect(session.member.role).toBe('admin');
    expect(session.user.email).toBe(email);
    expect(session.org).toMatchObject({
      name: 'Northwind',
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      defaultLocale: 'en',
    });
    expect((await client.get('/api/v1/session')).body.org.name).toBe('Northwind');
  });

  it('sets an httpOnly, SameSite session cookie', async () => {
    const answer = await api.client().post('/api/v1/auth/sign-up', {
      orgName: 'Cookie Co',
      name: 'Cy',
      email: 'cookie@example.com',
      password: 'long enough password',
    });
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pacer_session=pcs_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('names each invalid field of a bad sign-up and creates nothing', async () => {
    const answer = await api
      .client()
      .post('/api/v1/auth/sign-up', { orgName: '', name: 'X', email: 'nope', password: 'short' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    const paths = answer.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['email', 'orgName', 'password']);
    const signIn = await api.client().post('/api/v1/auth/sign-in', { email: 'nope', password: 'short' });
    expect(signIn.status).toBe(400);
  });

  it('refuses a second sign-up with a taken e-mail unless its password is proven', async () => {
    const { email } = await api.signUp();
    const wrong = await api
      .client()
      .post('/api/v1/auth/sign-up', { orgName: 'Two', name: 'A', email, password: 'another password' });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('EMAIL_TAKEN');
    const right = api.client();
    const second = await right.post('/api/v1/auth/sign-up', {
      orgName: 'Two',
      name: 'A',
      email,
      password: 'correct horse battery',
    });
    expect(second.status).toBe(201);
    expect(second.body.memberships).toHaveLength(2);
  });

  it('signs in, signs out, and refuses wrong passwords and unknown e-mails alike', async () => {
    const { email } = await api.signUp();
    const client = api.client();
    expect((await client.post('/api/v1/auth/sign-in', { email, password: 'wrong password' })).body.error.code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await client.post('/api/v1/auth/sign-in', { email: 'ghost@example.com', password: 'x' })).status).toBe(401);
    const signedIn = await client.post('/api/v1/auth/sign-in', {
      email: email.toUpperCase(),
      password: 'correct horse battery',
    });
    expect(signedIn.status).toBe(200);
    expect((await client.get('/api/v1/session')).status).toBe(200);
    expect((await client.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect((await client.get('/api/v1/session')).status).toBe(401);
  });

  it('requires the CSRF token for cookie-authenticated writes', async () => {
    const { client } = await api.signUp();
    client.dropCsrf();
    const answer = await client.patch('/api/v1/org', { name: 'Hijacked' });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('CSRF_TOKEN_INVALID');
    await client.get('/api/v1/session');
    expect((await client.patch('/api/v1/org', { name: 'Renamed' })).status).toBe(200);
  });

  it('resets a forgotten password by mail, once, and ends old sessions', async () => {
    const { client: old, email } = await api.signUp();
    const token0 = (await old.post('/api/v1/me/tokens', { name: 'script' })).body.token;
    const asked = await api.client().post('/api/v1/auth/password-reset/request', { email });
    expect(asked.status).toBe(202);
    const unknown = await api.client().post('/api/v1/auth/password-reset/request', { email: 'nobody@example.com' });
    expect(unknown.status).toBe(202);
    const mail = api.mailer.sent.findLast((m) => m.to === email);
    const token = mail?.text.match(/token=([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    const confirm = await api
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: 'brand new password' });
    expect(confirm.status).toBe(200);
    const again = await api
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: 'other new password' });
    expect(again.status).toBe(410);
    expect((await old.get('/api/v1/session')).status).toBe(401);
    expect((await api.client().withToken(token0).get('/api/v1/session')).status).toBe(401);
    const client = api.client();
    expect((await client.post('/api/v1/auth/sign-in', { email, password: 'brand new password' })).status).toBe(200);
  });

  it('expires reset links after an hour', async () => {
    const { email } = await api.signUp();
    await api.client().post('/api/v1/auth/password-reset/request', { email });
    const token = api.mailer.sent.findLast((m) => m.to === email)?.text.match(/token=([\w-]+)/)?.[1];
    api.clock.advance(61 * 60_000);
    const late = await api
      .client()
      .post('/api/v1/auth/password-reset/confirm', { token, password: 'brand new password' });
    expect(late.body.error.code).toBe('TOKEN_INVALID');
  });

  it('switches between the orgs a login belongs to, and only those', async () => {
    const first = await api.signUp({ orgName: 'First Org' });
    const second = await api.client().post('/api/v1/auth/sign-up', {
      orgName: 'Second Org',
      name: 'Ada Admin',
      email: first.email,
      password: 'correct horse battery',
    });
    const stranger = await api.signUp({ orgName: 'Stranger Org' });
    const client = first.client;
    const switched = await client.put('/api/v1/session/org', { orgId: second.body.org.id });
    expect(switched.status).toBe(200);
    expect(switched.body.org.name).toBe('Second Org');
    expect((await client.get('/api/v1/org')).body.name).toBe('Second Org');
    const refused = await client.put('/api/v1/session/org', { orgId: stranger.session.org.id });
    expect(refused.status).toBe(403);
    expect((await client.get('/api/v1/org')).body.name).toBe('Second Org');
    const signedIn = await api
      .client()
      .post('/api/v1/auth/sign-in', { email: first.email, password: 'correct horse battery' });
    expect(signedIn.body.org.name).toBe('Second Org');
    expect(signedIn.body.memberships.map((m: { orgName: string }) => m.orgName).sort()).toEqual([
      'First Org',
      'Second Org',
    ]);
    const chosen = await api.client().post('/api/v1/auth/sign-in', {
      email: first.email,
      password: 'correct horse battery',
      orgId: first.session.org.id,
    });
    expect(chosen.body.org.name).toBe('First Org');
  });

  it('changes the language and name of the signed-in user', async () => {
    const { client } = await api.signUp();
    const answer = await client.patch('/api/v1/me', { locale: 'de', name: 'Ada Lovelace' });
    expect(answer.status).toBe(200);
    expect(answer.body.locale).toBe('de');
    expect(answer.body.user.name).toBe('Ada Lovelace');
    expect((await client.patch('/api/v1/me', { locale: null })).body.locale).toBe('en');
    expect((await client.patch('/api/v1/me', { locale: 'fr' })).status).toBe(400);
  });

  it('changes the password only with the current one', async () => {
    const { client, email } = await api.signUp();
    const bad = await client.post('/api/v1/me/password', { currentPassword: 'nope', newPassword: 'another long one' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('currentPassword');
    expect(
      (
        await client.post('/api/v1/me/password', {
          currentPassword: 'correct horse battery',
          newPassword: 'another long one',
        })
      ).status,
    ).toBe(200);
    expect((await client.get('/api/v1/session')).status).toBe(200);
    expect((await api.client().post('/api/v1/auth/sign-in', { email, password: 'another long one' })).status).toBe(200);
  });
});

describeApi(
  'rate limits on sign-in',
  (api) => {
    it('answers 429 after too many attempts from one address', async () => {
      const client = api.client();
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await client.post('/api/v1/auth/sign-in', { email: 'x@example.com', password: 'wrong' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const limited = await client.post('/api/v1/auth/sign-in', { email: 'x@example.com', password: 'wrong' });
      expect(limited.body.error.code).toBe('RATE_LIMITED');
    });
  },
  { authPerMinute: 3 },
);

describeApi(
  'behind a TLS-terminating proxy',
  (api) => {
    it('marks the session cookie Secure when the proxy says the request came over HTTPS', async () => {
      const body = { orgName: 'Proxy Co', name: 'Pat', email: 'proxy@example.com', password: 'long enough password' };
      const overHttps = await api
        .client()
        .request('POST', '/api/v1/auth/sign-up', body, { 'x-forwarded-proto': 'https' });
      expect(overHttps.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      expect(overHttps.headers.get('strict-transport-security')).toBeTruthy();
      const overHttp = await api
        .client()
        .request('POST', '/api/v1/auth/sign-in', { email: body.email, password: body.password });
      expect(overHttp.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    });
  },
  { trustProxy: true },
);
