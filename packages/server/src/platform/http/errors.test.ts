import { expect, it } from 'vitest';
import { describeApi } from '../../testing/test-api';

describeApi('errors and the web app fallback', (api) => {
  it('answers unknown /api paths with a JSON 404', async () => {
    const answer = await api.client().get('/api/v1/no-such-thing');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No route GET /api/v1/no-such-thing' } });
  });

  it('serves the web app for other paths, so client-side routes load', async () => {
    const answer = await api.client().get('/team/some/deep/link');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/html');
    expect(answer.body).toContain('<div id="root">');
  });

  it('turns malformed JSON into a 400 without internals', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    const body = (await response.json()) as { error: { code: string } };
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });

  it('reports database reachability', async () => {
    const answer = await api.client().get('/api/health');
    expect(answer.body).toMatchObject({ status: 'ok', database: 'up' });
  });
});
