import type {
  BulkActionInput,
  CreateSavedViewInput,
  ListTotals,
  RecordType,
  SavedView,
  TimelineEntry,
  UpdateSavedViewInput,
} from '@pacer/core';
import { infiniteQueryOptions, keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** A list's query parameters as the URL and the API spell them: every value a string. */
export type ListSearch = Record<string, string>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const pageSize = 50;

/** Keys of the URL that are not API filters. */
const uiKeys = new Set(['view']);

/** The list's API filters: the URL's parameters without the ones only the page reads. */
export const filtersOf = (search: ListSearch): ListSearch =>
  Object.fromEntries(Object.entries(search).filter(([key, value]) => !uiKeys.has(key) && value !== ''));

/** The filters without the sort: what the footer totals and a view's filters take. */
export const withoutSort = (search: ListSearch): ListSearch => {
  const { sort: _sort, ...rest } = filtersOf(search);
  return rest;
};

/** Keep only plain values from a parsed URL: a list's search is flat text. */
export const parseListSearch = (search: Record<string, unknown>): ListSearch => {
  const parsed: ListSearch = {};
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      parsed[key] = String(value);
  }
  return parsed;
};

/** Pages of a record list, fetched as the user scrolls on ("load more"). */
export const recordListQuery = <T>(type: RecordType, search: ListSearch, limit = pageSize) =>
  infiniteQueryOptions({
    queryKey: [type, 'list', filtersOf(search), limit] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<T>>(`/${type}`, { ...filtersOf(search), limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A new filter keeps the old rows on screen until the new ones arrive: no flash of skeletons.
    placeholderData: keepPreviousData,
  });

/** The footer figures of a list: count and sums per currency, fetched beside the first page. */
export const recordTotalsQuery = (type: RecordType, search: ListSearch) =>
  queryOptions({
    queryKey: [type, 'totals', withoutSort(search)] as const,
    queryFn: ({ signal }) => api.get<ListTotals>(`/${type}/totals`, withoutSort(search), signal),
    placeholderData: keepPreviousData,
  });

/** One record by id. */
export const recordQuery = <T>(type: RecordType, id: string) =>
  queryOptions({
    queryKey: [type, 'detail', id] as const,
    queryFn: ({ signal }) => api.get<T>(`/${type}/${id}`, undefined, signal),
  });

/** A record's timeline, newest first, a page at a time. */
export const timelineQuery = (type: RecordType, id: string) =>
  infiniteQueryOptions({
    queryKey: [type, 'timeline', id] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TimelineEntry>>(`/${type}/${id}/timeline`, { limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Everything cached about a record type: lists, totals, records and timelines. */
export const refreshRecords = async (queryClient: QueryClient, ...types: RecordType[]): Promise<void> => {
  await Promise.all(types.map((type) => queryClient.invalidateQueries({ queryKey: [type] })));
};

export const recordApi = {
  create: <T>(type: RecordType, input: unknown) => api.post<T>(`/${type}`, input),
  update: <T>(type: RecordType, id: string, input: unknown) => api.patch<T>(`/${type}/${id}`, input),
  archive: <T>(type: RecordType, id: string, archived: boolean) =>
    api.post<T>(`/${type}/${id}/${archived ? 'archive' : 'restore'}`),
  bulk: (type: RecordType, input: BulkActionInput) => api.post<{ updated: number }>(`/${type}/bulk`, input),
};

/** The address of a list's export: the same filters and the chosen columns, as CSV or XLSX. */
export const exportUrl = (type: RecordType, format: 'csv' | 'xlsx', search: ListSearch, columns: string[]): string => {
  const params = new URLSearchParams({ ...filtersOf(search), format, columns: columns.join(',') });
  return `/api/v1/${type}/export?${params.toString()}`;
};

export const savedViewsQuery = (type: RecordType) =>
  queryOptions({
    queryKey: ['saved-views', type] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ items: SavedView[] }>('/saved-views', { recordType: type }, signal)).items,
    staleTime: 5 * 60_000,
  });

export const savedViewApi = {
  create: (input: CreateSavedViewInput) => api.post<SavedView>('/saved-views', input),
  update: (id: string, input: UpdateSavedViewInput) => api.patch<SavedView>(`/saved-views/${id}`, input),
  remove: (id: string) => api.delete(`/saved-views/${id}`),
};
