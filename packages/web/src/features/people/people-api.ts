import type {
  CreateInvitationInput,
  Invitation,
  ListMembersQuery,
  Member,
  MemberStatus,
  Role,
  sentInvitationSchema,
  UpdateMemberInput,
} from '@pacer/core';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api-client';

export type SentInvitation = z.infer<typeof sentInvitationSchema>;

export interface MemberFilters {
  q: string;
  role: Role | null;
  status: MemberStatus | null;
  teamId?: string | undefined;
}

interface MemberPage {
  items: Member[];
  nextCursor: string | null;
}

const pageSize = 25;

export const listMembers = (query: Partial<ListMembersQuery>, signal?: AbortSignal) =>
  api.get<MemberPage>('/members', { ...query }, signal);

/** Members page by page ("load more"), filtered on the server. */
export const membersQuery = (filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: ['members', 'list', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      listMembers(
        {
          q: filters.q || undefined,
          role: filters.role ?? undefined,
          status: filters.status ?? undefined,
          teamId: filters.teamId,
          limit: pageSize,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Every invitation of the org, newest first as the server sends them. */
export const invitationsQuery = queryOptions({
  queryKey: ['invitations'] as const,
  queryFn: async ({ signal }) => (await api.get<{ items: Invitation[] }>('/invitations', undefined, signal)).items,
});

export const peopleApi = {
  updateMember: (userId: string, input: UpdateMemberInput) => api.patch<Member>(`/members/${userId}`, input),
  invite: (input: CreateInvitationInput) => api.post<SentInvitation>('/invitations', input),
  resend: (invitationId: string) => api.post<SentInvitation>(`/invitations/${invitationId}/resend`),
  revoke: (invitationId: string) => api.delete(`/invitations/${invitationId}`),
};
