import type { Session } from '@pacer/core';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { sessionQuery } from '../features/auth/session';
import { AppLayout } from './app-layout';
import { canOpen, type NavPath } from './navigation';
import { NotFoundPage, RouteErrorPage } from './status-pages';

/** What every route can reach: the query cache. */
export interface RouterContext {
  queryClient: QueryClient;
}

/** The root of the route tree; the signed-in app below it is where every feature's pages hang. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// Signed-in pages: no session, no entry; pages of the navigation also check the role.
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ session: Session }> => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
});

export const allowedFor =
  (path: NavPath) =>
  ({ context }: { context: { session: Session } }) => {
    if (!canOpen(path, context.session.member.role)) throw redirect({ to: '/' });
  };
