// Every table of every module, in one place for Drizzle, migrations and the schema invariants test.

export * from '../../modules/accounts/accounts.table';
export * from '../../modules/activities/activities.table';
export * from '../../modules/audit/audit.table';
export * from '../../modules/call-reports/call-reports.table';
export * from '../../modules/comp/comp.table';
export * from '../../modules/comp/comp-clawbacks.table';
export * from '../../modules/comp/comp-statements.table';
export * from '../../modules/contacts/contacts.table';
export * from '../../modules/custom-fields/custom-fields.table';
export * from '../../modules/deals/deals.table';
export * from '../../modules/estimates/estimates.table';
export * from '../../modules/goals/goals.table';
export * from '../../modules/identity/identity.table';
export * from '../../modules/imports/imports.table';
export * from '../../modules/incentives/incentives.table';
export * from '../../modules/invitations/invitations.table';
export * from '../../modules/leads/leads.table';
export * from '../../modules/members/members.table';
export * from '../../modules/metrics/metric-rollups.table';
export * from '../../modules/orgs/orgs.table';
export * from '../../modules/pipelines/pipelines.table';
export * from '../../modules/products/products.table';
export * from '../../modules/regions/regions.table';
export * from '../../modules/saved-views/saved-views.table';
export * from '../../modules/teams/teams.table';
export * from '../auth/auth.table';

/**
 * Tables that are not keyed by org_id, and how Citus holds them:
 * `orgs` is the tenant root (distributed by its id); logins are global reference tables.
 */
export const globalTables = {
  orgs: 'distributed by id',
  users: 'reference',
  password_resets: 'reference',
} as const;
