import type {
  AcceptInvitationInput,
  invitationPreviewSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  Session,
  SignInInput,
  SignUpInput,
} from '@pacer/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { z } from 'zod';
import { api } from '../../lib/api-client';
import { notifyError } from '../../lib/notify';
import { applySession, sessionQuery } from './session';

export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** The public auth endpoints; each signed-in answer is a Session. */
export const authApi = {
  signIn: (input: SignInInput) => api.post<Session>('/auth/sign-in', input),
  signUp: (input: SignUpInput) => api.post<Session>('/auth/sign-up', input),
  requestPasswordReset: (input: z.infer<typeof passwordResetRequestSchema>) =>
    api.post<{ ok: true }>('/auth/password-reset/request', input),
  confirmPasswordReset: (input: z.infer<typeof passwordResetConfirmSchema>) =>
    api.post<{ ok: true }>('/auth/password-reset/confirm', input),
  previewInvitation: (token: string) => api.get<InvitationPreview>('/invitations/preview', { token }),
  acceptInvitation: (input: AcceptInvitationInput) => api.post<Session>('/invitations/accept', input),
  signOut: () => api.post<void>('/auth/sign-out'),
};

/** Sign out, forget everything cached, and go to the sign-in page. */
export const useSignOut = (): (() => Promise<void>) => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await authApi.signOut();
    } catch (error) {
      notifyError(error);
      return;
    }
    // The shell sees the session end and leaves; the rest of the cache goes once its pages are gone.
    applySession(queryClient, null);
    await navigate({ to: '/sign-in' });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
  }, [queryClient, navigate]);
};
