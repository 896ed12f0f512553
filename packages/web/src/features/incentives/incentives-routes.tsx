import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { AwardsPage } from './awards-page';
import { ContestEditPage } from './contest-edit-page';
import { ContestFormPage } from './contest-form-page';
import { ContestPage } from './contest-page';
import { ContestsPage } from './contests-page';
import { RecognitionPage } from './recognition-page';

/**
 * The pages of incentives and recognition under the signed-in app: contests (a contest's page
 * shows its leaderboard alone on the screen with `tv=1`), the recognition feed and awards.
 */
export const createIncentiveRoutes = <TParent extends AnyRoute>(getParentRoute: () => TParent) =>
  [
    createRoute({ getParentRoute, path: '/contests', component: ContestsPage }),
    createRoute({ getParentRoute, path: '/contests/new', component: ContestFormPage }),
    createRoute({
      getParentRoute,
      path: '/contests/$contestId',
      validateSearch: z.object({ tv: z.literal(1).optional().catch(undefined) }),
      component: ContestPage,
    }),
    createRoute({ getParentRoute, path: '/contests/$contestId/edit', component: ContestEditPage }),
    createRoute({ getParentRoute, path: '/recognition', component: RecognitionPage }),
    createRoute({ getParentRoute, path: '/awards', component: AwardsPage }),
  ] as const;
