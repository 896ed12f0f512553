import { addDays, isWorkingDay, localDateOf } from '@pacer/core';
import { describe, expect, it } from 'vitest';
import { apiOf } from './support/api';
import { screenshot, viewportShot } from './support/browser';
import { closePage, navigationFor, navigationLabels, signIn, signOut, useJourneyServer } from './support/pacer';

const lastWorkingDayBefore = (day: string): string => {
  let before = addDays(day, -1);
  while (!isWorkingDay(before)) before = addDays(before, -1);
  return before;
};

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

  it('shows the demo’s sales work: the rep’s board, overdue leads and day; the manager’s key accounts', async () => {
    const rep = await journey.openSignedIn('rep@summit.example');
    const { page } = rep;
    await page.goto('/deals/board');
    await expect.poll(() => page.getByTestId('deal-card').count()).toBeGreaterThanOrEqual(5);
    await viewportShot(page, 'demo-board');

    await page.goto('/leads?overdue=true');
    await expect.poll(() => page.getByTestId('overdue-badge').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'demo-leads-overdue');

    // The last working day before today: today itself may not have begun in New York.
    const { timeZone } = await (await apiOf(page)).get<{ timeZone: string }>('/org');
    await page.goto(`/my-day?day=${lastWorkingDayBefore(localDateOf(new Date(), timeZone))}`);
    await expect.poll(async () => (await page.getByTestId('day-counts').textContent()) ?? '').toMatch(/[1-9]/);
    await screenshot(page, 'demo-my-day');
    await signOut(page);

    // The manager's team owns the key accounts that bring most of the revenue.
    await signIn(page, 'manager@summit.example');
    await page.goto('/accounts?isKeyAccount=true&sort=-annualRevenue');
    await expect.poll(() => page.getByTestId('record-row').count()).toBeGreaterThanOrEqual(3);
    await viewportShot(page, 'demo-key-accounts');
    await page.getByTestId('record-row').first().getByRole('link').first().click();
    await page.getByTestId('record-timeline').getByTestId('timeline-entry').first().waitFor();
    await viewportShot(page, 'demo-account');
    await closePage(rep);
  });

  it('ranks the manager’s reps on any metric, and shows a rep where they stand among their peers', async () => {
    const desk = await journey.openSignedIn('manager@summit.example');
    const { page } = desk;
    await page.getByRole('link', { name: 'Leaderboard' }).click();
    await expect.poll(() => page.getByTestId('leaderboard-row').count()).toBeGreaterThanOrEqual(3);

    await page.getByTestId('leaderboard-metric').click();
    await page.getByRole('option', { name: 'Calls', exact: true }).click();
    await page.getByText('This quarter', { exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/metric=calls.*period=quarter|period=quarter.*metric=calls/);
    await expect
      .poll(async () => (await page.getByTestId('leaderboard-row').first().locator('td').first().textContent()) ?? '')
      .toBe('1');
    await viewportShot(page, 'demo-leaderboard');
    await signOut(page);

    await signIn(page, 'rep@summit.example');
    await page.goto('/leaderboard?metric=calls&period=month');
    await expect.poll(() => page.getByTestId('leaderboard-row').count()).toBeGreaterThanOrEqual(2);
    await page.getByTestId('leaderboard-row').getByText('You', { exact: true }).waitFor();
    await closePage(desk);
  });
});
