import { expect, it } from 'vitest';
import { created } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import { describeApi } from '../../testing/test-api';

// The test clock stands on Monday 2 March 2026, in the first quarter.
describeApi('comp plans', (api) => {
  let org: Awaited<ReturnType<typeof createOrgFixture>>;
  let other: Awaited<ReturnType<typeof createOrgFixture>>;
  let pushLine: string;
  let gadget: string;
  let planId: string;

  /** Tiers on quota attainment with an accelerator above 100 %, the pushed line at 1.5×, a SPIFF per gadget sold. */
  const termsOf = (acceleratorRate: string, line = pushLine, spiffAmount = '50') => ({
    components: [
      {
        kind: 'commission',
        id: 'base',
        tiers: [
          { fromPercent: '0', ratePercent: '5' },
          { fromPercent: '100', ratePercent: acceleratorRate },
        ],
        tierMode: 'marginal',
      },
      { kind: 'product_line', id: 'push', rules: [{ productLineId: line, multiplier: '1.5' }] },
      {
        kind: 'spiff',
        id: 'gadgets',
        productId: gadget,
        per: 'unit',
        amount: spiffAmount,
        startsOn: '2026-02-01',
        endsOn: '2026-03-31',
      },
    ],
  });

  it('builds a tiered plan with an accelerator, a rate for the pushed line and a SPIFF', async () => {
    org = await createOrgFixture(api);
    other = await createOrgFixture(api);
    pushLine = (await created(org.admin.client, '/api/v1/product-lines', { name: 'Widgets', priority: 'push' })).id;
    gadget = (await created(org.admin.client, '/api/v1/products', { name: 'Gadget', listPrice: '200' })).id;
    const plan = await created(org.admin.client, '/api/v1/comp-plans', {
      name: 'AE plan 2026',
      currency: 'usd',
      effectiveFrom: '2026-01-01',
      terms: termsOf('8'),
      note: 'Launch',
    });
    planId = plan.id;
    expect(plan).toMatchObject({
      name: 'AE plan 2026',
      currency: 'USD',
      archivedAt: null,
      assignmentCount: 0,
      latestVersion: { version: 1, effectiveFrom: '2026-01-01' },
      assignments: [],
    });
    expect(plan.versions).toEqual([
      expect.objectContaining({
        version: 1,
        effectiveFrom: '2026-01-01',
        note: 'Launch',
        createdBy: org.admin.userId,
        createdByName: 'Ada Admin',
        terms: termsOf('8'),
        acknowledgements: [],
      }),
    ]);
    const audit = await org.admin.client.get('/api/v1/audit-events?entity=comp_plan');
    expect(audit.body.items[0]).toMatchObject({ action: 'comp_plan.created', entityId: planId });
  });

  it('adds a second version effective mid-quarter, never one starting before the latest', async () => {
    const answer = await org.admin.client.post(`/api/v1/comp-plans/${planId}/versions`, {
      effectiveFrom: '2026-02-15',
      terms: termsOf('10'),
      note: 'Richer accelerator for the second half of the quarter',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.latestVersion).toMatchObject({ version: 2, effectiveFrom: '2026-02-15' });
    expect(answer.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    // Version 1 is kept as it was.
    expect(answer.body.versions[0].terms.components[0].tiers[1].ratePercent).toBe('8');
    expect(answer.body.versions[1].terms.components[0].tiers[1].ratePercent).toBe('10');

    const early = await org.admin.client.post(`/api/v1/comp-plans/${planId}/versions`, {
      effectiveFrom: '2026-02-01',
      terms: termsOf('12'),
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields).toEqual([
      { path: 'effectiveFrom', message: expect.stringContaining('Version 2 applies from 2026-02-15') },
    ]);
  });

  it('answers 400 naming the field of plan JSON the engine could not run', async () => {
    const plan = (terms: unknown, currency = 'USD') =>
      org.admin.client.post('/api/v1/comp-plans', { name: 'Bad', currency, effectiveFrom: '2026-01-01', terms });
    const flatTiers = [
      { fromPercent: '0', ratePercent: '5' },
      { fromPercent: '0', ratePercent: '8' },
    ];
    const tiers = await plan({ components: [{ kind: 'commission', id: 'base', tiers: flatTiers }] });
    expect(tiers.status).toBe(400);
    expect(tiers.body.error.fields).toEqual([
      { path: 'terms.components.0.tiers.1.fromPercent', message: 'Tiers go up in attainment' },
    ]);

    const notANumber = await plan({ components: [{ kind: 'commission', id: 'c', ratePercent: 'five' }] });
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.error.fields[0].path).toBe('terms.components.0.ratePercent');
    // A malformed amount the plan checks would read as a number: a 400 on its field, not a 500.
    for (const component of [
      { kind: 'draw', id: 'd', amount: 'abc', recoverable: true },
      { kind: 'commission', id: 'c', tiers: [{ fromPercent: 'zero', ratePercent: '5' }] },
    ]) {
      const malformed = await plan({ components: [component] });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.fields).toHaveLength(1);
    }

    const yen = await plan({ components: [{ kind: 'draw', id: 'd', amount: '100.50', recoverable: true }] }, 'JPY');
    expect(yen.body.error.fields).toEqual([
      { path: 'terms.components.0.amount', message: 'Too many decimals for JPY' },
    ]);

    // A new version's body has no currency: the server checks its money against the plan's.
    const cents = await org.admin.client.post(`/api/v1/comp-plans/${planId}/versions`, {
      effectiveFrom: '2026-03-01',
      terms: termsOf('10', pushLine, '50.125'),
    });
    expect(cents.status).toBe(400);
    expect(cents.body.error.fields).toEqual([
      { path: 'terms.components.2.amount', message: 'Too many decimals for USD' },
    ]);
  });

  it('answers 400 naming a product line, product or goal that is not the org’s', async () => {
    const theirLine = (await created(other.admin.client, '/api/v1/product-lines', { name: 'Theirs' })).id;
    const foreign = await org.admin.client.post(`/api/v1/comp-plans/${planId}/versions`, {
      effectiveFrom: '2026-03-01',
      terms: {
        components: [
          ...termsOf('10', theirLine).components,
          { kind: 'goal_bonus', id: 'bonus', goalId: '00000000-0000-4000-8000-000000000000', amount: '500' },
        ],
      },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toEqual([
      { path: 'terms.components.1.rules.0.productLineId', message: 'No such product line' },
      { path: 'terms.components.3.goalId', message: 'No such goal' },
    ]);
    const unknownProduct = await org.admin.client.post('/api/v1/comp-plans', {
      name: 'SPIFF only',
      currency: 'USD',
      effectiveFrom: '2026-01-01',
      terms: { components: [{ ...termsOf('8').components[2], productId: 'not-a-uuid' }] },
    });
    expect(unknownProduct.body.error.fields).toEqual([
      { path: 'terms.components.0.productId', message: 'No such product' },
    ]);
    const versions = (await org.admin.client.get(`/api/v1/comp-plans/${planId}`)).body.versions;
    expect(versions).toHaveLength(2);
  });

  it('lets only admins build, change and assign plans', async () => {
    const body = { name: 'Mine', currency: 'USD', effectiveFrom: '2026-01-01', terms: termsOf('8') };
    for (const client of [org.vp.client, org.m1.client, org.r1.client]) {
      expect((await client.post('/api/v1/comp-plans', body)).status).toBe(403);
      expect((await client.patch(`/api/v1/comp-plans/${planId}`, { name: 'Renamed' })).status).toBe(403);
      const version = await client.post(`/api/v1/comp-plans/${planId}/versions`, {
        effectiveFrom: '2026-03-01',
        terms: termsOf('9'),
      });
      expect(version.status).toBe(403);
      const assign = await client.post(`/api/v1/comp-plans/${planId}/assignments`, {
        repId: org.r1.userId,
        startsOn: '2026-01-01',
      });
      expect(assign.status).toBe(403);
      expect((await client.post(`/api/v1/comp-plans/${planId}/archive`)).status).toBe(403);
    }
    // Pay is not for every reader: a viewer sees no plans at all.
    expect((await org.viewer.client.get('/api/v1/comp-plans')).status).toBe(403);
  });

  it('answers 404 for another org’s plan, whatever the caller does with it', async () => {
    const them = other.admin.client;
    expect((await them.get(`/api/v1/comp-plans/${planId}`)).status).toBe(404);
    expect((await them.patch(`/api/v1/comp-plans/${planId}`, { name: 'Mine now' })).status).toBe(404);
    const version = await them.post(`/api/v1/comp-plans/${planId}/versions`, {
      effectiveFrom: '2026-03-01',
      terms: { components: [{ kind: 'commission', id: 'c', ratePercent: '5' }] },
    });
    expect(version.status).toBe(404);
    const assign = await them.post(`/api/v1/comp-plans/${planId}/assignments`, {
      repId: other.r1.userId,
      startsOn: '2026-01-01',
    });
    expect(assign.status).toBe(404);
    expect((await them.post(`/api/v1/comp-plans/${planId}/archive`)).status).toBe(404);
    expect((await them.get('/api/v1/comp-plans')).body.items).toEqual([]);
  });

  it('renames, archives and restores a plan; an archived plan takes no new version', async () => {
    const renamed = await org.admin.client.patch(`/api/v1/comp-plans/${planId}`, { name: 'AE plan FY26' });
    expect(renamed.body.name).toBe('AE plan FY26');
    const archived = await org.admin.client.post(`/api/v1/comp-plans/${planId}/archive`);
    expect(archived.body.archivedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(
      (await org.admin.client.get('/api/v1/comp-plans')).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(planId);
    expect((await org.admin.client.get('/api/v1/comp-plans?archived=true')).body.items).toEqual([
      expect.objectContaining({ id: planId, name: 'AE plan FY26' }),
    ]);
    const version = await org.admin.client.post(`/api/v1/comp-plans/${planId}/versions`, {
      effectiveFrom: '2026-04-01',
      terms: termsOf('9'),
    });
    expect(version.status).toBe(409);
    expect(version.body.error.code).toBe('RECORD_ARCHIVED');
    const restored = await org.admin.client.post(`/api/v1/comp-plans/${planId}/restore`);
    expect(restored.body.archivedAt).toBeNull();
    const actions = (await org.admin.client.get('/api/v1/audit-events?entity=comp_plan')).body.items.map(
      (event: { action: string }) => event.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'comp_plan.created',
        'comp_plan.version_added',
        'comp_plan.updated',
        'comp_plan.archived',
        'comp_plan.restored',
      ]),
    );
  });
});
