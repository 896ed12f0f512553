import { describe, expect, it } from 'vitest';
import { horizontalOverflow, screenshot } from './support/browser';
import {
  closePage,
  isOnScreen,
  navigationFor,
  navigationLabels,
  openUserMenu,
  signIn,
  signOut,
  useJourneyServer,
} from './support/pacer';

describe('manager journey', () => {
  const journey = useJourneyServer();

  it('signs in, sees the team, switches to German and signs out', async () => {
    const desk = await journey.open();
    const { page } = desk;

    // Signed out, every page leads to sign-in.
    await page.goto('/team');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    await screenshot(page, 'sign-in');

    await signIn(page, 'manager@summit.example');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toMatch(/^Good (morning|afternoon|evening), /);
    expect(await navigationLabels(page)).toEqual(navigationFor.manager);
    await page.getByTestId('visible-teams').waitFor();
    await screenshot(page, 'home');

    // My team: the manager's own team is selected, with its members and their rep types.
    await page.getByRole('link', { name: 'My team' }).click();
    await page.waitForURL((url) => url.pathname === '/team');
    const detail = page.getByTestId('team-detail');
    await detail.getByRole('heading', { name: 'Inside Sales' }).waitFor();
    await expect.poll(() => detail.getByTestId('team-member').count()).toBeGreaterThan(1);
    expect(await detail.locator('[data-rep-type="inside"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('team-tree-node').count()).toBeGreaterThan(0);
    await screenshot(page, 'team');

    // Language: German at once, everywhere.
    await openUserMenu(page);
    await page.getByTestId('language-de').click();
    await page.getByRole('heading', { name: 'Mein Team' }).waitFor();
    expect(await navigationLabels(page)).toEqual([
      'Start',
      'Mein Team',
      'Ziele',
      'Zielübersicht',
      'Abrechnungen',
      'Zeitraum abrechnen',
      'Rangliste',
      'Wettbewerbe',
      'Anerkennung',
      'Auszeichnungen',
      'Leads',
      'Firmen',
      'Kontakte',
      'Deals',
      'Pipeline-Board',
      'Aktivitäten',
      'Angebote',
      'Produkte',
      'Besuchsberichte',
      'Importe',
    ]);
    await page.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toMatch(/^Guten (Morgen|Tag|Abend), /);
    await page.getByText('Teams, die Sie sehen').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await screenshot(page, 'home-de');

    // The choice is saved to the profile: a reload keeps German.
    await page.reload();
    await page.getByText('Teams, die Sie sehen').waitFor();

    // On a phone the navigation hides behind the burger.
    const phone = await journey.openSignedIn('manager@summit.example', { phone: true });
    const navbar = phone.page.locator('.mantine-AppShell-navbar');
    expect(await isOnScreen(navbar)).toBe(false);
    await phone.page.getByRole('button', { name: 'Navigation ein-/ausblenden' }).click();
    await navbar.getByRole('link', { name: 'Mein Team' }).waitFor({ state: 'visible' });
    await screenshot(phone.page, 'home-phone-navbar-open');
    await navbar.getByRole('link', { name: 'Mein Team' }).click();
    await phone.page.getByTestId('team-detail').waitFor();
    await expect.poll(() => isOnScreen(navbar)).toBe(false);
    await screenshot(phone.page, 'team-phone');
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await closePage(phone);

    await signOut(page);
    await page.getByRole('heading', { name: 'Willkommen zurück' }).waitFor();
    // Signed out, the app is closed again.
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await closePage(desk);
  });
});
