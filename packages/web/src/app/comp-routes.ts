import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { compPlanQuery } from '../features/comp/comp-api';
import { compPages } from '../features/comp/comp-pages';
import { allowedFor, appRoute } from './route-base';

// Comp plans: admins build, assign and run them; a rep reads their own plan and asks "what if".
const compPlansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-plans',
  beforeLoad: allowedFor('/comp-plans'),
  validateSearch: z.object({ archived: z.boolean().optional().catch(undefined) }),
  component: compPages.plans,
});
const newCompPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-plans/new',
  beforeLoad: allowedFor('/comp-plans'),
  component: compPages.newPlan,
});
const compPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-plans/$planId',
  beforeLoad: allowedFor('/comp-plans'),
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(compPlanQuery(params.planId)),
  component: compPages.plan,
});
const newCompVersionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-plans/$planId/versions/new',
  beforeLoad: allowedFor('/comp-plans'),
  component: compPages.newVersion,
});
const compRunsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-runs',
  beforeLoad: allowedFor('/comp-plans'),
  component: compPages.run,
});
const myPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-plan',
  beforeLoad: allowedFor('/my-plan'),
  component: compPages.myPlan,
});

export const compRoutes = [
  compPlansRoute,
  newCompPlanRoute,
  compPlanRoute,
  newCompVersionRoute,
  compRunsRoute,
  myPlanRoute,
] as const;
