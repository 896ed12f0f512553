import { describe, expect, it } from 'vitest';
import { hasPermission, permissions, roles, rowReachOf } from './roles';

describe('roles and permissions', () => {
  it.each([
    ['admin', 'org:manage', true],
    ['admin', 'structure:manage', true],
    ['manager', 'members:read', true],
    ['manager', 'members:manage', false],
    ['rep', 'structure:read', true],
    ['rep', 'audit:read', false],
    ['viewer', 'org:read', true],
    ['viewer', 'structure:manage', false],
    ['viewer', 'crm:read', true],
    ['viewer', 'crm:write', false],
    ['rep', 'crm:write', true],
    ['rep', 'crm:import', false],
    ['manager', 'crm:import', true],
    ['manager', 'crm:configure', false],
    ['manager', 'goals:write', true],
    ['rep', 'goals:write', false],
    ['viewer', 'goals:write', false],
    ['manager', 'comp:read', true],
    ['rep', 'comp:read', true],
    ['viewer', 'comp:read', false],
    ['manager', 'comp:write', false],
    ['rep', 'comp:write', false],
    ['manager', 'comp:run', true],
    ['rep', 'comp:run', false],
    ['viewer', 'comp:run', false],
  ] as const)('%s may %s: %s', (role, permission, allowed) => {
    expect(hasPermission(role, permission)).toBe(allowed);
  });

  it('gives admins every permission and viewers no management permission', () => {
    for (const permission of permissions) expect(hasPermission('admin', permission)).toBe(true);
    for (const permission of permissions.filter((p) => p.endsWith(':manage'))) {
      for (const role of roles.filter((r) => r !== 'admin')) expect(hasPermission(role, permission)).toBe(false);
    }
  });

  it('reaches own, team or org rows by role', () => {
    expect(roles.map(rowReachOf)).toEqual(['org', 'team', 'own', 'org']);
  });
});
