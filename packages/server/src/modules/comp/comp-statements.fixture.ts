import { expect } from 'vitest';
import { created, type HttpClient } from '../../testing/http-client';
import { createOrgFixture } from '../../testing/org-fixture';
import type { TestApi } from '../../testing/test-api';

/** For statement tests: an org with stages at hand and short ways to win deals, run periods and read statements. */

export interface Period {
  periodStart: string;
  periodEnd: string;
}

export const january: Period = { periodStart: '2026-01-01', periodEnd: '2026-01-31' };
export const february: Period = { periodStart: '2026-02-01', periodEnd: '2026-02-28' };
export const march: Period = { periodStart: '2026-03-01', periodEnd: '2026-03-31' };

export const flatPlan = (rate: string, extra: object[] = []) => ({
  components: [{ kind: 'commission', id: 'base', ratePercent: rate }, ...extra],
});

export const compFixture = async (api: TestApi) => {
  const org = await createOrgFixture(api);
  const admin = org.admin.client;
  const [pipeline] = (await admin.get('/api/v1/pipelines')).body.items;
  const stageOf = (kind: string) => pipeline.stages.find((s: { kind: string }) => s.kind === kind).id as string;
  const stages = { won: stageOf('won'), lost: stageOf('lost'), open: stageOf('open') };

  /** A plan from 2025 on, assigned to reps (one rep, or everyone of the rep role). */
  const plan = async (terms: object, to: { repId: string } | { role: 'rep' }) => {
    const built = await created(admin, '/api/v1/comp-plans', {
      name: `Plan ${Math.random().toString(36).slice(2, 8)}`,
      currency: 'USD',
      effectiveFrom: '2025-01-01',
      terms,
    });
    await created(admin, `/api/v1/comp-plans/${built.id}/assignments`, { ...to, startsOn: '2025-01-01' });
    return built;
  };
  const wonDeal = async (client: HttpClient, name: string, closedOn: string, amount: string) =>
    (await created(client, '/api/v1/deals', { name, stageId: stages.won, closedOn, amount })).id as string;
  const run = (period: Period) => created(admin, '/api/v1/comp-runs', period);

  /** The rep's statement of the period as `client` lists it (undefined without one). */
  const statementOf = async (client: HttpClient, repId: string, period: Period) => {
    const query = `repId=${repId}&periodStart=${period.periodStart}&periodEnd=${period.periodEnd}`;
    const list = await client.get(`/api/v1/comp-statements?${query}`);
    expect(list.status).toBe(200);
    return list.body.items[0];
  };
  const detail = async (client: HttpClient, id: string) => {
    const answer = await client.get(`/api/v1/comp-statements/${id}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  /** Review (a manager) and approve (the admin) a statement; pay it too when asked. */
  const signOff = async (id: string, reviewer: HttpClient, pay = false) => {
    expect((await reviewer.post(`/api/v1/comp-statements/${id}/review`)).status).toBe(200);
    expect((await admin.post(`/api/v1/comp-statements/${id}/approve`)).status).toBe(200);
    if (pay) expect((await admin.post(`/api/v1/comp-statements/${id}/pay`)).status).toBe(200);
  };
  return { org, admin, stages, plan, wonDeal, run, statementOf, detail, signOff };
};

export type CompFixture = Awaited<ReturnType<typeof compFixture>>;
