import { lazyRouteComponent } from '@tanstack/react-router';

/** The comp pages, each loaded when first needed: only admins and reps open them, and not on every visit. */
export const compPages = {
  plans: lazyRouteComponent(() => import('./comp-plans-page'), 'CompPlansPage'),
  plan: lazyRouteComponent(() => import('./comp-plan-page'), 'CompPlanPage'),
  newPlan: lazyRouteComponent(() => import('./comp-plan-builder-page'), 'CompPlanBuilderPage'),
  newVersion: lazyRouteComponent(() => import('./comp-plan-builder-page'), 'CompVersionBuilderPage'),
  run: lazyRouteComponent(() => import('./comp-run-page'), 'CompRunPage'),
  myPlan: lazyRouteComponent(() => import('./my-plan-page'), 'MyPlanPage'),
  statements: lazyRouteComponent(() => import('./statement-list-page'), 'StatementListPage'),
  statement: lazyRouteComponent(() => import('./statement-page'), 'StatementPage'),
};
