import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, screenshot } from './support/browser';
import { pickOption } from './support/forms';
import { closePage, navigationFor, navigationLabels, useJourneyServer } from './support/pacer';

const stamp = Date.now();
const admin = { org: 'Northwind Trading', name: 'Dana Fischer', email: `dana.${stamp}@northwind.example` };
const adminPassword = 'dana-secret-1';
const rep = { name: 'Robin Field', email: `robin.${stamp}@northwind.example`, password: 'robin-secret-1' };

const openNav = async (page: Page, label: string, path: string) => {
  await page.locator('.mantine-AppShell-navbar').getByRole('link', { name: label }).click();
  await page.waitForURL((url) => url.pathname === path);
};

const createTeam = async (page: Page, name: string) => {
  await page.getByRole('button', { name: 'New team' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Name/).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('team-row').filter({ hasText: name }).waitFor();
};

describe('admin journey', () => {
  const journey = useJourneyServer();

  it('signs up an org, sets it up, invites a rep who joins and sees only their team', async () => {
    const desk = await journey.open();
    const { page } = desk;

    // Sign up a new organisation.
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Create an organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-up');
    await page.getByLabel(/^Organisation name/).fill(admin.org);
    await page.getByLabel(/^Your name/).fill(admin.name);
    await page.getByLabel(/^E-mail/).fill(admin.email);
    await page.getByLabel(/^Password/).fill(adminPassword);
    await screenshot(page, 'sign-up');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByTestId('setup-checklist').waitFor();
    expect(await navigationLabels(page)).toEqual(navigationFor.admin);
    expect(await page.getByTestId('setup-checklist').locator('[data-done="true"]').count()).toBe(0);
    await screenshot(page, 'admin-home-new-org');

    // Regions: one region with a territory below it.
    await openNav(page, 'Regions', '/regions');
    await page.getByText('No regions yet').waitFor();
    await page.getByRole('button', { name: 'New region' }).first().click();
    await page.getByRole('dialog').getByLabel(/^Name/).fill('DACH');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('region-row').filter({ hasText: 'DACH' }).waitFor();
    await page.getByRole('button', { name: 'Actions for DACH' }).click();
    await page.getByRole('menuitem', { name: 'Add sub-region' }).click();
    await page.getByRole('dialog').getByLabel(/^Name/).fill('Bavaria');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('region-row').filter({ hasText: 'Bavaria' }).waitFor();
    await screenshot(page, 'regions');

    // Teams: two teams; the rep will join one of them.
    await openNav(page, 'Teams', '/teams');
    await createTeam(page, 'Field Sales');
    await createTeam(page, 'Inside Sales');
    await page.getByRole('button', { name: 'Actions for Field Sales' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await pickOption(page, 'Region', 'DACH', { exact: true });
    await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('team-row').filter({ hasText: 'DACH' }).waitFor();
    // A team with sub-teams cannot be deleted: the 409 is explained.
    await page.getByRole('button', { name: 'Actions for Field Sales' }).click();
    await page.getByRole('menuitem', { name: 'Add sub-team' }).click();
    await page.getByRole('dialog').getByLabel(/^Name/).fill('Field South');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('team-row').filter({ hasText: 'Field South' }).waitFor();
    await page.getByRole('button', { name: 'Actions for Field Sales' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('This team still has sub-teams').waitFor();
    await screenshot(page, 'teams-delete-refused', { withNotifications: true });
    await screenshot(page, 'teams');

    // Settings: the fiscal year starts in April.
    await openNav(page, 'Settings', '/settings');
    await page.getByLabel(/^Organisation name/).waitFor();
    await pickOption(page, 'Fiscal year starts in', 'April', { exact: true });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved').waitFor();
    await screenshot(page, 'settings');

    // People: invite a field rep into Field Sales and take the link.
    await openNav(page, 'People', '/people');
    await page.getByTestId('member-row').first().waitFor();
    await page.getByRole('button', { name: 'Invite' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^E-mail/).fill(rep.email);
    await pickOption(page, 'Rep type', 'Field', { exact: true });
    await pickOption(page, 'Team', 'Field Sales', { exact: true });
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    const acceptUrl = (await dialog.getByTestId('accept-url').textContent())?.trim() ?? '';
    expect(acceptUrl).toMatch(/\/invite\?token=/);
    await screenshot(page, 'people-invited');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('invitation-row').filter({ hasText: rep.email }).waitFor();
    await screenshot(page, 'people-invitations');
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByTestId('member-row').first().waitFor();
    await screenshot(page, 'people');

    // The rep opens the link in a browser of their own, joins and lands signed in.
    const invitee = await journey.open();
    await invitee.page.goto(acceptUrl);
    await invitee.page.getByRole('heading', { name: `Join ${admin.org}` }).waitFor();
    expect(await invitee.page.getByTestId('invite-email').textContent()).toBe(rep.email);
    await screenshot(invitee.page, 'invite-accept');
    await invitee.page.getByLabel(/^Your name/).fill(rep.name);
    await invitee.page.getByLabel(/^Password/).fill(rep.password);
    await invitee.page.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.page.waitForURL((url) => url.pathname === '/');
    await invitee.page.getByTestId('profile-summary').getByText(rep.name).waitFor();
    await invitee.page.getByTestId('profile-summary').locator('[data-rep-type="field"]').waitFor();

    // A rep's navigation has no administration, and the admin pages send them home.
    expect(await navigationLabels(invitee.page)).toEqual(navigationFor.rep);
    await invitee.page.goto('/people');
    await invitee.page.waitForURL((url) => url.pathname === '/');

    // The rep sees only their own team.
    await openNav(invitee.page, 'My team', '/team');
    await invitee.page.getByTestId('team-detail').getByRole('heading', { name: 'Field Sales' }).waitFor();
    const visibleTeams = await invitee.page.getByTestId('team-tree-node').allTextContents();
    expect(visibleTeams.some((text) => text.includes('Field Sales'))).toBe(true);
    expect(visibleTeams.some((text) => text.includes('Inside Sales'))).toBe(false);
    await invitee.page.getByTestId('team-detail').getByText(rep.email).waitFor();
    await screenshot(invitee.page, 'rep-team');
    await closePage(invitee);

    // Back as the admin: the checklist is complete, and a personal API token is shown once.
    await openNav(page, 'Home', '/');
    await expect.poll(() => page.getByTestId('setup-checklist').locator('[data-done="true"]').count()).toBe(3);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await page.waitForURL((url) => url.pathname === '/profile');
    await page.getByLabel(/^Name/).first().waitFor();
    await page.getByPlaceholder('e.g. CRM sync').fill('Spreadsheet export');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('new-token').textContent())?.trim() ?? '';
    expect(token.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('token-row').filter({ hasText: 'Spreadsheet export' }).waitFor();
    await screenshot(page, 'profile');

    // The admin pages fit a phone: nothing wider than the screen.
    const phone = await journey.openSignedIn(admin.email, { phone: true, password: adminPassword });
    for (const [path, name] of [
      ['/', 'admin-home-phone'],
      ['/people', 'people-phone'],
      ['/teams', 'teams-phone'],
      ['/regions', 'regions-phone'],
      ['/settings', 'settings-phone'],
      ['/profile', 'profile-phone'],
    ] as const) {
      await phone.page.goto(path);
      await phone.page.getByRole('heading', { level: 2 }).first().waitFor();
      await phone.page.waitForLoadState('networkidle');
      await screenshot(phone.page, name);
      expect(await horizontalOverflow(phone.page), `${path} overflows on a phone`).toBeLessThanOrEqual(0);
    }
    await closePage(phone);
    await closePage(desk);
  });
});
