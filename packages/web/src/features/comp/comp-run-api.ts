import type { CompRunDetail, CompRunSummary, ExchangeRateView, SetExchangeRateInput } from '@pacer/core';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { Page } from '../records/record-api';

/** Past runs and the exchange rates they convert with, as the run page reads them. */

/** Runs, newest first; older ones on demand. */
export const compRunsQuery = infiniteQueryOptions({
  queryKey: ['comp-runs', 'list'] as const,
  queryFn: ({ pageParam, signal }) =>
    api.get<Page<CompRunSummary>>('/comp-runs', { limit: 10, cursor: pageParam }, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

/** One past run with each rep's total. */
export const compRunQuery = (runId: string) =>
  queryOptions({
    queryKey: ['comp-runs', 'detail', runId] as const,
    queryFn: ({ signal }) => api.get<CompRunDetail>(`/comp-runs/${runId}`, undefined, signal),
  });

export const exchangeRatesQuery = queryOptions({
  queryKey: ['exchange-rates'] as const,
  queryFn: ({ signal }) => api.get<{ items: ExchangeRateView[] }>('/exchange-rates', undefined, signal),
});

export const exchangeRatesApi = {
  set: (input: SetExchangeRateInput) => api.put<ExchangeRateView>('/exchange-rates', input),
  remove: (id: string) => api.delete(`/exchange-rates/${id}`),
};
