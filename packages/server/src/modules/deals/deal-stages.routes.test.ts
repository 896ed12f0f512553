import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

type Stage = { id: string; name: string };
const byName = (pipeline: { stages: Stage[] }) =>
  Object.fromEntries(pipeline.stages.map((stage) => [stage.name, stage.id])) as Record<string, string>;

describeApi('deal stages', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let stages: Record<string, string>;
  let assembly: Record<string, string>;

  it('builds two orgs and an assembly-line pipeline', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    stages = byName((await org.admin.client.get('/api/v1/pipelines')).body.items[0]);
    const created = await org.admin.client.post('/api/v1/pipelines', {
      name: 'Assembly',
      stages: [
        { name: 'Qualify', probability: 10, ownerRole: 'sdr' },
        { name: 'Demo', probability: 40, ownerRole: 'ae' },
        { name: 'Contract', probability: 70, ownerRole: 'ae' },
        { name: 'Signed', probability: 100, kind: 'won', ownerRole: 'account_manager' },
        { name: 'Dropped', probability: 0, kind: 'lost' },
      ],
    });
    assembly = byName(created.body);
  });

  it('closes a deal on entering won, reopens it, and keeps every change in order', async () => {
    const deal = await org.r1.client.post('/api/v1/deals', { name: 'Journey', amount: '500' });
    const id = deal.body.id;
    const proposal = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Proposal });
    expect(proposal.body).toMatchObject({ stageName: 'Proposal', probability: 50, closedOn: null });
    const won = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Won });
    expect(won.body).toMatchObject({ stageKind: 'won', closedOn: '2026-03-02', lostReason: null });
    const reopened = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Negotiation });
    expect(reopened.body.closedOn).toBeNull();
    const wonAgain = await org.r1.client.post(`/api/v1/deals/${id}/stage`, {
      stageId: stages.Won,
      closedOn: '2026-02-27',
    });
    expect(wonAgain.body.closedOn).toBe('2026-02-27');
    // The same stage again is no change and writes no history.
    expect((await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Won })).status).toBe(200);
    const history = (await org.r1.client.get(`/api/v1/deals/${id}/stage-changes`)).body.items;
    expect(
      history.map((c: { fromStageName: string | null; toStageName: string }) => [c.fromStageName, c.toStageName]),
    ).toEqual([
      [null, 'Prospecting'],
      ['Prospecting', 'Proposal'],
      ['Proposal', 'Won'],
      ['Won', 'Negotiation'],
      ['Negotiation', 'Won'],
    ]);
    const times = history.map((c: { changedAt: string }) => Date.parse(c.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    expect(
      history.every(
        (c: { changedById: string; amount: string }) => c.changedById === org.r1.userId && c.amount === '500.00',
      ),
    ).toBe(true);
    expect(wonAgain.body.stageEnteredAt).toBe(history[4].changedAt);
  });

  it('asks why a deal was lost, and clears the reason when it is reopened', async () => {
    const id = (await org.r1.client.post('/api/v1/deals', { name: 'Lost cause' })).body.id;
    const silent = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Lost });
    expect(silent.status).toBe(400);
    expect(silent.body.error.fields[0].path).toBe('lostReason');
    const blank = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Lost, lostReason: '  ' });
    expect(blank.body.error.fields[0].path).toBe('lostReason');
    const lost = await org.r1.client.post(`/api/v1/deals/${id}/stage`, {
      stageId: stages.Lost,
      lostReason: 'Went with a competitor',
      competitor: 'Initech',
    });
    expect(lost.body).toMatchObject({
      stageKind: 'lost',
      closedOn: '2026-03-02',
      lostReason: 'Went with a competitor',
      competitor: 'Initech',
    });
    const cleared = await org.r1.client.patch(`/api/v1/deals/${id}`, { lostReason: null });
    expect(cleared.body.error.fields[0].path).toBe('lostReason');
    const reopened = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: stages.Qualified });
    expect(reopened.body).toMatchObject({ lostReason: null, closedOn: null, competitor: 'Initech' });
    const dated = await org.r1.client.post(`/api/v1/deals/${id}/stage`, {
      stageId: stages.Proposal,
      closedOn: '2026-03-01',
    });
    expect(dated.body.error.fields[0].path).toBe('closedOn');
    const foreign = (await other.admin.client.get('/api/v1/pipelines')).body.items[0].stages[0].id;
    const elsewhere = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: foreign });
    expect(elsewhere.body.error.fields[0].path).toBe('stageId');
    expect((await org.r1.client.post(`/api/v1/deals/${id}/stage`, {})).body.error.fields[0].path).toBe('stageId');
  });

  it('moves a deal to another pipeline with the stage', async () => {
    const id = (await org.r1.client.post('/api/v1/deals', { name: 'Wanderer' })).body.id;
    const moved = await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: assembly.Demo });
    const pipelines = (await org.r1.client.get('/api/v1/pipelines')).body.items;
    const target = pipelines.find((p: { name: string }) => p.name === 'Assembly');
    expect(moved.body).toMatchObject({ pipelineId: target.id, stageName: 'Demo', probability: 40 });
    expect(
      (await org.r1.client.get(`/api/v1/deals?pipelineId=${target.id}`)).body.items.map((d: { id: string }) => d.id),
    ).toContain(id);
  });

  it('records hand-offs between roles and owners on the assembly line', async () => {
    const id = (
      await org.r1.client.post('/api/v1/deals', { name: 'Handed on', stageId: assembly.Qualify, amount: '900' })
    ).body.id;
    const handed = await org.r1.client.post(`/api/v1/deals/${id}/stage`, {
      stageId: assembly.Demo,
      ownerId: org.r2.userId,
    });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({ ownerId: org.r2.userId, ownerName: 'Finn Field', stageName: 'Demo' });
    // The SDR handed it on and no longer sees it; the AE does.
    expect((await org.r1.client.get(`/api/v1/deals/${id}`)).status).toBe(404);
    await org.r2.client.post(`/api/v1/deals/${id}/stage`, { stageId: assembly.Contract });
    await org.r2.client.post(`/api/v1/deals/${id}/stage`, { stageId: assembly.Signed, ownerId: org.r2.userId });
    const history = (await org.r2.client.get(`/api/v1/deals/${id}/stage-changes`)).body.items;
    expect(
      history.map((c: { toStageName: string; handoff: boolean; fromOwnerId: string | null; toOwnerId: string }) => [
        c.toStageName,
        c.handoff,
        c.fromOwnerId,
        c.toOwnerId,
      ]),
    ).toEqual([
      ['Qualify', false, null, org.r1.userId],
      ['Demo', true, org.r1.userId, org.r2.userId],
      ['Contract', false, org.r2.userId, org.r2.userId],
      ['Signed', true, org.r2.userId, org.r2.userId],
    ]);
    expect(history[1]).toMatchObject({ changedById: org.r1.userId, amount: '900.00' });
    const foreignOwner = await org.r2.client.post(`/api/v1/deals/${id}/stage`, {
      stageId: assembly.Contract,
      ownerId: other.r1.userId,
    });
    expect(foreignOwner.body.error.fields[0].path).toBe('ownerId');
    expect((await org.r1.client.post(`/api/v1/deals/${id}/stage`, { stageId: assembly.Demo })).status).toBe(404);
    expect((await other.admin.client.post(`/api/v1/deals/${id}/stage`, { stageId: assembly.Demo })).status).toBe(404);
    expect((await org.viewer.client.post(`/api/v1/deals/${id}/stage`, { stageId: assembly.Demo })).status).toBe(403);
  });

  it('changes stages in bulk only for the deals the caller may change', async () => {
    const r1 = (await org.r1.client.post('/api/v1/deals', { name: 'Bulk r1' })).body.id;
    const r2 = (await org.r2.client.post('/api/v1/deals', { name: 'Bulk r2' })).body.id;
    const r3 = (await org.r3.client.post('/api/v1/deals', { name: 'Bulk r3' })).body.id;
    const ids = [r1, r2, r3];
    const byRep = await org.r1.client.post('/api/v1/deals/bulk', {
      action: 'change_stage',
      ids,
      stageId: stages.Qualified,
    });
    expect(byRep.body).toEqual({ updated: 1 });
    const byManager = await org.m1.client.post('/api/v1/deals/bulk', {
      action: 'change_stage',
      ids,
      stageId: stages.Qualified,
    });
    expect(byManager.body).toEqual({ updated: 1 });
    expect((await org.admin.client.get(`/api/v1/deals/${r3}`)).body.stageName).toBe('Prospecting');
    const noReason = await org.m1.client.post('/api/v1/deals/bulk', {
      action: 'change_stage',
      ids,
      stageId: stages.Lost,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].path).toBe('lostReason');
    expect((await org.admin.client.get(`/api/v1/deals/${r1}`)).body.stageName).toBe('Qualified');
    const lost = await org.vp.client.post('/api/v1/deals/bulk', {
      action: 'change_stage',
      ids,
      stageId: stages.Lost,
      lostReason: 'Budget frozen',
    });
    expect(lost.body).toEqual({ updated: 3 });
    for (const id of ids) {
      expect((await org.admin.client.get(`/api/v1/deals/${id}`)).body).toMatchObject({
        stageKind: 'lost',
        closedOn: '2026-03-02',
        lostReason: 'Budget frozen',
      });
      const history = (await org.admin.client.get(`/api/v1/deals/${id}/stage-changes`)).body.items;
      expect(history.at(-1)).toMatchObject({ toStageName: 'Lost', changedById: org.vp.userId });
    }
    const foreign = await other.admin.client.post('/api/v1/deals/bulk', {
      action: 'change_stage',
      ids,
      stageId: stages.Won,
    });
    expect(foreign.status).toBe(400);
    const foreignStage = (await other.admin.client.get('/api/v1/pipelines')).body.items[0].stages[1].id;
    expect(
      (await other.admin.client.post('/api/v1/deals/bulk', { action: 'change_stage', ids, stageId: foreignStage }))
        .body,
    ).toEqual({ updated: 0 });
    const reassigned = await org.m1.client.post('/api/v1/deals/bulk', {
      action: 'reassign',
      ids,
      ownerId: org.r1.userId,
    });
    expect(reassigned.body).toEqual({ updated: 1 });
  });

  it('dates the close in the org’s time zone', async () => {
    const { client } = await api.signUp({ orgName: 'Kiwi Org', timeZone: 'Pacific/Auckland' });
    const stagesNz = byName((await client.get('/api/v1/pipelines')).body.items[0]);
    api.clock.advance(11 * 3600_000); // 20:00 UTC is already 09:00 tomorrow in Auckland
    try {
      const deal = await client.post('/api/v1/deals', { name: 'Tomorrow', stageId: stagesNz.Won });
      expect(deal.body.closedOn).toBe('2026-03-03');
      const utc = await org.r1.client.post('/api/v1/deals', { name: 'Today', stageId: stages.Won });
      expect(utc.body.closedOn).toBe('2026-03-02');
    } finally {
      api.clock.advance(-11 * 3600_000);
    }
  });
});
