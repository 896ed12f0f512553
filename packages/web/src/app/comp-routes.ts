import { compStatementStatuses } from '@pacer/core';
import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { compPlanQuery } from '../features/comp/comp-api';
import { compPages } from '../features/comp/comp-pages';
import { statementQuery } from '../features/comp/statement-api';
import { allowedFor, appRoute } from './route-base';

// Comp plans: admins build and assign them; admins and managers run periods; a rep reads their own plan and asks "what if".
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
  beforeLoad: allowedFor('/comp-runs'),
  component: compPages.run,
});
const myPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-plan',
  beforeLoad: allowedFor('/my-plan'),
  component: compPages.myPlan,
});

// Statements: reps read their own, managers their people's (and review them), admins all (and approve, pay).
const compStatementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-statements',
  beforeLoad: allowedFor('/comp-statements'),
  validateSearch: z.object({
    period: z.string().optional().catch(undefined),
    status: z.enum(compStatementStatuses).optional().catch(undefined),
    repId: z.string().optional().catch(undefined),
  }),
  component: compPages.statements,
});
const compStatementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/comp-statements/$statementId',
  beforeLoad: allowedFor('/comp-statements'),
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(statementQuery(params.statementId)),
  component: compPages.statement,
});

export const compRoutes = [
  compPlansRoute,
  newCompPlanRoute,
  compPlanRoute,
  newCompVersionRoute,
  compRunsRoute,
  myPlanRoute,
  compStatementsRoute,
  compStatementRoute,
] as const;
