/** Signing in over HTTP and calling the API as that person, for benchmarks. */

export interface Caller {
  email: string;
  headers: Record<string, string>;
  userId: string;
  orgId: string;
}

export const signInAs = async (baseUrl: string, email: string, password: string): Promise<Caller> => {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { csrfToken: string; user: { id: string }; org: { id: string } };
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('pacer_session='));
  if (!cookie) throw new Error(`sign-in as ${email} set no session cookie`);
  return { email, headers: { cookie, 'x-csrf-token': body.csrfToken }, userId: body.user.id, orgId: body.org.id };
};

/** One API call; throws unless the answer has the expected status. Answers the parsed body. */
export const callApi = async <T = unknown>(
  baseUrl: string,
  caller: Caller | null,
  path: string,
  options: { method?: string; body?: unknown; expect?: number } = {},
): Promise<T> => {
  const headers: Record<string, string> = { ...(caller?.headers ?? {}) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (response.status !== (options.expect ?? 200)) {
    throw new Error(`${options.method ?? 'GET'} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  return (text ? JSON.parse(text) : null) as T;
};
