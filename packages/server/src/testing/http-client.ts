/** A test's view of one HTTP answer. */
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A browser-like client over real HTTP: keeps the session cookie and sends the CSRF token
 * the session handed out, or acts with a Bearer token instead.
 */
export class HttpClient {
  private cookie: string | null = null;
  private csrfToken: string | null = null;
  private bearer: string | null = null;

  constructor(private readonly baseUrl: string) {}

  withToken(token: string): HttpClient {
    const client = new HttpClient(this.baseUrl);
    client.bearer = token;
    return client;
  }

  /** Forget the CSRF token (to prove writes without it are refused). */
  dropCsrf() {
    this.csrfToken = null;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const sent: Record<string, string> = { ...headers };
    if (body !== undefined) sent['content-type'] = 'application/json';
    if (this.cookie) sent.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') sent['x-csrf-token'] = this.csrfToken;
    if (this.bearer) sent.authorization = `Bearer ${this.bearer}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? null : (pair ?? null);
    }
    const text = await response.text();
    const parsed = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    if (parsed && typeof parsed === 'object' && typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);

  /** A GET whose answer is a file: its bytes, not text. */
  async download(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  put = <T = any>(path: string, body: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);
}

/** POSTs a record and answers its body; anything but 201 fails the test with the answer. */
export const created = async (client: HttpClient, path: string, body: unknown) => {
  const answer = await client.post(path, body);
  if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};
