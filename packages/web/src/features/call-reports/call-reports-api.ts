import type {
  Activity,
  CallReport,
  CallReportStatus,
  CallReportSummary,
  CreateActivityInput,
  ListCallReportsQuery,
  UpdateActivityInput,
} from '@pacer/core';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

interface CallReportPage {
  items: CallReportSummary[];
  nextCursor: string | null;
}

export interface CallReportFilters {
  repId: string | null;
  status: CallReportStatus | null;
  from: string;
  to: string;
}

const pageSize = 25;

/** The team's call reports of one status, page by page, narrowed on the server. */
export const callReportsQuery = (filters: CallReportFilters) =>
  infiniteQueryOptions({
    queryKey: ['call-reports', 'list', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<CallReportPage>(
        '/call-reports',
        {
          repId: filters.repId ?? undefined,
          status: filters.status ?? undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
          limit: pageSize,
          cursor: pageParam,
        } satisfies Partial<Record<keyof ListCallReportsQuery, string | number | undefined>>,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** One submitted report with its activities and comment thread. */
export const callReportQuery = (reportId: string) =>
  queryOptions({
    queryKey: ['call-reports', 'detail', reportId] as const,
    queryFn: ({ signal }) => api.get<CallReport>(`/call-reports/${reportId}`, undefined, signal),
  });

/** The signed-in rep's report of a day (a draft, unsaved, when nothing was written yet). */
export const myCallReportQuery = (day: string) =>
  queryOptions({
    queryKey: ['call-reports', 'mine', day] as const,
    queryFn: ({ signal }) => api.get<CallReport>(`/call-reports/mine/${day}`, undefined, signal),
  });

export const callReportsApi = {
  saveMine: (day: string, summary: string) => api.put<CallReport>(`/call-reports/mine/${day}`, { summary }),
  submitMine: (day: string, summary: string) => api.post<CallReport>(`/call-reports/mine/${day}/submit`, { summary }),
  review: (reportId: string, comment: string) => api.post<CallReport>(`/call-reports/${reportId}/review`, { comment }),
  comment: (reportId: string, body: string) => api.post<CallReport>(`/call-reports/${reportId}/comments`, { body }),
  logActivity: (input: CreateActivityInput) => api.post<Activity>('/activities', input),
  updateActivity: (activityId: string, input: UpdateActivityInput) =>
    api.patch<Activity>(`/activities/${activityId}`, input),
};
