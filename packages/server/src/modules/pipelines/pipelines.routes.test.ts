import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

const stageNames = (pipeline: { stages: { name: string }[] }) => pipeline.stages.map((stage) => stage.name);

describeApi('pipelines', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;

  it('builds two orgs', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
  });

  it('gives a new org a default "New business" pipeline that every member reads', async () => {
    const listed = await org.r1.client.get('/api/v1/pipelines');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    const [pipeline] = listed.body.items;
    expect(pipeline).toMatchObject({ name: 'New business', isDefault: true, archivedAt: null });
    expect(stageNames(pipeline)).toEqual(['Prospecting', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect(pipeline.stages.map((s: { probability: number }) => s.probability)).toEqual([10, 25, 50, 75, 100, 0]);
    expect(pipeline.stages.map((s: { kind: string }) => s.kind)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'won',
      'lost',
    ]);
    expect((await org.viewer.client.get('/api/v1/pipelines')).body.items).toHaveLength(1);
    expect((await api.client().get('/api/v1/pipelines')).status).toBe(401);
  });

  const renewals = {
    name: 'Renewals',
    stages: [
      { name: 'Due', probability: 60, ownerRole: 'account_manager' },
      { name: 'Quoted', probability: 80, ownerRole: 'account_manager' },
      { name: 'Renewed', probability: 100, kind: 'won' },
      { name: 'Churned', probability: 0, kind: 'lost' },
    ],
  };

  it('lets only admins configure pipelines, and checks the stages', async () => {
    expect((await org.m1.client.post('/api/v1/pipelines', renewals)).status).toBe(403);
    expect((await org.r1.client.post('/api/v1/pipelines', renewals)).status).toBe(403);
    const created = await org.admin.client.post('/api/v1/pipelines', renewals);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Renewals', isDefault: false, position: 1 });
    expect(created.body.stages[0]).toMatchObject({
      name: 'Due',
      position: 0,
      kind: 'open',
      ownerRole: 'account_manager',
    });
    expect((await org.admin.client.post('/api/v1/pipelines', renewals)).status).toBe(409);
    const noWon = await org.admin.client.post('/api/v1/pipelines', {
      name: 'Broken',
      stages: [renewals.stages[0], renewals.stages[1], renewals.stages[3]],
    });
    expect(noWon.status).toBe(400);
    expect(noWon.body.error.fields[0].path).toBe('stages');
    const twice = await org.admin.client.post('/api/v1/pipelines', {
      name: 'Twice',
      stages: [...renewals.stages, { name: 'due', probability: 5 }],
    });
    expect(twice.body.error.fields[0].path).toBe('stages.4.name');
    const role = await org.admin.client.post('/api/v1/pipelines', {
      name: 'Role',
      stages: [{ ...renewals.stages[0], ownerRole: 'boss' }, ...renewals.stages.slice(1)],
    });
    expect(role.body.error.fields[0].path).toBe('stages.0.ownerRole');
  });

  it('rewrites stages as a list: kept ones keep their deals, used ones cannot go', async () => {
    const pipeline = (await org.admin.client.get('/api/v1/pipelines')).body.items.find(
      (p: { name: string }) => p.name === 'Renewals',
    );
    const [due, quoted, renewed, churned] = pipeline.stages;
    const deal = await org.r1.client.post('/api/v1/deals', { name: 'Renewal 2026', stageId: quoted.id });
    expect(deal.status).toBe(201);
    const reordered = await org.admin.client.patch(`/api/v1/pipelines/${pipeline.id}`, {
      stages: [
        { id: quoted.id, name: 'Quote sent', probability: 70, ownerRole: 'account_manager' },
        { name: 'Negotiating', probability: 85 },
        { id: renewed.id, name: 'Renewed', probability: 100, kind: 'won' },
        { id: churned.id, name: 'Churned', probability: 0, kind: 'lost' },
      ],
    });
    expect(reordered.status).toBe(200);
    expect(stageNames(reordered.body)).toEqual(['Quote sent', 'Negotiating', 'Renewed', 'Churned']);
    expect(reordered.body.stages[0].id).toBe(quoted.id);
    const read = await org.r1.client.get(`/api/v1/deals/${deal.body.id}`);
    expect(read.body).toMatchObject({ stageId: quoted.id, stageName: 'Quote sent', probability: 70 });
    // "Due" had no deal and went; "Quote sent" holds one and cannot go, nor change its kind.
    expect(reordered.body.stages.map((s: { id: string }) => s.id)).not.toContain(due.id);
    const removing = await org.admin.client.patch(`/api/v1/pipelines/${pipeline.id}`, {
      stages: reordered.body.stages.slice(1).map(({ id, name, probability, kind }: Record<string, unknown>) => ({
        id,
        name,
        probability,
        kind,
      })),
    });
    expect(removing.status).toBe(409);
    expect(removing.body.error.code).toBe('IN_USE');
    const rekind = await org.admin.client.patch(`/api/v1/pipelines/${pipeline.id}`, {
      stages: [
        { id: quoted.id, name: 'Quote sent', probability: 70, kind: 'won' },
        { name: 'Open one', probability: 20 },
        { id: churned.id, name: 'Churned', probability: 0, kind: 'lost' },
      ],
    });
    expect(rekind.status).toBe(409);
    expect(rekind.body.error.fields[0].path).toBe('stages.0.kind');
    // A stage a deal passed through stays too, even once the deal moved on.
    const negotiating = reordered.body.stages[1];
    await org.r1.client.post(`/api/v1/deals/${deal.body.id}/stage`, { stageId: negotiating.id });
    await org.r1.client.post(`/api/v1/deals/${deal.body.id}/stage`, { stageId: quoted.id });
    const dropPassed = await org.admin.client.patch(`/api/v1/pipelines/${pipeline.id}`, {
      stages: [
        { id: quoted.id, name: 'Quote sent', probability: 70 },
        { id: renewed.id, name: 'Renewed', probability: 100, kind: 'won' },
        { id: churned.id, name: 'Churned', probability: 0, kind: 'lost' },
      ],
    });
    expect(dropPassed.status).toBe(409);
    const foreign = await org.admin.client.patch(`/api/v1/pipelines/${pipeline.id}`, {
      stages: [
        { id: other.orgId, name: 'X', probability: 1 },
        { id: renewed.id, name: 'Renewed', probability: 100, kind: 'won' },
        { id: churned.id, name: 'Churned', probability: 0, kind: 'lost' },
      ],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].path).toBe('stages.0.id');
  });

  it('keeps one default, refuses to archive it, and hides another org’s pipelines', async () => {
    const items = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    const main = items.find((p: { isDefault: boolean }) => p.isDefault);
    const renewal = items.find((p: { name: string }) => p.name === 'Renewals');
    expect((await org.admin.client.post(`/api/v1/pipelines/${main.id}/archive`)).status).toBe(409);
    const unset = await org.admin.client.patch(`/api/v1/pipelines/${main.id}`, { isDefault: false });
    expect(unset.body.error.fields[0].path).toBe('isDefault');
    const made = await org.admin.client.patch(`/api/v1/pipelines/${renewal.id}`, { isDefault: true });
    expect(made.body.isDefault).toBe(true);
    const after = (await org.admin.client.get('/api/v1/pipelines')).body.items;
    expect(after.filter((p: { isDefault: boolean }) => p.isDefault).map((p: { id: string }) => p.id)).toEqual([
      renewal.id,
    ]);
    const archived = await org.admin.client.post(`/api/v1/pipelines/${main.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await org.admin.client.get('/api/v1/pipelines')).body.items).toHaveLength(1);
    expect((await org.admin.client.get('/api/v1/pipelines?archived=all')).body.items).toHaveLength(2);
    // No deal enters an archived pipeline.
    const blocked = await org.r1.client.post('/api/v1/deals', { name: 'Late', pipelineId: main.id });
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.fields[0].path).toBe('pipelineId');
    expect((await org.admin.client.post(`/api/v1/pipelines/${main.id}/restore`)).body.archivedAt).toBeNull();
    for (const path of [`/api/v1/pipelines/${main.id}`]) {
      expect((await other.admin.client.get(path)).status).toBe(404);
      expect((await other.admin.client.patch(path, { name: 'Mine' })).status).toBe(404);
      expect((await other.admin.client.post(`${path}/archive`)).status).toBe(404);
    }
    expect(
      (await other.admin.client.get('/api/v1/pipelines')).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(main.id);
  });

  it('makes a default pipeline on the first deal of an org that has none', async () => {
    const { client, session } = await api.signUp({ orgName: 'Older Org' });
    // An org made before pipelines existed has none.
    const orgId = session.org.id as string;
    await api.database.db.execute(sql`delete from stages where org_id = ${orgId}`);
    await api.database.db.execute(sql`delete from pipelines where org_id = ${orgId}`);
    expect((await client.get('/api/v1/pipelines')).body.items).toEqual([]);
    const [first, second] = await Promise.all([
      client.post('/api/v1/deals', { name: 'First' }),
      client.post('/api/v1/deals', { name: 'Second' }),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const pipelines = (await client.get('/api/v1/pipelines')).body.items;
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]).toMatchObject({ name: 'New business', isDefault: true });
    expect(first.body).toMatchObject({ pipelineId: pipelines[0].id, stageName: 'Prospecting', probability: 10 });
    expect(second.body.pipelineId).toBe(pipelines[0].id);
  });
});
