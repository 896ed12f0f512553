import type { Session } from '@pacer/core';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { InvitePage } from '../features/auth/invite-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { sessionQuery } from '../features/auth/session';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { HomePage } from '../features/home/home-page';
import { PeoplePage } from '../features/people/people-page';
import { ProfilePage } from '../features/profile/profile-page';
import { RegionsPage } from '../features/regions/regions-page';
import { SettingsPage } from '../features/settings/settings-page';
import { MyTeamPage } from '../features/team/my-team-page';
import { TeamsPage } from '../features/teams/teams-page';
import { AppLayout } from './app-layout';
import { AuthLayout } from './auth-layout';
import { canOpen, type NavPath } from './navigation';
import { NotFoundPage, RouteErrorPage } from './status-pages';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

// Signed-out pages. Sign-in and sign-up send people who are signed in already to Home.
const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: AuthLayout });

const guestOnly = async ({ context }: { context: RouterContext }) => {
  if (await context.queryClient.ensureQueryData(sessionQuery)) throw redirect({ to: '/' });
};

const tokenSearch = z.object({ token: z.string().optional() });

const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'sign-in',
  validateSearch: z.object({ redirect: z.string().optional() }),
  beforeLoad: guestOnly,
  component: SignInPage,
});
const signUpRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'sign-up',
  beforeLoad: guestOnly,
  component: SignUpPage,
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: ResetPasswordPage,
});
const inviteRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'invite',
  validateSearch: tokenSearch,
  component: InvitePage,
});

// Signed-in pages: no session, no entry; pages of the navigation also check the role.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ session: Session }> => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  component: AppLayout,
});

const allowedFor =
  (path: NavPath) =>
  ({ context }: { context: { session: Session } }) => {
    if (!canOpen(path, context.session.member.role)) throw redirect({ to: '/' });
  };

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const myTeamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  validateSearch: z.object({ teamId: z.string().optional() }),
  component: MyTeamPage,
});
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  beforeLoad: allowedFor('/people'),
  component: PeoplePage,
});
const teamsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/teams',
  beforeLoad: allowedFor('/teams'),
  component: TeamsPage,
});
const regionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regions',
  beforeLoad: allowedFor('/regions'),
  component: RegionsPage,
});
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  beforeLoad: allowedFor('/settings'),
  component: SettingsPage,
});
const profileRoute = createRoute({ getParentRoute: () => appRoute, path: '/profile', component: ProfilePage });

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, signUpRoute, forgotPasswordRoute, resetPasswordRoute, inviteRoute]),
  appRoute.addChildren([homeRoute, myTeamRoute, peopleRoute, teamsRoute, regionsRoute, settingsRoute, profileRoute]),
]);

export const createAppRouter = (queryClient: QueryClient) =>
  createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
