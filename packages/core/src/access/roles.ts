/** What a member of an org may do is decided by one role. */
export const roles = ['admin', 'manager', 'rep', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Reps come in three kinds; external reps are contractors on straight commission. */
export const repTypes = ['inside', 'field', 'external'] as const;
export type RepType = (typeof repTypes)[number];

export const memberStatuses = ['active', 'deactivated'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/**
 * Permissions name what a route needs. Routes declare one; the access policy checks the role.
 * `org:*` is org administration; `structure:read` is the team and region trees;
 * `members:read` the people directory (rows further narrowed by the row scope).
 * `crm:read` and `crm:write` are the CRM records (rows narrowed by the row scope), `crm:import`
 * bulk imports, `crm:configure` the org's pipelines, product catalog and custom fields;
 * `goals:write` setting goals, quotas and milestones (everyone reads the goals in their reach).
 * `comp:read` comp plans and earnings (managers those of their reach, reps their own; viewers none:
 * pay is not for every reader); `comp:run` running a period (managers for the teams they lead);
 * `comp:write` building and assigning plans, running the whole org, approving and paying.
 */
export const permissions = [
  'org:read',
  'org:manage',
  'members:read',
  'members:manage',
  'structure:read',
  'structure:manage',
  'audit:read',
  'crm:read',
  'crm:write',
  'crm:import',
  'crm:configure',
  'goals:write',
  'comp:read',
  'comp:run',
  'comp:write',
] as const;
export type Permission = (typeof permissions)[number];

const everything = new Set<Permission>(permissions);
const reader: Permission[] = ['org:read', 'members:read', 'structure:read', 'crm:read'];

const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  admin: everything,
  manager: new Set([...reader, 'crm:write', 'crm:import', 'goals:write', 'comp:read', 'comp:run']),
  rep: new Set([...reader, 'crm:write', 'comp:read']),
  viewer: new Set(reader),
};

export const hasPermission = (role: Role, permission: Permission): boolean => rolePermissions[role].has(permission);

/** Which rows of people-owned data a role sees: its own, its team subtree's, or the whole org. */
export type RowReach = 'own' | 'team' | 'org';

export const rowReachOf = (role: Role): RowReach => {
  switch (role) {
    case 'admin':
    case 'viewer':
      return 'org';
    case 'manager':
      return 'team';
    case 'rep':
      return 'own';
  }
};
