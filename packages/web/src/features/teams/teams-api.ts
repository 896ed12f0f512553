import type { CreateTeamInput, Team, TeamDetail, UpdateTeamInput } from '@pacer/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** The teams the signed-in person may see (the server narrows by role). */
export const teamsQuery = queryOptions({
  queryKey: ['teams'] as const,
  queryFn: async ({ signal }) => (await api.get<{ items: Team[] }>('/teams', undefined, signal)).items,
});

/** One team with its members. */
export const teamQuery = (teamId: string) =>
  queryOptions({
    queryKey: ['teams', teamId] as const,
    queryFn: ({ signal }) => api.get<TeamDetail>(`/teams/${teamId}`, undefined, signal),
  });

export const teamsApi = {
  create: (input: CreateTeamInput) => api.post<Team>('/teams', input),
  update: (teamId: string, input: UpdateTeamInput) => api.patch<Team>(`/teams/${teamId}`, input),
  remove: (teamId: string) => api.delete(`/teams/${teamId}`),
  addMember: (teamId: string, userId: string) => api.post<TeamDetail>(`/teams/${teamId}/members`, { userId }),
  removeMember: (teamId: string, userId: string) => api.delete<TeamDetail>(`/teams/${teamId}/members/${userId}`),
};
