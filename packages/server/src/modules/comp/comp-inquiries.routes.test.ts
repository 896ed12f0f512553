import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';
import { type CompFixture, compFixture, february, flatPlan, january } from './comp-statements.fixture';

describeApi('comp inquiries', (api) => {
  let f: CompFixture;
  let statement: string;
  let inquiry: string;
  let deal: string;

  it('lets a rep question a line of their own statement, and nobody else', async () => {
    f = await compFixture(api);
    await f.plan(flatPlan('5'), { role: 'rep' });
    await f.wonDeal(f.org.r1.client, 'First', '2026-01-10', '2000');
    deal = await f.wonDeal(f.org.r1.client, 'Second', '2026-01-20', '1000');
    await f.run(january);
    statement = (await f.statementOf(f.org.r1.client, f.org.r1.userId, january)).id;
    const ask = (client: typeof f.admin, line: string | number, body: object) =>
      client.post(`/api/v1/comp-statements/${statement}/lines/${line}/inquiries`, body);

    const asked = await ask(f.org.r1.client, 2, { comment: 'This deal was 1,200, not 1,000' });
    expect(asked.status).toBe(201);
    inquiry = asked.body.id;
    expect(asked.body).toMatchObject({
      statementId: statement,
      repId: f.org.r1.userId,
      status: 'open',
      line: { position: 2, dealId: deal, amount: '50.00' },
      messages: [{ authorId: f.org.r1.userId, authorName: 'Rita Inside', comment: 'This deal was 1,200, not 1,000' }],
    });
    expect((await ask(f.org.r2.client, 2, { comment: 'Why?' })).status).toBe(404);
    expect((await ask(f.org.m1.client, 2, { comment: 'Why?' })).status).toBe(403);
    expect((await ask(f.org.r1.client, 9, { comment: 'Why?' })).status).toBe(404);
    expect((await ask(f.org.r1.client, 'x', { comment: 'Why?' })).status).toBe(400);
    const empty = await ask(f.org.r1.client, 1, { comment: '  ' });
    expect(empty.body.error.fields).toEqual([{ path: 'comment', message: 'Required' }]);
    const line = (await f.detail(f.org.r1.client, statement)).groups[0].lines[1];
    expect(line.inquiryIds).toEqual([inquiry]);
  });

  it('lets the manager answer with an adjustment paid with the still-open statement', async () => {
    const reply = (client: typeof f.admin, body: object) =>
      client.post(`/api/v1/comp-inquiries/${inquiry}/replies`, body);
    const cents = await reply(f.org.m1.client, { comment: 'Fixed', adjustment: { amount: '10.005', reason: 'x' } });
    expect(cents.body.error.fields).toEqual([{ path: 'adjustment.amount', message: 'More decimals than USD has' }]);
    const zero = await reply(f.org.m1.client, { comment: 'Fixed', adjustment: { amount: '0', reason: 'x' } });
    expect(zero.body.error.fields).toEqual([{ path: 'adjustment.amount', message: 'Must not be zero' }]);
    const byRep = await reply(f.org.r1.client, { comment: 'Pay me', adjustment: { amount: '10', reason: 'x' } });
    expect(byRep.status).toBe(403);
    expect((await reply(f.org.m2.client, { comment: 'Hm' })).status).toBe(404);
    expect((await reply(f.org.viewer.client, { comment: 'Hm' })).status).toBe(403);

    const answer = await reply(f.org.m1.client, {
      comment: 'You are right: 5 % of the missing 200',
      adjustment: { amount: '10.00', reason: 'Deal amount was 1,200' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('answered');
    const [, given] = answer.body.messages;
    expect(given).toMatchObject({
      authorId: f.org.m1.userId,
      adjustmentId: expect.any(String),
      // The thread says where the adjustment is paid, so the rep finds it after an approved statement too.
      adjustment: { amount: '10.00', currency: 'USD', statementId: statement },
    });
    const detail = await f.detail(f.org.r1.client, statement);
    expect(detail.totals).toEqual([{ currency: 'USD', amount: '160.00' }]);
    expect(detail.adjustments).toEqual([
      expect.objectContaining({
        id: given.adjustmentId,
        kind: 'manual',
        inquiryId: inquiry,
        dealId: deal,
        componentKind: 'commission',
        amount: '10.00',
        reason: 'Deal amount was 1,200',
        createdByName: 'Max North',
      }),
    ]);
    expect(detail.inquiries.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [inquiry, 'answered'],
    ]);

    const followUp = await reply(f.org.r1.client, { comment: 'Thanks, and the first deal?' });
    expect(followUp.body.status).toBe('open');
    expect(followUp.body.messages).toHaveLength(3);
  });

  it('books an answer on a frozen statement in the next open one, and closes threads', async () => {
    await f.signOff(statement, f.org.m1.client);
    const second = await f.org.r1.client.post(`/api/v1/comp-statements/${statement}/lines/1/inquiries`, {
      comment: 'Should be more',
    });
    const answer = await f.admin.post(`/api/v1/comp-inquiries/${second.body.id}/replies`, {
      comment: 'Goodwill',
      adjustment: { amount: '-5', reason: 'Returned item' },
    });
    expect(answer.status).toBe(200);
    expect((await f.detail(f.admin, statement)).totals).toEqual([{ currency: 'USD', amount: '160.00' }]);
    const next = await f.statementOf(f.admin, f.org.r1.userId, february);
    expect(next).toMatchObject({ status: 'draft', totals: [{ currency: 'USD', amount: '-5.00' }], adjustmentCount: 1 });

    const closed = await f.org.r1.client.post(`/api/v1/comp-inquiries/${inquiry}/close`);
    expect(closed.body.status).toBe('closed');
    expect((await f.org.r1.client.post(`/api/v1/comp-inquiries/${inquiry}/close`)).status).toBe(409);
    const late = await f.org.m1.client.post(`/api/v1/comp-inquiries/${inquiry}/replies`, { comment: 'One more' });
    expect(late.status).toBe(409);
    const other = await createOrgFixture(api);
    expect((await other.admin.client.post(`/api/v1/comp-inquiries/${inquiry}/close`)).status).toBe(404);
    const audit = await f.admin.get('/api/v1/audit-events?entity=comp_inquiry');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'comp_inquiry.closed',
      'comp_inquiry.answered',
      'comp_inquiry.opened',
      'comp_inquiry.followed_up',
      'comp_inquiry.answered',
      'comp_inquiry.opened',
    ]);
  });
});
