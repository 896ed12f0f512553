import type { Page } from 'playwright-core';

type ApiResponse = Awaited<ReturnType<Page['request']['get']>>;

/** What a journey sets up through the API instead of clicking: same cookie as the page, its CSRF token on writes. */
export const apiOf = async (page: Page) => {
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  const answer = async <T>(method: string, path: string, response: ApiResponse): Promise<T> => {
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    get: async <T>(path: string): Promise<T> => answer<T>('GET', path, await page.request.get(`/api/v1${path}`)),
    post: async <T>(path: string, data: unknown): Promise<T> =>
      answer<T>('POST', path, await page.request.post(`/api/v1${path}`, { data, headers })),
    patch: async <T>(path: string, data: unknown): Promise<T> =>
      answer<T>('PATCH', path, await page.request.patch(`/api/v1${path}`, { data, headers })),
  };
};

export type JourneyApi = Awaited<ReturnType<typeof apiOf>>;

/** The name of the person signed in (an import names them as the owner of its rows). */
export const signedInName = async (api: JourneyApi): Promise<string> =>
  (await api.get<{ user: { name: string } }>('/session')).user.name;

export interface Stage {
  id: string;
  name: string;
  kind: 'open' | 'won' | 'lost';
}

/** A pipeline of the journey's own: the open stages given (name, win %), then Won and Lost. */
export const createPipeline = (api: JourneyApi, name: string, openStages: [string, number][]) =>
  api.post<{ id: string; name: string; stages: Stage[] }>('/pipelines', {
    name,
    stages: [
      ...openStages.map(([stage, probability]) => ({ name: stage, probability })),
      { name: 'Won', probability: 100, kind: 'won' },
      { name: 'Lost', probability: 0, kind: 'lost' },
    ],
  });
