import { type Caller, callApi } from './session';

/**
 * The goal views the goals benchmark times, and the goals it sets first so the manager's wall
 * chart is 25 reps × 8 goals: the demo's two team quotas plus six more, each split among the reps
 * (a rate is set for each rep on its own, since it does not add up).
 */

export interface GoalCase {
  name: string;
  caller: 'none' | 'rep' | 'manager' | 'admin';
  path: string;
}

interface GoalSummary {
  id: string;
  name: string;
  scopeKind: string;
  scopeId: string | null;
  metric: string;
  parentId: string | null;
}

const benchGoals = [
  { name: 'Bench meetings', metric: 'meetings', periodKind: 'month', target: '400' },
  { name: 'Bench deals won', metric: 'deals_won', periodKind: 'quarter', target: '300' },
  { name: 'Bench connected calls', metric: 'connected_calls', periodKind: 'week', target: '500' },
  { name: 'Bench estimates', metric: 'estimates_sent', periodKind: 'month', target: '200' },
  { name: 'Bench new contacts', metric: 'new_contacts', periodKind: 'month', target: '250' },
] as const;

/** Sets the bench goals on the manager's team unless a kept database has them; answers the ids the cases read. */
export const setUpGoals = async (baseUrl: string, callers: Record<'rep' | 'manager', Caller>, today: string) => {
  const call = <T>(caller: Caller, path: string, options: { method?: string; body?: unknown; expect?: number } = {}) =>
    callApi<T>(baseUrl, caller, path, options);
  const list = async (caller: Caller, query: string) =>
    (await call<{ items: GoalSummary[] }>(caller, `/api/v1/goals?progress=false&limit=500&${query}`)).items;
  const teamGoals = (await list(callers.manager, `on=${today}&scopeKind=team`)).filter((g) => g.parentId === null);
  const revenue = teamGoals.find((g) => g.metric === 'won_revenue');
  if (!revenue?.scopeId) throw new Error('the demo has no team revenue goal for the manager');
  const teamId = revenue.scopeId;
  for (const goal of benchGoals) {
    if (teamGoals.some((g) => g.name === goal.name)) continue;
    const made = await call<{ id: string }>(callers.manager, '/api/v1/goals', {
      method: 'POST',
      body: { ...goal, kind: 'quota', scopeKind: 'team', scopeId: teamId, startsOn: today },
      expect: 201,
    });
    await call(callers.manager, `/api/v1/goals/${made.id}/cascade`, { method: 'POST', body: { into: 'reps' } });
  }
  const reps = (await list(callers.manager, `on=${today}&parentId=${revenue.id}`)).map((g) => g.scopeId as string);
  const rates = await list(callers.manager, `on=${today}&metric=win_rate&scopeKind=rep`);
  for (const repId of reps) {
    if (rates.some((g) => g.scopeId === repId)) continue;
    await call(callers.manager, '/api/v1/goals', {
      method: 'POST',
      body: {
        name: 'Bench win rate',
        metric: 'win_rate',
        scopeKind: 'rep',
        scopeId: repId,
        periodKind: 'quarter',
        startsOn: today,
        target: '30',
      },
      expect: 201,
    });
  }
  const mine = await list(callers.rep, `repId=${callers.rep.userId}&on=${today}&scopeKind=rep`);
  const repRevenue = mine.find((g) => g.metric === 'won_revenue');
  if (!repRevenue) throw new Error('the rep has no revenue goal');
  return { teamRevenue: revenue.id, repRevenue: repRevenue.id, reps: reps.length };
};

export const goalCases = (
  ids: { teamRevenue: string; repRevenue: string },
  today: string,
  monthStart: string,
  repId: string,
): GoalCase[] => {
  const month = `from=${monthStart}&to=${today}`;
  return [
    { name: 'health (no auth)', caller: 'none', path: '/api/health' },
    { name: 'rep: my pace', caller: 'rep', path: `/api/v1/goals?repId=${repId}&on=${today}` },
    { name: 'rep: my revenue goal page', caller: 'rep', path: `/api/v1/goals/${ids.repRevenue}` },
    { name: 'manager: wall chart (25 reps × 8 goals)', caller: 'manager', path: '/api/v1/goals/wall-chart' },
    { name: 'manager: team revenue goal page (25 parts)', caller: 'manager', path: `/api/v1/goals/${ids.teamRevenue}` },
    { name: 'manager: team revenue burn-up', caller: 'manager', path: `/api/v1/goals/${ids.teamRevenue}/series` },
    {
      name: 'manager: deals behind team revenue',
      caller: 'manager',
      path: `/api/v1/goals/${ids.teamRevenue}/facts`,
    },
    { name: 'rep: leaderboard calls month', caller: 'rep', path: `/api/v1/metrics/leaderboard?metric=calls&${month}` },
    {
      name: 'manager: leaderboard won revenue month',
      caller: 'manager',
      path: `/api/v1/metrics/leaderboard?metric=won_revenue&${month}`,
    },
    {
      name: 'admin: leaderboard calls month',
      caller: 'admin',
      path: `/api/v1/metrics/leaderboard?metric=calls&${month}`,
    },
  ];
};
