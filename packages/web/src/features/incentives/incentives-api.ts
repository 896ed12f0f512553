import type {
  Award,
  Contest,
  ContestDetail,
  ContestLeaderboard,
  CreateAwardInput,
  CreateContestInput,
  CreateKudosInput,
  RecognitionPost,
  UpdateContestInput,
} from '@pacer/core';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** How often a live leaderboard asks again; a TV in the sales room sits on it all day. */
export const liveRefreshMs = 30_000;

export const contestsQuery = queryOptions({
  queryKey: ['contests', 'list'] as const,
  queryFn: ({ signal }) => api.get<Page<Contest>>('/contests', { limit: 200 }, signal),
  select: (page) => page.items,
});

export const contestQuery = (id: string) =>
  queryOptions({
    queryKey: ['contests', 'detail', id] as const,
    queryFn: ({ signal }) => api.get<ContestDetail>(`/contests/${id}`, undefined, signal),
  });

/** The live standings, asked again every half minute while the page is open. */
export const contestLeaderboardQuery = (id: string) =>
  queryOptions({
    queryKey: ['contests', 'leaderboard', id] as const,
    queryFn: ({ signal }) => api.get<ContestLeaderboard>(`/contests/${id}/leaderboard`, undefined, signal),
    refetchInterval: liveRefreshMs,
  });

/** The feed, newest first, a page at a time ("older posts"). */
export const recognitionQuery = infiniteQueryOptions({
  queryKey: ['recognition'] as const,
  queryFn: ({ pageParam, signal }) =>
    api.get<Page<RecognitionPost>>('/recognition', { limit: 20, cursor: pageParam }, signal),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

export const awardsQuery = queryOptions({
  queryKey: ['awards'] as const,
  queryFn: ({ signal }) => api.get<Page<Award>>('/awards', { limit: 100 }, signal),
  select: (page) => page.items,
});

export const incentivesApi = {
  createContest: (input: CreateContestInput) => api.post<ContestDetail>('/contests', input),
  updateContest: (id: string, input: UpdateContestInput) => api.patch<ContestDetail>(`/contests/${id}`, input),
  cancelContest: (id: string) => api.post<ContestDetail>(`/contests/${id}/cancel`),
  finishContest: (id: string) => api.post<ContestDetail>(`/contests/${id}/finish`),
  postKudos: (input: CreateKudosInput) => api.post<RecognitionPost>('/recognition', input),
  cheer: (id: string, on: boolean) =>
    on
      ? api.put<RecognitionPost>(`/recognition/${id}/reaction`)
      : api.delete<RecognitionPost>(`/recognition/${id}/reaction`),
  giveAward: (input: CreateAwardInput) => api.post<Award>('/awards', input),
};
