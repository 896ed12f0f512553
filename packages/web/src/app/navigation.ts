import type { Role } from '@pacer/core';
import {
  type Icon,
  IconHome,
  IconMap2,
  IconSettings,
  IconSitemap,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';

export type NavPath = '/' | '/team' | '/people' | '/teams' | '/regions' | '/settings';

export interface NavItem {
  to: NavPath;
  label: 'nav.home' | 'nav.myTeam' | 'nav.people' | 'nav.teams' | 'nav.regions' | 'nav.settings';
  icon: Icon;
  section: 'workspace' | 'administration';
  /** Who sees the item; the route refuses everybody else. */
  roles: readonly Role[];
}

const everyone: readonly Role[] = ['admin', 'manager', 'rep', 'viewer'];
const admins: readonly Role[] = ['admin'];

/** The one list of pages in the navigation, each with the roles allowed to open it. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome, section: 'workspace', roles: everyone },
  { to: '/team', label: 'nav.myTeam', icon: IconUsersGroup, section: 'workspace', roles: everyone },
  { to: '/people', label: 'nav.people', icon: IconUsers, section: 'administration', roles: admins },
  { to: '/teams', label: 'nav.teams', icon: IconSitemap, section: 'administration', roles: admins },
  { to: '/regions', label: 'nav.regions', icon: IconMap2, section: 'administration', roles: admins },
  { to: '/settings', label: 'nav.settings', icon: IconSettings, section: 'administration', roles: admins },
];

/** The items a role sees, in order. */
export const navItemsFor = (role: Role): NavItem[] => navItems.filter((item) => item.roles.includes(role));

/** Whether a role may open a page of the navigation (pages outside it are open to all signed-in). */
export const canOpen = (path: NavPath, role: Role): boolean =>
  navItems.find((item) => item.to === path)?.roles.includes(role) ?? true;
