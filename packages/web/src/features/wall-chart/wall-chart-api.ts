import type { WallChart, WallChartQuery } from '@pacer/core';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** How often the chart on a TV in the sales room asks for fresh numbers. */
export const tvRefreshMs = 60_000;

/**
 * Every rep in reach against the goals split among them. Without `on` the server takes its own
 * today, so a chart left open overnight moves on to the next day by itself.
 */
export const wallChartQuery = (filters: WallChartQuery, refresh = false) =>
  queryOptions({
    queryKey: ['goals', 'wall-chart', filters] as const,
    queryFn: ({ signal }) => api.get<WallChart>('/goals/wall-chart', { ...filters }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: refresh ? tvRefreshMs : false,
    // A TV is nobody's focused tab: it refreshes all the same.
    refetchIntervalInBackground: refresh,
  });

/** The same chart as a workbook; a plain link, the session cookie authenticates the download. */
export const wallChartXlsxUrl = (filters: WallChartQuery): string => {
  const params = new URLSearchParams();
  if (filters.teamId) params.set('teamId', filters.teamId);
  if (filters.on) params.set('on', filters.on);
  const search = params.toString();
  // The API client's base path; the client itself only speaks JSON.
  return `/api/v1/goals/wall-chart.xlsx${search ? `?${search}` : ''}`;
};
