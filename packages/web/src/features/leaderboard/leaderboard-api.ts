import type { Leaderboard, MetricDefinition, MetricKey } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** The metric catalog; it changes only with a new version of Pacer. */
export const metricCatalogQuery = queryOptions({
  queryKey: ['metrics', 'catalog'] as const,
  queryFn: ({ signal }) => api.get<{ items: MetricDefinition[] }>('/metrics', undefined, signal),
  staleTime: Number.POSITIVE_INFINITY,
  select: (answer) => answer.items,
});

export interface LeaderboardFilters {
  metric: MetricKey;
  from: string;
  to: string;
  teamId: string | null;
}

export const leaderboardQuery = (filters: LeaderboardFilters) =>
  queryOptions({
    queryKey: ['metrics', 'leaderboard', filters] as const,
    queryFn: ({ signal }) =>
      api.get<Leaderboard>(
        '/metrics/leaderboard',
        { metric: filters.metric, from: filters.from, to: filters.to, teamId: filters.teamId ?? undefined },
        signal,
      ),
  });
