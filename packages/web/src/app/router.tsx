import { metricKeys } from '@pacer/core';
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { accountQuery } from '../features/accounts/accounts-api';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { InvitePage } from '../features/auth/invite-page';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { sessionQuery } from '../features/auth/session';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignUpPage } from '../features/auth/sign-up-page';
import { boardSearchSchema } from '../features/board/board-api';
import { BoardPage } from '../features/board/board-page';
import { CallReportPage } from '../features/call-reports/call-report-page';
import { CallReportsPage } from '../features/call-reports/call-reports-page';
import { contactQuery } from '../features/contacts/contacts-api';
import { dealQuery } from '../features/deals/deals-api';
import { goalListPeriods } from '../features/goals/goal-list-periods';
import { GoalPage } from '../features/goals/goal-page';
import { goalQuery } from '../features/goals/goals-api';
import { GoalsPage } from '../features/goals/goals-page';
import { HomePage } from '../features/home/home-page';
import { ImportWizardPage, NewImportPage } from '../features/imports/import-wizard-page';
import { ImportsPage } from '../features/imports/imports-page';
import { createIncentiveRoutes } from '../features/incentives/incentives-routes';
import { leaderboardRankings } from '../features/leaderboard/leaderboard-api';
import { LeaderboardPage } from '../features/leaderboard/leaderboard-page';
import { leaderboardPeriods } from '../features/leaderboard/leaderboard-periods';
import { leadQuery } from '../features/leads/leads-api';
import { MyDayPage } from '../features/my-day/my-day-page';
import { PeoplePage } from '../features/people/people-page';
import { ProfilePage } from '../features/profile/profile-page';
import { crmPages } from '../features/records/crm-pages';
import { parseListSearch } from '../features/records/record-api';
import { RegionsPage } from '../features/regions/regions-page';
import { SettingsPage } from '../features/settings/settings-page';
import { MyTeamPage } from '../features/team/my-team-page';
import { TeamsPage } from '../features/teams/teams-page';
import { WallChartPage } from '../features/wall-chart/wall-chart-page';
import { AuthLayout } from './auth-layout';
import { compRoutes } from './comp-routes';
import type { NavPath } from './navigation';
import { allowedFor, appRoute, type RouterContext, rootRoute } from './route-base';

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

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const myTeamRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/team',
  validateSearch: z.object({ teamId: z.string().optional() }),
  component: MyTeamPage,
});
// Goals, quotas and milestones: the list keeps its period filter in the URL; a goal's page loads on hover.
const goalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/goals',
  validateSearch: z.object({
    period: z.enum(goalListPeriods).optional().catch(undefined),
    archived: z.boolean().optional().catch(undefined),
  }),
  component: GoalsPage,
});
const goalRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/goals/$goalId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(goalQuery(params.goalId)),
  component: GoalPage,
});
// Reps against goals, one coloured cell each; `tv=1` shows it alone on the screen. No role check:
// reps are not offered it in the navigation, but opened it shows them their own row.
const wallChartRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/wall-chart',
  validateSearch: z.object({
    teamId: z.string().optional(),
    on: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .catch(undefined),
    tv: z.literal(1).optional().catch(undefined),
  }),
  component: WallChartPage,
});
const leaderboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/leaderboard',
  validateSearch: z.object({
    metric: z.enum(metricKeys).optional().catch(undefined),
    period: z.enum(leaderboardPeriods).optional().catch(undefined),
    teamId: z.string().optional(),
    rankBy: z.enum(leaderboardRankings).optional().catch(undefined),
  }),
  component: LeaderboardPage,
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

// The pipeline board; its filters live in the URL.
const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/board',
  beforeLoad: allowedFor('/deals/board'),
  validateSearch: boardSearchSchema,
  component: BoardPage,
});

// Field days and their review; imports.
const myDayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-day',
  beforeLoad: allowedFor('/my-day'),
  validateSearch: z.object({
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .catch(undefined),
  }),
  component: MyDayPage,
});
const callReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/call-reports',
  beforeLoad: allowedFor('/call-reports'),
  validateSearch: z.object({
    repId: z.string().optional(),
    repName: z.string().optional(),
    status: z.enum(['submitted', 'reviewed']).optional().catch(undefined),
    from: z.string().optional(),
    to: z.string().optional(),
  }),
  component: CallReportsPage,
});
const callReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/call-reports/$reportId',
  component: CallReportPage,
});
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  beforeLoad: allowedFor('/imports'),
  component: ImportsPage,
});
const newImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports/new',
  beforeLoad: allowedFor('/imports'),
  component: NewImportPage,
});
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports/$importId',
  beforeLoad: allowedFor('/imports'),
  component: ImportWizardPage,
});

// CRM records: lists keep their filters, sort and saved view in the URL; record pages load on hover.
const listRoute = <const P extends string>(
  path: P,
  nav: NavPath,
  component: (typeof crmPages)[keyof typeof crmPages],
) =>
  createRoute({
    getParentRoute: () => appRoute,
    path,
    beforeLoad: allowedFor(nav),
    validateSearch: parseListSearch,
    component,
  });
const accountsRoute = listRoute('/accounts', '/accounts', crmPages.accounts);
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/$accountId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(accountQuery(params.accountId)),
  component: crmPages.account,
});
const contactsRoute = listRoute('/contacts', '/contacts', crmPages.contacts);
const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(contactQuery(params.contactId)),
  component: crmPages.contact,
});
const leadsRoute = listRoute('/leads', '/leads', crmPages.leads);
const leadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/leads/$leadId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(leadQuery(params.leadId)),
  component: crmPages.lead,
});
const dealsRoute = listRoute('/deals', '/deals', crmPages.deals);
const dealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/$dealId',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(dealQuery(params.dealId)),
  component: crmPages.deal,
});
const activitiesRoute = listRoute('/activities', '/activities', crmPages.activities);
const estimatesRoute = listRoute('/estimates', '/estimates', crmPages.estimates);
const estimateSummaryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/estimates/summary',
  beforeLoad: allowedFor('/estimates'),
  validateSearch: parseListSearch,
  component: crmPages.estimateSummary,
});
const productsRoute = listRoute('/products', '/products', crmPages.products);
const pipelinesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pipelines',
  beforeLoad: allowedFor('/pipelines'),
  component: crmPages.pipelines,
});
const customFieldsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/custom-fields',
  beforeLoad: allowedFor('/custom-fields'),
  validateSearch: parseListSearch,
  component: crmPages.customFields,
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, signUpRoute, forgotPasswordRoute, resetPasswordRoute, inviteRoute]),
  appRoute.addChildren([
    homeRoute,
    boardRoute,
    myDayRoute,
    callReportsRoute,
    callReportRoute,
    importsRoute,
    newImportRoute,
    importRoute,
    myTeamRoute,
    goalsRoute,
    goalRoute,
    wallChartRoute,
    leaderboardRoute,
    ...createIncentiveRoutes(() => appRoute),
    ...compRoutes,
    peopleRoute,
    teamsRoute,
    regionsRoute,
    settingsRoute,
    profileRoute,
    accountsRoute,
    accountRoute,
    contactsRoute,
    contactRoute,
    leadsRoute,
    leadRoute,
    dealsRoute,
    dealRoute,
    activitiesRoute,
    estimatesRoute,
    estimateSummaryRoute,
    productsRoute,
    pipelinesRoute,
    customFieldsRoute,
  ]),
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
