import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

type Column = { stage: { name: string }; count: number; amounts: unknown[]; deals: { name: string }[] };
const column = (board: { body: { columns: Column[] } }, name: string) =>
  board.body.columns.find((c) => c.stage.name === name) as Column;

describeApi('deal board', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let stages: Record<string, string>;

  it('builds two orgs with deals on the board', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    const [pipeline] = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    stages = Object.fromEntries(pipeline.stages.map((s: { name: string; id: string }) => [s.name, s.id]));
    const deals: [typeof org.r1, string, string, string, string | undefined, string | null][] = [
      [org.r1, 'R1 late', 'Proposal', '100.10', undefined, '2026-06-01'],
      [org.r1, 'R1 soon', 'Proposal', '200.20', undefined, '2026-03-10'],
      [org.r1, 'R1 undated', 'Proposal', '0.01', undefined, null],
      [org.r1, 'R1 euro', 'Proposal', '50', 'EUR', '2026-04-01'],
      [org.r2, 'R2 prospect', 'Prospecting', '1000', undefined, '2026-05-01'],
      [org.r3, 'R3 proposal', 'Proposal', '300', undefined, '2026-03-05'],
      [org.r2, 'R2 won', 'Won', '5000', undefined, null],
    ];
    for (const [rep, name, stage, amount, currency, expectedCloseDate] of deals) {
      const answer = await rep.client.post('/api/v1/deals', {
        name,
        stageId: stages[stage],
        amount,
        currency,
        expectedCloseDate,
      });
      expect(answer.status, name).toBe(201);
    }
    const archived = await org.r1.client.post('/api/v1/deals', {
      name: 'R1 archived',
      stageId: stages.Proposal,
      amount: '7',
    });
    await org.r1.client.post(`/api/v1/deals/${archived.body.id}/archive`);
    const theirProposal = (await other.admin.client.get('/api/v1/pipelines')).body.items[0].stages[2].id;
    expect((await other.r1.client.post('/api/v1/deals', { name: 'Elsewhere', stageId: theirProposal })).status).toBe(
      201,
    );
  });

  it('sums each column per currency and lists its deals by expected close', async () => {
    const board = await org.admin.client.get('/api/v1/deals/board');
    expect(board.status).toBe(200);
    expect(board.body.pipelineName).toBe('New business');
    expect(board.body.columns.map((c: Column) => c.stage.name)).toEqual([
      'Prospecting',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
    ]);
    const proposal = column(board, 'Proposal');
    expect(proposal.count).toBe(5);
    expect(proposal.amounts).toEqual([
      { currency: 'USD', sum: '600.31' },
      { currency: 'EUR', sum: '50.00' },
    ]);
    expect(proposal.deals.map((d) => d.name)).toEqual(['R3 proposal', 'R1 soon', 'R1 euro', 'R1 late', 'R1 undated']);
    expect(column(board, 'Won')).toMatchObject({ count: 1, amounts: [{ currency: 'USD', sum: '5000.00' }] });
    expect(column(board, 'Lost')).toMatchObject({ count: 0, amounts: [], deals: [] });
    // perStage caps the cards, not the figures.
    const capped = await org.admin.client.get('/api/v1/deals/board?perStage=2');
    expect(column(capped, 'Proposal')).toMatchObject({ count: 5 });
    expect(column(capped, 'Proposal').deals.map((d) => d.name)).toEqual(['R3 proposal', 'R1 soon']);
  });

  it('shows each person the deals they may see, filtered by owner, team and words', async () => {
    const rep = await org.r1.client.get('/api/v1/deals/board');
    expect(column(rep, 'Proposal').count).toBe(4);
    expect(column(rep, 'Won').count).toBe(0);
    const external = await org.r3.client.get('/api/v1/deals/board');
    expect(column(external, 'Proposal').deals.map((d) => d.name)).toEqual(['R3 proposal']);
    const manager = await org.m1.client.get('/api/v1/deals/board');
    expect(column(manager, 'Proposal').count).toBe(4);
    expect(column(manager, 'Prospecting').count).toBe(1);
    const south = await org.admin.client.get(`/api/v1/deals/board?teamId=${org.teams.south}`);
    expect(column(south, 'Proposal').deals.map((d) => d.name)).toEqual(['R3 proposal']);
    const owner = await org.vp.client.get(`/api/v1/deals/board?ownerId=${org.r2.userId}`);
    expect(column(owner, 'Won').count).toBe(1);
    expect(column(owner, 'Proposal').count).toBe(0);
    const words = await org.admin.client.get('/api/v1/deals/board?q=euro');
    expect(column(words, 'Proposal')).toMatchObject({ count: 1, amounts: [{ currency: 'EUR', sum: '50.00' }] });
  });

  it('shows another pipeline by id, and never another org’s', async () => {
    const created = await org.admin.client.post('/api/v1/pipelines', {
      name: 'Renewals',
      stages: [
        { name: 'Due', probability: 50 },
        { name: 'Renewed', probability: 100, kind: 'won' },
        { name: 'Churned', probability: 0, kind: 'lost' },
      ],
    });
    const board = await org.r1.client.get(`/api/v1/deals/board?pipelineId=${created.body.id}`);
    expect(board.body).toMatchObject({ pipelineId: created.body.id, pipelineName: 'Renewals' });
    expect(board.body.columns.map((c: Column) => c.count)).toEqual([0, 0, 0]);
    expect((await other.admin.client.get(`/api/v1/deals/board?pipelineId=${created.body.id}`)).status).toBe(404);
    const theirs = await other.admin.client.get('/api/v1/deals/board');
    expect(column(theirs, 'Proposal').deals.map((d) => d.name)).toEqual(['Elsewhere']);
    expect((await org.admin.client.get('/api/v1/deals/board?perStage=0')).status).toBe(400);
    expect((await api.client().get('/api/v1/deals/board')).status).toBe(401);
  });
});
