import { hasPermission, type Permission, type Session } from '@pacer/core';
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import i18next from 'i18next';
import { createContext, useContext } from 'react';
import { api, isApiError, rememberSession } from '../../lib/api-client';
import { rememberLocale } from '../../lib/i18n/language';

const fetchSession = async (): Promise<Session | null> => {
  try {
    const session = await api.get<Session>('/session');
    rememberSession(session);
    if (i18next.language !== session.locale) await i18next.changeLanguage(session.locale);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      rememberSession(null);
      return null;
    }
    throw error;
  }
};

/** The current session, or null when nobody is signed in. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  // Client errors will not change on retry; network hiccups and 5xx may.
  retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
});

/** Make a session (from sign-in, sign-up, PATCH /me …) the current one, and speak its language. */
export const applySession = (queryClient: QueryClient, session: Session | null): void => {
  rememberSession(session);
  queryClient.setQueryData(sessionQuery.queryKey, session);
  if (session) {
    rememberLocale(session.locale);
    if (i18next.language !== session.locale) void i18next.changeLanguage(session.locale);
  }
};

/** A fresh start for another person: forget every cached answer of the previous one. */
export const startSession = (queryClient: QueryClient, session: Session): void => {
  applySession(queryClient, session);
  // Reset rather than clear: pages still on screen (an org switch) refetch instead of keeping stale data.
  void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
};

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only inside the signed-in layout. */
export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is only available to signed-in pages');
  return session;
};

/** Whether the signed-in person's role grants a permission (the server still checks each request). */
export const useCan = (permission: Permission): boolean => hasPermission(useSession().member.role, permission);
