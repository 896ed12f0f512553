import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';

const tokenOf = (url: string) => new URL(url).searchParams.get('token') as string;

describeApi('invitations', (api) => {
  it('invites a field rep by mail; accepting creates the login, the membership and the team place', async () => {
    const { client: admin } = await api.signUp();
    const team = await admin.post('/api/v1/teams', { name: 'Field' });
    const sent = await admin.post('/api/v1/invitations', {
      email: 'Fred@Example.com',
      role: 'rep',
      repType: 'field',
      teamId: team.body.id,
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      email: 'fred@example.com',
      role: 'rep',
      repType: 'field',
      status: 'pending',
      mailSent: true,
    });
    const mail = api.mailer.sent.findLast((m) => m.to === 'fred@example.com');
    expect(mail?.text).toContain(sent.body.acceptUrl);

    const token = tokenOf(sent.body.acceptUrl);
    const preview = await api.client().get(`/api/v1/invitations/preview?token=${token}`);
    expect(preview.body).toMatchObject({
      orgName: 'Acme Sales',
      email: 'fred@example.com',
      role: 'rep',
      existingUser: false,
    });

    const fred = api.client();
    const noName = await fred.post('/api/v1/invitations/accept', { token, password: 'fred password 1' });
    expect(noName.body.error.fields[0].path).toBe('name');
    const accepted = await fred.post('/api/v1/invitations/accept', {
      token,
      name: 'Fred Field',
      password: 'fred password 1',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.member).toMatchObject({ role: 'rep', repType: 'field', teamIds: [team.body.id] });
    expect(
      (await api.client().post('/api/v1/invitations/accept', { token, name: 'X', password: 'whatever 123' })).status,
    ).toBe(410);
    const list = await admin.get('/api/v1/invitations');
    expect(list.body.items[0].status).toBe('accepted');
  });

  it('keeps the invitation and hands out the link when mail cannot be sent', async () => {
    const { client: admin } = await api.signUp();
    api.mailer.failing = true;
    try {
      const sent = await admin.post('/api/v1/invitations', { email: 'offline@example.com', role: 'viewer' });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ status: 'pending', mailSent: false });
      expect(sent.body.acceptUrl).toContain('/invite?token=pci_');
    } finally {
      api.mailer.failing = false;
    }
  });

  it('requires a rep type for reps and none for others', async () => {
    const { client: admin } = await api.signUp();
    const noType = await admin.post('/api/v1/invitations', { email: 'a@example.com', role: 'rep' });
    expect(noType.status).toBe(400);
    expect(noType.body.error.fields).toEqual([{ path: 'repType', message: 'A rep needs a rep type' }]);
    const extra = await admin.post('/api/v1/invitations', {
      email: 'b@example.com',
      role: 'manager',
      repType: 'field',
    });
    expect(extra.status).toBe(400);
  });

  it('refuses to invite a member, and lets an existing login join with its own password', async () => {
    const first = await api.signUp();
    const second = await api.signUp({ orgName: 'Second' });
    const self = await first.client.post('/api/v1/invitations', { email: first.email, role: 'viewer' });
    expect(self.body.error.code).toBe('ALREADY_MEMBER');
    const sent = await second.client.post('/api/v1/invitations', { email: first.email, role: 'viewer' });
    const token = tokenOf(sent.body.acceptUrl);
    expect((await api.client().get(`/api/v1/invitations/preview?token=${token}`)).body.existingUser).toBe(true);
    const wrong = await api.client().post('/api/v1/invitations/accept', { token, password: 'not the password' });
    expect(wrong.status).toBe(400);
    const joined = await api.client().post('/api/v1/invitations/accept', { token, password: 'correct horse battery' });
    expect(joined.body.org.name).toBe('Second');
    expect(joined.body.memberships).toHaveLength(2);
  });

  it('revokes, resends (the old link stops working) and expires invitations', async () => {
    const { client: admin, email } = await api.signUp();
    const sent = await admin.post('/api/v1/invitations', { email: 'r@example.com', role: 'viewer' });
    const resent = await admin.post(`/api/v1/invitations/${sent.body.id}/resend`);
    expect(resent.status).toBe(200);
    expect((await api.client().get(`/api/v1/invitations/preview?token=${tokenOf(sent.body.acceptUrl)}`)).status).toBe(
      410,
    );
    expect((await api.client().get(`/api/v1/invitations/preview?token=${tokenOf(resent.body.acceptUrl)}`)).status).toBe(
      200,
    );
    expect((await admin.delete(`/api/v1/invitations/${sent.body.id}`)).status).toBe(204);
    expect((await api.client().get(`/api/v1/invitations/preview?token=${tokenOf(resent.body.acceptUrl)}`)).status).toBe(
      410,
    );

    const later = await admin.post('/api/v1/invitations', { email: 'late@example.com', role: 'viewer' });
    api.clock.advance(15 * 86_400_000);
    const expired = await api.client().get(`/api/v1/invitations/preview?token=${tokenOf(later.body.acceptUrl)}`);
    expect(expired.body.error.code).toBe('TOKEN_INVALID');
    // Fifteen days on, the admin's own session has expired too.
    expect((await admin.get('/api/v1/invitations')).status).toBe(401);
    await admin.post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' });
    const list = await admin.get('/api/v1/invitations');
    expect(list.body.items.find((i: { id: string }) => i.id === later.body.id).status).toBe('expired');
  });
});
