import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { closePage, navigationFor, navigationLabels, signIn, signOut, useJourneyServer } from './support/pacer';

/** The demo org as its admin and its VP see it: the pictures in the docs come from here. */
describe('demo tour', () => {
  const journey = useJourneyServer();

  it('shows the admin the whole demo org, and the VP the sales tree below them', async () => {
    const desk = await journey.openSignedIn('admin@summit.example');
    const { page } = desk;
    expect(await navigationLabels(page)).toEqual(navigationFor.admin);

    await page.getByRole('link', { name: 'People' }).click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBeGreaterThanOrEqual(25);
    await screenshot(page, 'demo-people');

    await page.getByRole('link', { name: 'Teams' }).click();
    await expect.poll(() => page.getByTestId('team-row').count()).toBe(5);
    for (const name of ['Sales', 'Inside Sales', 'Field Sales East', 'Field Sales West', 'Partner Channel']) {
      await page.getByTestId('team-row').getByText(name, { exact: true }).waitFor();
    }
    await screenshot(page, 'demo-teams');

    await page.getByRole('link', { name: 'Regions' }).click();
    await expect.poll(() => page.getByTestId('region-row').count()).toBe(5);
    await page.getByTestId('region-row').getByText('DACH', { exact: true }).waitFor();
    await screenshot(page, 'demo-regions');
    await signOut(page);

    // The VP manages the root team, so every sub-team and its people are theirs to see.
    await signIn(page, 'vp@summit.example');
    expect(await navigationLabels(page)).toEqual(navigationFor.manager);
    await page.getByRole('link', { name: 'My team' }).click();
    await expect.poll(() => page.getByTestId('team-tree-node').count()).toBe(5);
    await screenshot(page, 'demo-vp-team');

    await closePage(desk);
  });
});
