import type { ErrorCode, FieldIssue, Session } from '@pacer/core';
import { isErrorCode } from '@pacer/core';

/** Every failed API call becomes one of these: the server's stable code, its message and field issues. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldIssue[];

  constructor(status: number, code: ErrorCode, message: string, fields: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const apiBase = '/api/v1';

// The session cookie authenticates; writes must also carry the session's CSRF token.
let csrfToken: string | null = null;
let acceptLanguage = 'en';

/** Remember the CSRF token of the current session (called whenever a Session arrives). */
export const rememberSession = (session: Session | null): void => {
  csrfToken = session?.csrfToken ?? null;
};

/** The user's language, sent with every request; the app itself translates errors by their code. */
export const setApiLanguage = (language: string): void => {
  acceptLanguage = language;
};

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

const toSearch = (query: Query | undefined): string => {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

const parseError = async (response: Response): Promise<ApiError> => {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic error.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  if (error && isErrorCode(error.code)) {
    const fields = Array.isArray(error.fields) ? (error.fields as FieldIssue[]) : [];
    return new ApiError(response.status, error.code, String(error.message ?? error.code), fields);
  }
  const code: ErrorCode =
    response.status === 401 ? 'UNAUTHENTICATED' : response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  return new ApiError(response.status, code, response.statusText || `HTTP ${response.status}`);
};

const send = async (method: string, path: string, options: RequestOptions): Promise<Response> => {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(`${apiBase}${path}${toSearch(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'UNAVAILABLE', 'The server cannot be reached');
  }
};

const refreshCsrfToken = async (): Promise<boolean> => {
  const response = await send('GET', '/session', {});
  if (!response.ok) return false;
  rememberSession((await response.json()) as Session);
  return true;
};

/** Call the Pacer API. Resolves with the JSON body (undefined for 204), rejects with ApiError. */
export const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
  let response = await send(method, path, options);
  // A stale token (another tab signed in again) is refreshed once and the write retried.
  if (response.status === 403 && method !== 'GET') {
    const error = await parseError(response.clone());
    if (error.code === 'CSRF_TOKEN_INVALID' && (await refreshCsrfToken())) response = await send(method, path, options);
  }
  if (!response.ok) throw await parseError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
};

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
