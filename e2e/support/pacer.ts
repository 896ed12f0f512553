import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, type OpenedPage, openPage } from './browser';
import { startServer, type TestServer } from './server';

export const demoPassword = 'pacer-demo';

/** Sign in through the sign-in form and wait for Home. */
export const signIn = async (page: Page, email: string, password = demoPassword): Promise<void> => {
  await page.goto('/sign-in');
  await page.getByLabel(/^E-?mail/).fill(email);
  await page.getByLabel(/^(Password|Passwort)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByTestId('profile-summary').waitFor();
};

/** Open the account menu in the header. */
export const openUserMenu = async (page: Page): Promise<void> => {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menu').waitFor();
};

/** Sign out from the account menu and wait for the sign-in page. */
export const signOut = async (page: Page): Promise<void> => {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: /^(Sign out|Abmelden)$/ }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
};

/** The labels of the main navigation, in order. */
export const navigationLabels = async (page: Page): Promise<string[]> => {
  const navbar = page.locator('.mantine-AppShell-navbar');
  const labels = await navbar.locator('a .mantine-NavLink-label').allTextContents();
  return labels.map((label) => label.trim());
};

export const expectNoPageErrors = (errors: string[]): void => {
  expect(errors, errors.join('\n')).toEqual([]);
};

/** Check that a page logged no errors, then close it with its context. */
export const closePage = async ({ context, errors }: OpenedPage): Promise<void> => {
  expectNoPageErrors(errors);
  await context.close();
};

/** Six digits that make the names a journey creates its own, whatever the database already holds. */
export const uniqueTag = (): string => String(Date.now()).slice(-6);

const salesNavigation = [
  'Home',
  'My team',
  'Goals',
  'Wall chart',
  'Statements',
  'Leaderboard',
  'Contests',
  'Recognition',
  'Awards',
  'Leads',
  'Accounts',
  'Contacts',
  'Deals',
  'Pipeline board',
  'Activities',
  'Estimates',
  'Products',
];

/** Admins and managers run the period: for everyone, or for their teams. */
const leaderNavigation = salesNavigation.flatMap((label) =>
  label === 'Statements' ? [label, 'Run a period'] : [label],
);

/** The main navigation each role sees, in order (English). VPs see what managers see. */
export const navigationFor = {
  admin: [
    ...leaderNavigation,
    'Call reports',
    'People',
    'Teams',
    'Regions',
    'Comp plans',
    'Pipelines',
    'Custom fields',
    'Imports',
    'Settings',
  ],
  manager: [...leaderNavigation, 'Call reports', 'Imports'],
  // Reps are not offered the wall chart (it would show them their own row only); their comp plan sits there.
  rep: ['Home', 'My day', ...salesNavigation.slice(1).map((label) => (label === 'Wall chart' ? 'My plan' : label))],
};

/** Whether an element lies inside the viewport (a collapsed navbar is moved out, not hidden). */
export const isOnScreen = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.right > 1 && box.left < window.innerWidth - 1;
  });

export interface JourneyServer {
  /** The running server's base URL (only after the suite's `beforeAll`). */
  url: () => string;
  /** The shared browser (only after the suite's `beforeAll`). */
  browser: () => Browser;
  /** A fresh context and page on the shared browser, pointed at the server. */
  open: (options?: OpenOptions) => Promise<OpenedPage>;
  /** The same, signed in as the given person (with the demo password unless told). */
  openSignedIn: (email: string, options?: OpenOptions & { password?: string }) => Promise<OpenedPage>;
}

type OpenOptions = Parameters<typeof openPage>[2];

/** Start a server and a browser before the suite's tests and stop both after them; call inside `describe`. */
export const useJourneyServer = (): JourneyServer => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const url = () => {
    if (!server) throw new Error('The journey server has not started yet.');
    return server.url;
  };
  const currentBrowser = () => {
    if (!browser) throw new Error('The journey browser has not started yet.');
    return browser;
  };
  const open = (options?: OpenOptions) => openPage(currentBrowser(), url(), options);
  const openSignedIn = async (email: string, { password, ...options }: OpenOptions & { password?: string } = {}) => {
    const opened = await open(options);
    await signIn(opened.page, email, password);
    return opened;
  };
  return { url, browser: currentBrowser, open, openSignedIn };
};
