import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const day = '2026-03-02';
const subjects = (report: { activities: { subject: string | null }[] }) => report.activities.map((a) => a.subject);

describeApi('call reports', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let reportId: string;
  const logged: string[] = [];

  it('shows a rep the day’s done activities before anything is saved', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const shop = (await org.r2.client.post('/api/v1/accounts', { name: 'Corner Shop' })).body.id;
    for (const [i, time] of ['08:15', '10:40', '14:05'].entries()) {
      const answer = await org.r2.client.post('/api/v1/activities', {
        type: i === 1 ? 'call' : 'visit',
        outcome: 'connected',
        subject: `Stop ${i + 1}`,
        notes: `Notes of stop ${i + 1}`,
        accountId: shop,
        completedAt: `${day}T${time}:00Z`,
      });
      logged.push(answer.body.id);
    }
    await org.r2.client.post('/api/v1/activities', {
      type: 'call',
      subject: 'Yesterday',
      completedAt: '2026-03-01T12:00:00Z',
    });
    await org.r2.client.post('/api/v1/activities', {
      type: 'visit',
      subject: 'Planned',
      completedAt: null,
      scheduledAt: `${day}T16:00:00Z`,
    });
    const mine = await org.r2.client.get(`/api/v1/call-reports/mine/${day}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      id: null,
      repId: org.r2.userId,
      repName: 'Finn Field',
      day,
      status: 'draft',
      summary: null,
      activityCount: 3,
      comments: [],
    });
    expect(subjects(mine.body)).toEqual(['Stop 1', 'Stop 2', 'Stop 3']);
    expect((await api.client().get(`/api/v1/call-reports/mine/${day}`)).status).toBe(401);
    const bad = await org.r2.client.get('/api/v1/call-reports/mine/2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('params.day');
  });

  it('saves the summary as a draft, refuses to submit an empty day', async () => {
    const saved = await org.r2.client.put(`/api/v1/call-reports/mine/${day}`, { summary: 'Good day in the north' });
    expect(saved.body).toMatchObject({ status: 'draft', summary: 'Good day in the north', activityCount: 3 });
    expect(saved.body.id).toEqual(expect.any(String));
    reportId = saved.body.id;
    const tooLong = await org.r2.client.put(`/api/v1/call-reports/mine/${day}`, { summary: 'x'.repeat(20_001) });
    expect(tooLong.body.error.fields[0].path).toBe('summary');
    const empty = await org.r2.client.post('/api/v1/call-reports/mine/2026-02-20/submit', {});
    expect(empty.status).toBe(409);
    expect((await org.r2.client.get('/api/v1/call-reports/mine/2026-02-20')).body.id).toBeNull();
    expect((await org.viewer.client.put(`/api/v1/call-reports/mine/${day}`, { summary: 'x' })).status).toBe(403);
    // A manager sees the draft in the team's list.
    const list = await org.m1.client.get('/api/v1/call-reports');
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: reportId, status: 'draft', activityCount: 3, commentCount: 0 }),
    ]);
  });

  it('submits the day as one unit and locks its activities', async () => {
    const submitted = await org.r2.client.post(`/api/v1/call-reports/mine/${day}/submit`, {});
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      id: reportId,
      status: 'submitted',
      summary: 'Good day in the north',
      submittedAt: api.clock.now().toISOString(),
      activityCount: 3,
    });
    expect(submitted.body.activities.every((a: { callReportId: string }) => a.callReportId === reportId)).toBe(true);
    const [first] = logged;
    const edit = await org.r2.client.patch(`/api/v1/activities/${first}`, { notes: 'Rewritten' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('RECORD_LOCKED');
    expect((await org.r2.client.post(`/api/v1/activities/${first}/archive`)).body.error.code).toBe('RECORD_LOCKED');
    const bulk = await org.m1.client.post('/api/v1/activities/bulk', { action: 'archive', ids: logged });
    expect(bulk.body).toEqual({ updated: 0 });
    expect((await org.r2.client.put(`/api/v1/call-reports/mine/${day}`, { summary: 'Changed' })).status).toBe(409);
    expect((await org.r2.client.post(`/api/v1/call-reports/mine/${day}/submit`, {})).body.error.code).toBe(
      'RECORD_LOCKED',
    );
    // An activity logged later on that day stays outside the submitted report.
    await org.r2.client.post('/api/v1/activities', {
      type: 'call',
      subject: 'Late call',
      completedAt: `${day}T18:00:00Z`,
    });
    const mine = await org.r2.client.get(`/api/v1/call-reports/mine/${day}`);
    expect(subjects(mine.body)).toEqual(['Stop 1', 'Stop 2', 'Stop 3']);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=call_report');
    expect(audit.body.items[0]).toMatchObject({
      action: 'call_report.submitted',
      entityId: reportId,
      data: { day, activityCount: 3 },
    });
  });

  it('lets only the rep’s own manager review it, with a comment, and the rep answer', async () => {
    const url = `/api/v1/call-reports/${reportId}`;
    expect((await org.r2.client.post(`${url}/review`, {})).status).toBe(403);
    expect((await org.viewer.client.post(`${url}/review`, {})).status).toBe(403);
    expect((await org.m2.client.post(`${url}/review`, {})).status).toBe(404);
    expect((await org.m2.client.get(url)).status).toBe(404);
    expect((await org.r1.client.get(url)).status).toBe(404);
    expect((await org.r3.client.get(url)).status).toBe(404);
    for (const client of [other.admin.client, other.m1.client]) {
      expect((await client.get(url)).status).toBe(404);
      expect((await client.post(`${url}/review`, {})).status).toBe(404);
      expect((await client.post(`${url}/comments`, { body: 'x' })).status).toBe(404);
    }
    expect((await org.viewer.client.get(url)).status).toBe(200);
    api.clock.advance(60_000);
    const reviewed = await org.m1.client.post(`${url}/review`, { comment: 'Good coverage; push the demo at stop 2' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'reviewed',
      reviewedById: org.m1.userId,
      reviewedByName: 'Max North',
      reviewedAt: api.clock.now().toISOString(),
      comments: [{ authorId: org.m1.userId, authorName: 'Max North', body: 'Good coverage; push the demo at stop 2' }],
    });
    expect((await org.m1.client.post(`${url}/review`, {})).status).toBe(409);
    api.clock.advance(60_000);
    const empty = await org.r2.client.post(`${url}/comments`, { body: '  ' });
    expect(empty.body.error.fields[0].path).toBe('body');
    const answered = await org.r2.client.post(`${url}/comments`, { body: 'Will do, booked for Friday' });
    expect(answered.status).toBe(201);
    expect(answered.body.comments.map((c: { authorName: string }) => c.authorName)).toEqual([
      'Max North',
      'Finn Field',
    ]);
    expect((await org.r1.client.post(`${url}/comments`, { body: 'Me too' })).status).toBe(404);
    expect((await org.m2.client.post(`${url}/comments`, { body: 'Me too' })).status).toBe(404);
    // The VP manages the parent team: the report is in their scope too.
    expect((await org.vp.client.post(`${url}/comments`, { body: 'Nice' })).status).toBe(201);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=call_report');
    expect(audit.body.items[0]).toMatchObject({ action: 'call_report.reviewed', entityId: reportId });
    const detail = await org.r2.client.get(url);
    expect(detail.body).toMatchObject({ status: 'reviewed', activityCount: 3 });
    expect(detail.body.comments).toHaveLength(3);
  });

  it('lists reports by scope, newest day first, with filters and cursor pages', async () => {
    for (const d of ['2026-02-26', '2026-02-27']) {
      await org.r2.client.post('/api/v1/activities', { type: 'visit', subject: d, completedAt: `${d}T10:00:00Z` });
      expect((await org.r2.client.post(`/api/v1/call-reports/mine/${d}/submit`, { summary: d })).status).toBe(200);
    }
    await org.r1.client.post('/api/v1/activities', { type: 'call', subject: 'r1', completedAt: `${day}T10:00:00Z` });
    expect((await org.r1.client.post(`/api/v1/call-reports/mine/${day}/submit`, {})).status).toBe(200);
    const days = (answer: { body: { items: { day: string; repName: string }[] } }) =>
      answer.body.items.map((r) => `${r.day} ${r.repName}`);
    const r2 = days(await org.r2.client.get('/api/v1/call-reports'));
    expect(r2).toEqual([`${day} Finn Field`, '2026-02-27 Finn Field', '2026-02-26 Finn Field']);
    const m1 = await org.m1.client.get('/api/v1/call-reports?limit=2');
    expect(m1.body.items).toHaveLength(2);
    const rest = await org.m1.client.get(`/api/v1/call-reports?limit=2&cursor=${m1.body.nextCursor}`);
    expect([...days(m1), ...days(rest)].sort()).toEqual(
      ['2026-02-26 Finn Field', '2026-02-27 Finn Field', `${day} Finn Field`, `${day} Rita Inside`].sort(),
    );
    expect(rest.body.nextCursor).toBeNull();
    expect(days(await org.m2.client.get('/api/v1/call-reports'))).toEqual([]);
    expect(days(await org.vp.client.get(`/api/v1/call-reports?repId=${org.r1.userId}`))).toEqual([
      `${day} Rita Inside`,
    ]);
    expect(days(await org.vp.client.get(`/api/v1/call-reports?teamId=${org.teams.south}`))).toEqual([]);
    expect(days(await org.vp.client.get('/api/v1/call-reports?status=reviewed'))).toEqual([`${day} Finn Field`]);
    expect(days(await org.admin.client.get('/api/v1/call-reports?from=2026-02-27&to=2026-02-27'))).toEqual([
      '2026-02-27 Finn Field',
    ]);
    const summary = (await org.m1.client.get('/api/v1/call-reports?status=reviewed')).body.items[0];
    expect(summary).toMatchObject({ activityCount: 3, commentCount: 3, reviewedByName: 'Max North' });
    expect((await org.m1.client.get('/api/v1/call-reports?status=done')).status).toBe(400);
    expect(days(await other.admin.client.get('/api/v1/call-reports'))).toEqual([]);
  });
});
