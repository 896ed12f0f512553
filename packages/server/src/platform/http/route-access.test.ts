import { permissions } from '@pacer/core';
import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';

const validRules = new Set<string>(['public', 'signed-in', ...permissions]);
const sampleId = '00000000-0000-4000-8000-000000000000';

describeApi('every route declares its access rule', (api) => {
  const apiRoutes = () =>
    api.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
    );

  it('has a known rule on every /api route', () => {
    expect(apiRoutes().length).toBeGreaterThan(30);
    const missing = apiRoutes().filter((r) => !r.access || !validRules.has(r.access));
    expect(missing, `routes without a valid access rule: ${JSON.stringify(missing)}`).toEqual([]);
  });

  it('answers 401 to an anonymous call of every route that is not public', async () => {
    const client = api.client();
    for (const route of apiRoutes().filter((r) => r.access !== 'public')) {
      const path = route.url.replace(/:[a-zA-Z]+/g, sampleId);
      const answer = await client.request(route.method, path, route.method === 'GET' ? undefined : {});
      expect(answer.status, `${route.method} ${route.url}`).toBe(401);
      expect(answer.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('serves the OpenAPI 3.1 document with every route in it', async () => {
    const answer = await api.client().get('/api/openapi.json');
    expect(answer.body.openapi).toBe('3.1.0');
    const documented = Object.keys(answer.body.paths);
    for (const route of apiRoutes().filter((r) => r.url.startsWith('/api/v1'))) {
      expect(documented).toContain(route.url.replace(/:([a-zA-Z]+)/g, '{$1}'));
    }
    expect((await api.client().get('/api/docs/')).status).toBe(200);
  });
});
