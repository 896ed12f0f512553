import type { HttpClient } from './http-client';
import type { TestApi } from './test-api';

/**
 * An org with two teams under a parent: North (manager M1, reps R1 and R2) and South
 * (manager M2, rep R3), a VP managing the parent, and a viewer. Enough to prove every scope.
 */
export const createOrgFixture = async (api: TestApi) => {
  const { client: admin, session } = await api.signUp({ orgName: 'Fixture Org' });
  const created = async (path: string, body: unknown) => {
    const answer = await admin.post(path, body);
    if (answer.status !== 201) throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
    return answer.body.id as string;
  };
  const sales = await created('/api/v1/teams', { name: 'Sales' });
  const north = await created('/api/v1/teams', { name: 'North', parentId: sales });
  const south = await created('/api/v1/teams', { name: 'South', parentId: sales });
  const vp = await api.invite(admin, { role: 'manager', name: 'Vera VP' });
  const m1 = await api.invite(admin, { role: 'manager', teamId: north, name: 'Max North' });
  const m2 = await api.invite(admin, { role: 'manager', teamId: south, name: 'Mia South' });
  const r1 = await api.invite(admin, { role: 'rep', repType: 'inside', teamId: north, name: 'Rita Inside' });
  const r2 = await api.invite(admin, { role: 'rep', repType: 'field', teamId: north, name: 'Finn Field' });
  const r3 = await api.invite(admin, { role: 'rep', repType: 'external', teamId: south, name: 'Ed External' });
  const viewer = await api.invite(admin, { role: 'viewer', name: 'Val Viewer' });
  const setManager = async (teamId: string, managerId: string) => {
    const answer = await admin.patch(`/api/v1/teams/${teamId}`, { managerId });
    if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  };
  await setManager(sales, vp.userId);
  await setManager(north, m1.userId);
  await setManager(south, m2.userId);
  return {
    orgId: session.org.id as string,
    admin: { client: admin as HttpClient, userId: session.user.id as string },
    teams: { sales, north, south },
    vp,
    m1,
    m2,
    r1,
    r2,
    r3,
    viewer,
  };
};
