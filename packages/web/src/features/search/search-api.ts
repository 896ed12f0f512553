import { useDebouncedValue } from '@mantine/hooks';
import type { SearchHit, searchableTypes } from '@pacer/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export type SearchableType = (typeof searchableTypes)[number];

/** The server answers from this many characters on. */
export const minSearchLength = 2;

/** The page of a record a search hit names. */
export const recordPath = (type: SearchableType, id: string): string => `/${type}/${id}`;

interface RecordSearchOptions {
  types?: readonly SearchableType[] | undefined;
  /** Hits per type. */
  limit?: number;
  enabled?: boolean;
}

/**
 * Accounts, contacts, leads and deals matching what is typed, searched on the server a moment
 * after the typing stops; the previous hits stay on screen meanwhile, so the list does not flicker.
 */
export const useRecordSearch = (text: string, { types, limit = 5, enabled = true }: RecordSearchOptions = {}) => {
  const [q] = useDebouncedValue(text.trim(), 150);
  const ready = enabled && q.length >= minSearchLength;
  const query = useQuery({
    queryKey: ['search', q, types?.join(',') ?? 'all', limit] as const,
    queryFn: async ({ signal }) =>
      (await api.get<{ hits: SearchHit[] }>('/search', { q, types: types?.join(','), limit }, signal)).hits,
    enabled: ready,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
  return {
    hits: ready ? (query.data ?? []) : [],
    /** Waiting for the typing to pause or for the server. */
    searching: enabled && text.trim().length >= minSearchLength && (q !== text.trim() || query.isFetching),
    error: ready && query.isError ? query.error : null,
    ready,
  };
};
