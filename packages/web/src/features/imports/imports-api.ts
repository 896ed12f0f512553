import {
  type ErrorCode,
  type ImportField,
  type ImportJob,
  type ImportMapping,
  isErrorCode,
  type RecordType,
} from '@pacer/core';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import i18next from 'i18next';
import { ApiError, api } from '../../lib/api-client';

interface ImportPage {
  items: ImportJob[];
  nextCursor: string | null;
}

/** The org's imports, newest first, page by page. */
export const importsQuery = infiniteQueryOptions({
  queryKey: ['imports', 'list'] as const,
  queryFn: ({ pageParam, signal }) => api.get<ImportPage>('/imports', { limit: 20, cursor: pageParam }, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

/** Statuses during which the server is still working on the file. */
export const busyStatuses: readonly ImportJob['status'][] = ['validating', 'running'];

/** One import; polled while the server checks or writes it. */
export const importQuery = (importId: string) =>
  queryOptions({
    queryKey: ['imports', 'detail', importId] as const,
    queryFn: ({ signal }) => api.get<ImportJob>(`/imports/${importId}`, undefined, signal),
    refetchInterval: (query) => (query.state.data && busyStatuses.includes(query.state.data.status) ? 500 : false),
  });

/** The fields a record type can be imported into, required ones marked. */
export const importFieldsQuery = (recordType: RecordType) =>
  queryOptions({
    queryKey: ['imports', 'fields', recordType] as const,
    queryFn: async ({ signal }) => {
      const answer = await api.get<{ items: ImportField[] } | ImportField[]>(
        `/imports/fields/${recordType}`,
        undefined,
        signal,
      );
      return Array.isArray(answer) ? answer : answer.items;
    },
    staleTime: 5 * 60_000,
  });

const errorOf = (status: number, body: unknown): ApiError => {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  if (error && isErrorCode(error.code)) {
    return new ApiError(
      status,
      error.code,
      String(error.message ?? error.code),
      Array.isArray(error.fields) ? error.fields : [],
    );
  }
  const code: ErrorCode = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  return new ApiError(status, code, `HTTP ${status}`);
};

/**
 * Upload a file as multipart (record type first, then the file), reporting the share sent so far.
 * XMLHttpRequest rather than fetch: only it tells how far an upload has got.
 */
export const uploadImport = (
  input: { file: File; recordType: RecordType; csrfToken: string },
  onProgress: (share: number) => void,
): Promise<ImportJob> =>
  new Promise((resolve, reject) => {
    const body = new FormData();
    body.append('recordType', input.recordType);
    body.append('file', input.file, input.file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/imports');
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', i18next.language);
    request.setRequestHeader('x-csrf-token', input.csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        // Not JSON: treated as an error below.
      }
      if (request.status >= 200 && request.status < 300 && answer) resolve(answer as ImportJob);
      else reject(errorOf(request.status, answer));
    };
    request.onerror = () => reject(new ApiError(0, 'UNAVAILABLE', 'The server cannot be reached'));
    request.send(body);
  });

export const importsApi = {
  validate: (importId: string, mapping: ImportMapping) =>
    api.post<ImportJob>(`/imports/${importId}/validate`, { mapping }),
  run: (importId: string) => api.post<ImportJob>(`/imports/${importId}/run`),
};

/** The list page of each record type, where the imported records show. */
export const recordListPath: Record<RecordType, string> = {
  accounts: '/accounts',
  contacts: '/contacts',
  leads: '/leads',
  deals: '/deals',
  products: '/products',
  estimates: '/estimates',
  activities: '/activities',
};
