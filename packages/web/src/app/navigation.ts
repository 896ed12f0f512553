import type { Role } from '@pacer/core';
import {
  type Icon,
  IconAddressBook,
  IconAward,
  IconBuilding,
  IconCalculator,
  IconCalendarEvent,
  IconChecklist,
  IconConfetti,
  IconFileDollar,
  IconFileImport,
  IconFileInvoice,
  IconForms,
  IconHeartHandshake,
  IconHome,
  IconLayoutGrid,
  IconLayoutKanban,
  IconMap2,
  IconPackage,
  IconPhoneCall,
  IconReceipt2,
  IconReportAnalytics,
  IconReportMoney,
  IconSettings,
  IconSitemap,
  IconTarget,
  IconTargetArrow,
  IconTrophy,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';

export type NavPath =
  | '/'
  | '/my-day'
  | '/team'
  | '/goals'
  | '/wall-chart'
  | '/my-plan'
  | '/comp-statements'
  | '/comp-runs'
  | '/leaderboard'
  | '/contests'
  | '/recognition'
  | '/awards'
  | '/leads'
  | '/accounts'
  | '/contacts'
  | '/deals'
  | '/deals/board'
  | '/activities'
  | '/estimates'
  | '/products'
  | '/call-reports'
  | '/people'
  | '/teams'
  | '/regions'
  | '/comp-plans'
  | '/pipelines'
  | '/custom-fields'
  | '/imports'
  | '/settings';

export interface NavItem {
  to: NavPath;
  label:
    | 'nav.home'
    | 'nav.myDay'
    | 'nav.myTeam'
    | 'goals.nav'
    | 'wallChart.nav'
    | 'comp.myPlanNav'
    | 'comp.statementsNav'
    | 'comp.runNav'
    | 'nav.leaderboard'
    | 'incentives.contestsNav'
    | 'incentives.feedNav'
    | 'incentives.awardsNav'
    | 'nav.leads'
    | 'nav.accounts'
    | 'nav.contacts'
    | 'nav.deals'
    | 'nav.board'
    | 'nav.activities'
    | 'nav.estimates'
    | 'nav.products'
    | 'nav.callReports'
    | 'nav.people'
    | 'nav.teams'
    | 'nav.regions'
    | 'comp.nav'
    | 'nav.pipelines'
    | 'nav.customFields'
    | 'nav.imports'
    | 'nav.settings';
  icon: Icon;
  section: 'workspace' | 'sales' | 'administration';
  /** Who sees the item; the route refuses everybody else. */
  roles: readonly Role[];
}

const everyone: readonly Role[] = ['admin', 'manager', 'rep', 'viewer'];
const admins: readonly Role[] = ['admin'];
const reps: readonly Role[] = ['rep'];
const leaders: readonly Role[] = ['admin', 'manager', 'viewer'];
const importers: readonly Role[] = ['admin', 'manager'];
// Viewers have no comp:read: pay is not for every reader.
const payees: readonly Role[] = ['admin', 'manager', 'rep'];
// Managers run the period for their teams; admins for anyone.
const runners: readonly Role[] = ['admin', 'manager'];

/** The one list of pages in the navigation, each with the roles allowed to open it. */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome, section: 'workspace', roles: everyone },
  { to: '/my-day', label: 'nav.myDay', icon: IconCalendarEvent, section: 'workspace', roles: reps },
  { to: '/team', label: 'nav.myTeam', icon: IconUsersGroup, section: 'workspace', roles: everyone },
  { to: '/goals', label: 'goals.nav', icon: IconTarget, section: 'workspace', roles: everyone },
  // Reps are not offered it, but may open it: it shows them their own row.
  { to: '/wall-chart', label: 'wallChart.nav', icon: IconLayoutGrid, section: 'workspace', roles: leaders },
  { to: '/my-plan', label: 'comp.myPlanNav', icon: IconReportMoney, section: 'workspace', roles: reps },
  { to: '/comp-statements', label: 'comp.statementsNav', icon: IconFileDollar, section: 'workspace', roles: payees },
  { to: '/comp-runs', label: 'comp.runNav', icon: IconCalculator, section: 'workspace', roles: runners },
  { to: '/leaderboard', label: 'nav.leaderboard', icon: IconTrophy, section: 'workspace', roles: everyone },
  { to: '/contests', label: 'incentives.contestsNav', icon: IconConfetti, section: 'workspace', roles: everyone },
  { to: '/recognition', label: 'incentives.feedNav', icon: IconHeartHandshake, section: 'workspace', roles: everyone },
  { to: '/awards', label: 'incentives.awardsNav', icon: IconAward, section: 'workspace', roles: everyone },
  { to: '/leads', label: 'nav.leads', icon: IconTargetArrow, section: 'sales', roles: everyone },
  { to: '/accounts', label: 'nav.accounts', icon: IconBuilding, section: 'sales', roles: everyone },
  { to: '/contacts', label: 'nav.contacts', icon: IconAddressBook, section: 'sales', roles: everyone },
  { to: '/deals', label: 'nav.deals', icon: IconReportAnalytics, section: 'sales', roles: everyone },
  { to: '/deals/board', label: 'nav.board', icon: IconLayoutKanban, section: 'sales', roles: everyone },
  { to: '/activities', label: 'nav.activities', icon: IconPhoneCall, section: 'sales', roles: everyone },
  { to: '/estimates', label: 'nav.estimates', icon: IconFileInvoice, section: 'sales', roles: everyone },
  { to: '/products', label: 'nav.products', icon: IconPackage, section: 'sales', roles: everyone },
  { to: '/call-reports', label: 'nav.callReports', icon: IconChecklist, section: 'sales', roles: leaders },
  { to: '/people', label: 'nav.people', icon: IconUsers, section: 'administration', roles: admins },
  { to: '/teams', label: 'nav.teams', icon: IconSitemap, section: 'administration', roles: admins },
  { to: '/regions', label: 'nav.regions', icon: IconMap2, section: 'administration', roles: admins },
  { to: '/comp-plans', label: 'comp.nav', icon: IconReceipt2, section: 'administration', roles: admins },
  { to: '/pipelines', label: 'nav.pipelines', icon: IconLayoutKanban, section: 'administration', roles: admins },
  { to: '/custom-fields', label: 'nav.customFields', icon: IconForms, section: 'administration', roles: admins },
  { to: '/imports', label: 'nav.imports', icon: IconFileImport, section: 'administration', roles: importers },
  { to: '/settings', label: 'nav.settings', icon: IconSettings, section: 'administration', roles: admins },
];

/** The items a role sees, in order. */
export const navItemsFor = (role: Role): NavItem[] => navItems.filter((item) => item.roles.includes(role));

/** Whether a role may open a page of the navigation (pages outside it are open to all signed-in). */
export const canOpen = (path: NavPath, role: Role): boolean =>
  navItems.find((item) => item.to === path)?.roles.includes(role) ?? true;
