import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

describeApi('awards', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;

  it('gives rep of the month for the whole month, with a citation, and posts it to the feed', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const award = await created(org.m1.client, '/api/v1/awards', {
      kind: 'rep_of_the_month',
      repId: org.r1.userId,
      periodStart: '2026-02-15',
      citation: 'Most new customers in February',
    });
    expect(award).toMatchObject({
      kind: 'rep_of_the_month',
      name: 'Rep of the month',
      repId: org.r1.userId,
      repName: 'Rita Inside',
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      givenBy: org.m1.userId,
      givenByName: 'Max North',
    });
    const feed = await org.r3.client.get('/api/v1/recognition');
    expect(feed.body.items[0]).toMatchObject({
      kind: 'award',
      authorId: org.m1.userId,
      subjectId: org.r1.userId,
      sourceId: award.id,
      text: 'Rep of the month (2026-02-01 – 2026-02-28): Most new customers in February',
      message: {
        code: 'award_given',
        params: {
          award: 'Rep of the month',
          awardKind: 'rep_of_the_month',
          from: '2026-02-01',
          to: '2026-02-28',
          citation: 'Most new customers in February',
        },
      },
    });
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=award');
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'award.given', entityId: award.id })]);
  });

  it('gives rep of the year and custom awards; everyone in the org sees them, newest first', async () => {
    await created(org.admin.client, '/api/v1/awards', {
      kind: 'rep_of_the_year',
      repId: org.r3.userId,
      periodStart: '2025-06-01',
      citation: 'Opened the South',
    });
    const custom = await created(org.vp.client, '/api/v1/awards', {
      kind: 'custom',
      name: 'Comeback of the quarter',
      repId: org.r2.userId,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      citation: 'From 40 % to 110 %',
    });
    expect(custom).toMatchObject({
      name: 'Comeback of the quarter',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
    });
    const list = await org.viewer.client.get('/api/v1/awards');
    expect(list.body.items.map((a: { name: string; periodStart: string }) => [a.name, a.periodStart])).toEqual([
      ['Comeback of the quarter', '2026-01-01'],
      ['Rep of the year', '2025-01-01'],
      ['Rep of the month', '2026-02-01'],
    ]);
    const ritas = await org.r2.client.get(`/api/v1/awards?repId=${org.r1.userId}&limit=1`);
    expect(ritas.body.items).toHaveLength(1);
    expect((await other.admin.client.get('/api/v1/awards')).body.items).toEqual([]);
  });

  it('validates every input and keeps managers to their reps', async () => {
    const base = { kind: 'rep_of_the_month', repId: org.r1.userId, periodStart: '2026-02-01', citation: 'Well done' };
    for (const [change, path] of [
      [{ kind: 'custom' }, 'name'],
      [{ kind: 'best' }, 'kind'],
      [{ citation: '' }, 'citation'],
      [{ periodStart: '2026-02-30' }, 'periodStart'],
      [{ kind: 'custom', name: 'X', periodEnd: '2026-01-01' }, 'periodEnd'],
      [{ repId: 'x' }, 'repId'],
    ] as const) {
      const answer = await org.m1.client.post('/api/v1/awards', { ...base, ...change });
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    expect((await org.m1.client.post('/api/v1/awards', { ...base, repId: org.r3.userId })).status).toBe(404);
    expect((await org.m1.client.post('/api/v1/awards', { ...base, repId: other.r1.userId })).status).toBe(404);
    expect((await org.admin.client.post('/api/v1/awards', { ...base, repId: org.m1.userId })).status).toBe(404);
    expect((await org.r1.client.post('/api/v1/awards', { ...base, repId: org.r2.userId })).status).toBe(403);
  });
});
