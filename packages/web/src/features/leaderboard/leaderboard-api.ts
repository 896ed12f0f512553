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

/** What reps are ranked by: the metric's value, or the share of their own target on it (in percent). */
export const leaderboardRankings = ['value', 'target'] as const;
export type LeaderboardRanking = (typeof leaderboardRankings)[number];

/**
 * The leaderboard of a metric over a period. Ranked by target, the goals answer: each rep's % of
 * their own goal on the metric, so a new rep with a smaller target competes fairly with a senior one.
 */
export const leaderboardQuery = (filters: LeaderboardFilters, rankBy: LeaderboardRanking = 'value') =>
  queryOptions({
    queryKey: [rankBy === 'target' ? 'goals' : 'metrics', 'leaderboard', filters] as const,
    queryFn: ({ signal }) =>
      api.get<Leaderboard>(
        rankBy === 'target' ? '/goals/leaderboard' : '/metrics/leaderboard',
        { metric: filters.metric, from: filters.from, to: filters.to, teamId: filters.teamId ?? undefined },
        signal,
      ),
  });
